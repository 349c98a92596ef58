package eu.competitiondesk.platform;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a write that lost a race with another one: the row changed since it was read (its version moved, or
 * PostgreSQL could not serialise the two), a unique key already taken, a row it refers to already gone, or the same
 * form sent twice. Each is a conflict the client can act on (409), never a server failure.
 */
public final class WriteConflicts {

    /** What kind of race was lost. */
    public enum Kind {
        /** Someone else changed the same thing meanwhile. */
        CHANGED_MEANWHILE,
        /** What this would create exists already. */
        ALREADY_EXISTS,
        /** Something this refers to was removed meanwhile. */
        REFERENCE_REMOVED,
        /** The same form was sent again after it had been saved. */
        ALREADY_SENT
    }

    /** The race lost, and what it was about: an entity or constraint name, or null. */
    public record Conflict(Kind kind, String subject) {}

    /** The same form (one single-use token) arrived again: it was saved once already. */
    public static final class DuplicateSubmission extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DuplicateSubmission() {
            super("form already sent", null, false, false);
        }
    }

    private WriteConflicts() {}

    public static Optional<Conflict> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DuplicateSubmission) {
                return Optional.of(new Conflict(Kind.ALREADY_SENT, null));
            }
            if (t instanceof StaleObjectStateException stale) {
                return Optional.of(new Conflict(Kind.CHANGED_MEANWHILE, stale.getEntityName()));
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Optional.of(new Conflict(Kind.CHANGED_MEANWHILE, null));
            }
            if (t instanceof ConstraintViolationException violation) {
                Kind kind = kindOf(violation.getSQLException());
                if (kind != null) {
                    return Optional.of(new Conflict(kind, violation.getConstraintName()));
                }
            }
            if (t instanceof SQLException sql) {
                Kind kind = kindOf(sql);
                if (kind != null) {
                    return Optional.of(new Conflict(kind, null));
                }
            }
        }
        return Optional.empty();
    }

    private static Kind kindOf(SQLException e) {
        String state = e == null ? null : e.getSQLState();
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "23505" -> Kind.ALREADY_EXISTS;
            case "23503" -> Kind.REFERENCE_REMOVED;
            // Serialisation failure and deadlock: two transactions met on the same rows.
            case "40001", "40P01" -> Kind.CHANGED_MEANWHILE;
            default -> null;
        };
    }
}
