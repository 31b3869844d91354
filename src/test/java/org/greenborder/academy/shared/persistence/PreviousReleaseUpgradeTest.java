package org.greenborder.academy.shared.persistence;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The upgrade from the previous release on the embedded database (H2 in MySQL mode). */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:gba-previous-release;${gba.h2-options};DB_CLOSE_DELAY=-1",
        "gba.demo-data.enabled=false"})
@DirtiesContext
class PreviousReleaseUpgradeTest extends PreviousReleaseUpgradeChecks {

    @BeforeAll
    static void databaseOfThePreviousRelease() {
        // the options of gba.h2-options in application.properties
        prepare("jdbc:h2:mem:gba-previous-release;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "sa", "");
    }
}
