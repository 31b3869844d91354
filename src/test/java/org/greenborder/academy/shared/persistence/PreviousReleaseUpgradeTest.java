package org.greenborder.academy.shared.persistence;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The upgrade from the previous release on the embedded database (H2 in MySQL mode). */
@SpringBootTest
@DirtiesContext
class PreviousReleaseUpgradeTest extends PreviousReleaseUpgradeChecks {

    /** Its own in-memory database, which the context then opens: prepared before, upgraded by the context. */
    private static final String URL = "jdbc:h2:mem:gba-previous-release-" + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1"; // gba.h2-options

    @BeforeAll
    static void databaseOfThePreviousRelease() {
        prepare(URL, "sa", "");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("gba.demo-data.enabled", () -> "false");
    }
}
