package org.greenborder.academy.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.certificate.CertificateStatus;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.needs.Rating;
import org.greenborder.academy.needs.Theme;
import org.greenborder.academy.scenario.AttemptStatus;
import org.greenborder.academy.scenario.AttemptView;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.workshop.AttendanceRate;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An installation of the previous release is upgraded: its database holds the previous release's schema (V9) and
 * data ({@code db/previous-release-v9.sql}); the application starts on it, Flyway applies every later migration,
 * Hibernate validates the result, and what users entered then is read back through the services. Subclasses
 * give the database (H2, MariaDB) and call {@link #prepare} before the context starts. Nothing here names a
 * version after 9, so the checks hold as migrations are added.
 */
abstract class PreviousReleaseUpgradeChecks {

    /** The last migration of the previous release. */
    static final MigrationVersion PREVIOUS_RELEASE = MigrationVersion.fromVersion("9");
    static final String PASSWORD = "kept from the previous release";

    /** Migrates an empty database to the previous release only, and fills it with that release's data. */
    static void prepare(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target(PREVIOUS_RELEASE).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/previous-release-v9.sql"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the previous release's data", e);
        }
    }

    @Autowired
    Flyway flyway;
    @Autowired
    SystemIdentity system;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    UserDetailsPasswordService passwordUpgrades;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserAccountService userAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkshopService workshops;
    @Autowired
    ParticipantService participants;
    @Autowired
    AttendanceService attendance;
    @Autowired
    BreakoutService breakouts;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    CertificateService certificates;
    @Autowired
    NeedsService needs;
    @Autowired
    GuidanceService guidance;

    @Test
    void everyLaterMigrationIsApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion()).isGreaterThanOrEqualTo(PREVIOUS_RELEASE);
        assertThat(flyway.info().applied()).allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
    }

    @Test
    void accountsSignInWithTheirPasswordAndKeepTheirRoles() {
        DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(accounts);
        signIn.setPasswordEncoder(passwordEncoder);
        signIn.setUserDetailsPasswordService(passwordUpgrades);

        Authentication trainee = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("v9-trainee", PASSWORD));
        assertThat(roles(trainee)).containsExactly(Role.TRAINEE.authority());
        Authentication organiser = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("v9-organiser", PASSWORD));
        assertThat(roles(organiser)).containsExactlyInAnyOrder(Role.ORGANISER.authority(), Role.TRAINEE.authority());
        // the bcrypt hash of the previous release is replaced at this sign-in
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'v9-trainee'", String.class)).startsWith("{argon2");

        assertThatThrownBy(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("v9-admin", "not the password"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("v9-disabled", PASSWORD))).isInstanceOf(DisabledException.class);
        assertThat(system.call(() -> userAccounts.get(103)).getOrganisation()).startsWith("ກົມພາສີ");
    }

    /** The roles among the authorities (Spring Security adds one for the factor used, FACTOR_PASSWORD). */
    private static java.util.List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).toList();
    }

    @Test
    void theWorkshopKeepsItsAgendaPeopleAttendanceAndOutcomes() {
        system.run(() -> {
            var event = workshops.get(301);
            assertThat(event.getTitle()).isEqualTo("Joint Meeting of Ozone Officers and Customs Officers");
            assertThat(event.getNeeds()).contains(CapacityTheme.INFORMATION_SHARING);
            assertThat(participants.registrations(301)).hasSize(2)
                    .anySatisfy(registration -> assertThat(registration.getPerson().getLocalName()).isEqualTo("ຄຳເພັດ ສີສະຫວາດ"));
            assertThat(attendance.rates(301)).filteredOn(rate -> rate.registration().getId() == 501).singleElement()
                    .satisfies(rate -> {
                        assertThat(rate.present()).isEqualTo(1);
                        assertThat(rate.late()).isEqualTo(1);
                    });
            assertThat(breakouts.groups(602)).singleElement().satisfies(group -> assertThat(group.getQuestions())
                    .extracting(question -> question.getLetter()).containsExactly("a", "b"));
            assertThat(outcomes.outcomes(301)).extracting(outcome -> outcome.getText())
                    .containsExactly("Share seizure information through iPIC");
        });
    }

    @Test
    void anAttemptInProgressKeepsItsMovesAndCanBeContinued() {
        AttemptView attempt = system.callAs("v9-trainee", Role.TRAINEE, () -> scenarios.attempt(1201));
        assertThat(attempt.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempt.stepCount()).isEqualTo(2);
        assertThat(attempt.inspections()).extracting(AttemptView.Inspection::id).containsExactly("licence-check");
        assertThat(attempt.notebook()).filteredOn(AttemptView.Flag::noted).extracting(AttemptView.Flag::id).containsExactly("price");

        AttemptView continued = system.callAs("v9-trainee", Role.TRAINEE, () -> scenarios.inspect(1201, "digit-check"));
        assertThat(continued.inspections()).extracting(AttemptView.Inspection::id).containsExactly("licence-check", "digit-check");

        assertThat(system.callAs("v9-trainee", Role.TRAINEE, () -> scenarios.myAttempts()))
                .filteredOn(summary -> summary.id() == 1202).singleElement().satisfies(summary -> {
                    assertThat(summary.status()).isEqualTo(AttemptStatus.COMPLETED);
                    assertThat(summary.percent()).isEqualTo(85);
                    assertThat(summary.passed()).isTrue();
                });
    }

    @Test
    void certificatesOfThePreviousReleaseStillVerify() {
        var valid = certificates.verify("vpwm l4wc 5v53 hdh5 f", "192.0.2.9");
        assertThat(valid.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(valid.holderLocalName()).isEqualTo("ຄຳເພັດ ສີສະຫວາດ");
        assertThat(valid.eventTitle()).isEqualTo("Joint Meeting of Ozone Officers and Customs Officers");
        assertThat(certificates.verify("2E7V-7WFZ-W7YT-JSNT-9", "192.0.2.9").status()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void needsRatingsAndAnAddedThemeAreKept() {
        var ratings = system.callAs("v9-analyst", Role.ANALYST, () -> needs.ratings(1601));
        assertThat(ratings).extracting(Rating::themeCode)
                .containsExactlyInAnyOrder("SUBSTANCE_IDENTIFICATION", "INFORMATION_SHARING", "V9_PORT_SECURITY");
        assertThat(ratings).filteredOn(rating -> rating.themeCode().equals("SUBSTANCE_IDENTIFICATION")).singleElement()
                .satisfies(rating -> assertThat(rating.level()).isEqualTo(5));
        assertThat(system.callAs("v9-analyst", Role.ANALYST, () -> needs.themes())).extracting(Theme::code).contains("V9_PORT_SECURITY");
    }

    @Test
    void aGuidanceDocumentWrittenInTheAppIsKept() {
        var document = system.callAs("v9-trainee", Role.TRAINEE, () -> guidance.get("v9-vientiane-port-notes"));
        assertThat(document.getTitle()).isEqualTo("Vientiane dry port: notes for examination officers");
        assertThat(document.getMarkdown()).contains("Test three cylinders with the identifier.");
    }
}
