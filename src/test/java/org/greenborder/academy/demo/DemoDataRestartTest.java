package org.greenborder.academy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        long firstStart = countUsers();
        long secondStart = countUsers();

        assertThat(firstStart).isEqualTo(4);
        assertThat(secondStart).isEqualTo(4);
        assertThat(dataDir.resolve("db/greenborder.mv.db")).exists();
    }

    private long countUsers() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run(
                        // as command-line arguments, so that they win over the tests' in-memory database settings
                        "--server.port=0",
                        "--gba.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:${gba.data-dir}/db/greenborder;${gba.h2-options}",
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem")) {
            return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from app_user", Long.class);
        }
    }
}
