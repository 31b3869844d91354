package org.greenborder.academy.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The failures that mean "the database is not reachable, try again", as Spring, Hibernate and the pool raise them. */
class DatabaseUnavailableTest {

    @Test
    void noFreeConnectionBeforeATransactionIsUnreachable() {
        // what Hikari throws when the server is down, wrapped as JpaTransactionManager wraps it
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5001ms");
        var failure = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection", timeout));
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(timeout)).isTrue();
    }

    @Test
    void aConnectionCutInTheMiddleIsUnreachable() {
        assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("link failure"))).isTrue();
        // Connector/J's CommunicationsException carries SQL state 08S01; any class-08 state counts
        var cut = new SQLException("Communications link failure", "08S01");
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("while saving", new RuntimeException(cut)))).isTrue();
    }

    @Test
    void brokenRulesAndBugsAreNotMistakenForAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new ObjectOptimisticLockingFailureException(Object.class, 1L))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new RuleViolationException("This attempt is already closed"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax", "42000"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
    }
}
