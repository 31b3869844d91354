package org.greenborder.academy.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.dialect.DatabaseVersion;
import org.junit.jupiter.api.Test;

class MariaDbAwareDialectResolverTest {

    @Test
    void readsTheMariaDbVersionBehindTheMySqlDriversReplicationPrefix() {
        DatabaseVersion version = MariaDbAwareDialectResolver.mariaDbVersion("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1");
        assertThat(version).isNotNull();
        assertThat(version.getDatabaseMajorVersion()).isEqualTo(10);
        assertThat(version.getDatabaseMinorVersion()).isEqualTo(11);
        assertThat(version.getDatabaseMicroVersion()).isEqualTo(19);
    }

    @Test
    void readsTheVersionWhenTheProductCallsItselfMariaDb() {
        DatabaseVersion version = MariaDbAwareDialectResolver.mariaDbVersion("MariaDB", "11.4.2");
        assertThat(version.getDatabaseMajorVersion()).isEqualTo(11);
        assertThat(version.getDatabaseMinorVersion()).isEqualTo(4);
    }

    @Test
    void leavesRealMySqlToHibernate() {
        assertThat(MariaDbAwareDialectResolver.mariaDbVersion("MySQL", "8.4.3")).isNull();
        assertThat(MariaDbAwareDialectResolver.mariaDbVersion("H2", "2.4.240 (2025-09-22)")).isNull();
        assertThat(MariaDbAwareDialectResolver.mariaDbVersion("MySQL", null)).isNull();
    }

    @Test
    void fallsBackToTheOldestSupportedMariaDbWhenTheVersionIsUnreadable() {
        DatabaseVersion version = MariaDbAwareDialectResolver.mariaDbVersion("MySQL", "MariaDB-custom-build");
        assertThat(version.getDatabaseMajorVersion()).isEqualTo(10);
        assertThat(version.getDatabaseMinorVersion()).isEqualTo(11);
    }
}
