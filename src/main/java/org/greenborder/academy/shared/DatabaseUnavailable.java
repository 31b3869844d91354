package org.greenborder.academy.shared;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database could not be reached (stopped, restarting, network down, no free
 * connection in time) from any other failure. Such a failure is worth retrying, and the user should be told so;
 * anything else is a bug. The connection pool replaces broken connections by itself, so a retry after the
 * database is back succeeds without restarting the application.
 */
public final class DatabaseUnavailable {

    /** What the user is told where they are; nothing of the cause (host, port, driver text) is shown. */
    public static final String MESSAGE = "Could not save: the database is not reachable. Try again in a moment.";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQL state class 08 is "connection exception" in the SQL standard, whatever the driver's class
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
