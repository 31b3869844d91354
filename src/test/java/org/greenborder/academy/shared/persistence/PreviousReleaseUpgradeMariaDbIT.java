package org.greenborder.academy.shared.persistence;

import org.greenborder.academy.support.ExternalResources;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The upgrade from the previous release on MariaDB, through the production profile. */
@SpringBootTest
@ActiveProfiles("mysql")
@DirtiesContext
class PreviousReleaseUpgradeMariaDbIT extends PreviousReleaseUpgradeChecks {

    @BeforeAll
    static void databaseOfThePreviousRelease() {
        ExternalResources.requireEmptyMySqlSchema();
        prepare(ExternalResources.MYSQL_URL, ExternalResources.MYSQL_USER, ExternalResources.MYSQL_PASSWORD);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ExternalResources.useMySql(registry, false);
    }
}
