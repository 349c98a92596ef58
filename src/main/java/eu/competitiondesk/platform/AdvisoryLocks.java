package eu.competitiondesk.platform;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Transaction-scoped PostgreSQL advisory locks: two writers that must not interleave (two exports numbering the same
 * case's reports, two cases opened under one reference) take the same lock, so the second waits for the first to
 * commit and then sees its row. The lock is the database's, so it holds across every node; it ends with the
 * transaction.
 */
public final class AdvisoryLocks {

    /** What is being serialised; the first key of the lock, so the spaces never collide. */
    public enum Space {
        REPORT_VERSIONS,
        CASE_REFERENCES,
        NOTIFICATION_SETTINGS,
        EXCHANGE_RATES
    }

    private AdvisoryLocks() {}

    /** Waits for, then holds until the transaction ends, the lock of {@code key} in {@code space}. */
    public static void lock(Space space, String key) {
        Panache.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) l", Integer.class)
                .setParameter(1, space.ordinal() + 1)
                .setParameter(2, key)
                .getSingleResult();
    }
}
