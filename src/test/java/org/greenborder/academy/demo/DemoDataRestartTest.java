package org.greenborder.academy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.greenborder.academy.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default as a user runs it: a file database under the data directory, started twice. */
class DemoDataRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsTheDataAndNeverDuplicatesTheDemoAccounts() {
        List<Long> firstStart = countUsersEventsAndPeople();
        List<Long> secondStart = countUsersEventsAndPeople();

        // the four demo logins, and accounts for the 2014 workshop's delegates who play the demo training history
        assertThat(firstStart.get(4)).isGreaterThanOrEqualTo(10);
        assertThat(firstStart.getFirst()).isEqualTo(4 + firstStart.get(4));
        assertThat(firstStart.get(1)).isEqualTo(6);
        assertThat(firstStart.get(3)).isGreaterThan(100);
        assertThat(secondStart).isEqualTo(firstStart);
        assertThat(dataDir.resolve("db/greenborder.mv.db")).exists();
    }

    private List<Long> countUsersEventsAndPeople() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run(
                        // as command-line arguments, so that they win over the tests' in-memory database settings
                        "--server.port=0",
                        "--gba.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:${gba.data-dir}/db/greenborder;${gba.h2-options}",
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            return List.of(jdbc.queryForObject("select count(*) from app_user", Long.class),
                    jdbc.queryForObject("select count(*) from workshop_event", Long.class),
                    jdbc.queryForObject("select count(*) from person", Long.class),
                    jdbc.queryForObject("select count(*) from scenario_attempt", Long.class),
                    jdbc.queryForObject("select count(*) from app_user where username like 'lao2014.%'", Long.class));
        }
    }
}
