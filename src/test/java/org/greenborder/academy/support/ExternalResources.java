package org.greenborder.academy.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MariaDB and browser suites need things a developer's machine may lack. Locally they are skipped with a
 * notice; where {@code gba.require-external=true} (CI, see .ci/run) a missing resource fails the build instead,
 * so that nothing is silently skipped there.
 */
public final class ExternalResources {

    public static final String CHROMIUM = System.getProperty("gba.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("gba.chromedriver", "/usr/bin/chromedriver");

    public static final String MYSQL_URL = env("GBA_IT_MYSQL_URL",
            "jdbc:mysql://127.0.0.1:3306/greenborder_it?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC");
    public static final String MYSQL_USER = env("GBA_IT_MYSQL_USER", "greenborder");
    public static final String MYSQL_PASSWORD = env("GBA_IT_MYSQL_PASSWORD", "greenborder");

    private ExternalResources() {
    }

    public static void requireChromium() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            missing("Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "); install them with: apt-get install -y chromium chromium-driver");
        }
    }

    /** Requires the test server and empties its schema, so the suite starts from the migrations alone. */
    public static void requireEmptyMySqlSchema() {
        requireMySql();
        Flyway.configure().dataSource(MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD).cleanDisabled(false).load().clean();
    }

    /** Points a test's application context at the test server, with or without demo data. */
    public static void useMySql(DynamicPropertyRegistry registry, boolean demoData) {
        registry.add("spring.datasource.url", () -> MYSQL_URL);
        registry.add("spring.datasource.username", () -> MYSQL_USER);
        registry.add("spring.datasource.password", () -> MYSQL_PASSWORD);
        registry.add("gba.demo-data.enabled", () -> String.valueOf(demoData));
    }

    public static void requireMySql() {
        try (Connection ignored = DriverManager.getConnection(MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD)) {
            // reachable
        } catch (Exception e) {
            missing("a MySQL-compatible server at " + MYSQL_URL + " for user " + MYSQL_USER
                    + " (" + e.getMessage() + "); .ci/run creates it, or see the README");
        }
    }

    static void missing(String what) {
        if (Boolean.getBoolean("gba.require-external")) {
            Assertions.fail("Required for this build but missing: " + what);
        }
        // JUnit reports an aborted @BeforeAll as zero tests run, so say it where the developer looks
        System.err.println("[gba] SKIPPED, missing " + what + " (CI requires it: -Dgba.require-external=true)");
        Assumptions.abort("Skipped, missing: " + what);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
