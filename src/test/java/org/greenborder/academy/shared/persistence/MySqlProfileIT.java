package org.greenborder.academy.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import org.flywaydb.core.Flyway;
import org.greenborder.academy.security.NewAccount;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.support.ExternalResources;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile on a real MySQL-compatible server (MariaDB 10.11 here) through MySQL Connector/J:
 * the Flyway migrations apply, Hibernate validates the schema, the MariaDB dialect is chosen without any
 * configuration, and data round-trips, including names in non-Latin scripts.
 */
@SpringBootTest
@ActiveProfiles("mysql")
class MySqlProfileIT {

    @BeforeAll
    static void startFromAnEmptySchema() {
        ExternalResources.requireEmptyMySqlSchema();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ExternalResources.useMySql(registry, true);
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    UserAccountService accounts;
    @Autowired
    SystemIdentity system;

    @Test
    void migrationsApplyOnTheRealServer() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = 1 and version is not null", Integer.class);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(applied).isEqualTo(flyway.info().all().length).isPositive();
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("MariaDB");
    }

    @Test
    void hibernateUsesTheMariaDbDialectAtTheServersVersion() {
        Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().getMajor()).isGreaterThanOrEqualTo(10);
        assertThat(dialect.getVersion().isSameOrAfter(10, 11)).isTrue();
    }

    @Test
    void accountsRoundTripWithLocalScriptsIntact() {
        UserAccount created = system.call(() -> accounts.create(new NewAccount("souksavanh", "ສຸກສະຫວັນ ພົມມະຈັນ",
                "souksavanh@example.org", "ກົມພາສີ, Lao Customs Department", CountryCode.of("LA"),
                EnumSet.of(Role.TRAINEE, Role.ORGANISER), "vientiane thanaleng 2014")));

        UserAccount reloaded = system.call(() -> accounts.get(created.getId()));
        assertThat(reloaded.getFullName()).isEqualTo("ສຸກສະຫວັນ ພົມມະຈັນ");
        assertThat(reloaded.getOrganisation()).startsWith("ກົມພາສີ");
        assertThat(reloaded.getRoles()).containsExactlyInAnyOrder(Role.TRAINEE, Role.ORGANISER);
        assertThat(reloaded.getCountry()).isEqualTo(CountryCode.of("LA"));
        assertThat(reloaded.getCreatedAt()).isNotNull();

        reloaded.setOrganisation("Lao Customs Department, Wattay airport");
        UserAccount updated = system.call(() -> accounts.update(reloaded));
        assertThat(updated.getVersion()).isGreaterThan(created.getVersion());
    }

    @Test
    void demoDataIsLoadedOnceOnTheProductionDatabaseToo() {
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('admin','organiser','trainee','analyst')", Integer.class))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from data_seed", Integer.class)).isEqualTo(5);
        // the needs rounds, with ratings keyed per round, country, agency, theme and respondent
        assertThat(jdbc.queryForObject("select count(*) from needs_rating r join needs_round n on n.id = r.round_id"
                + " join capacity_theme t on t.code = r.theme_code", Integer.class)).isGreaterThan(400);
        // certificates with their PDFs as issued (MEDIUMBLOB), each matching its recorded size
        assertThat(jdbc.queryForObject("select count(*) from certificate c join certificate_pdf p on p.certificate_id = c.id"
                + " where length(p.bytes) = c.pdf_size and c.pdf_size > 10000", Integer.class)).isGreaterThanOrEqualTo(2);
        // the training history was played through the real rules on MariaDB too, flag outcomes included
        assertThat(jdbc.queryForObject("select count(*) from scenario_attempt where status = 'COMPLETED'", Integer.class)).isGreaterThan(100);
        assertThat(jdbc.queryForObject("select count(*) from scenario_attempt_flag", Integer.class)).isGreaterThan(500);
    }
}
