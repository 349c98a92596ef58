package eu.competitiondesk.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by an unreachable database, so that it is answered with 503 and a page that says so
 * (nothing was saved, try again) rather than a generic error. Requests keep failing fast while PostgreSQL is away:
 * the pool refuses after its acquisition timeout, the driver after its connect timeout. Once PostgreSQL is back the
 * pool opens new connections on its own.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /** Whether the database being out of reach is behind this failure. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                            || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }
}
