package eu.competitiondesk.platform;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The one check that a form was loaded from the version it changes. The row is locked while checking, so of two
 * saves made at the same moment (on any node) the second waits, then sees the first one's version and becomes a
 * conflict instead of an overwrite.
 */
public final class FormVersions {

    private FormVersions() {}

    /** The version a form was loaded with, or -1 (always stale) when it is missing or garbled. */
    public static long parse(String posted) {
        try {
            return posted == null ? -1 : Long.parseLong(posted.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The entity, locked for the rest of the transaction, when its version is still {@code expected}; otherwise the
     * exception {@code stale} makes of it (which shows the current values). A missing entity is a 404.
     */
    public static <E> E lockedAt(
            Class<E> type,
            long id,
            long expected,
            ToLongFunction<E> version,
            Function<E, ? extends RuntimeException> stale) {
        E entity = Panache.getEntityManager().find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException();
        }
        if (version.applyAsLong(entity) != expected) {
            throw stale.apply(entity);
        }
        return entity;
    }
}
