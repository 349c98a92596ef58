package eu.competitiondesk.support;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditEvent;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;

/** Moves a user's open sessions back in time, as if the clock had run on, and reads the audit trail. */
@ApplicationScoped
public class TestSessions {

    /** Sets every open session of the user to have started {@code sinceSignIn} ago and been used {@code idle} ago. */
    @Transactional
    public int age(String username, Duration sinceSignIn, Duration idle) {
        return Panache.getEntityManager()
                .createNativeQuery("""
                update user_session set created_at = now() - make_interval(secs => ?1),
                                        last_seen_at = now() - make_interval(secs => ?2)
                 where ended_at is null and user_id = (select id from app_user where username = ?3)""")
                .setParameter(1, (double) sinceSignIn.toSeconds())
                .setParameter(2, (double) idle.toSeconds())
                .setParameter(3, username)
                .executeUpdate();
    }

    /** Seconds since the user's newest open session was last seen active. */
    @Transactional
    public double idleSeconds(String username) {
        return ((Number) Panache.getEntityManager()
                        .createNativeQuery("""
                select extract(epoch from now() - last_seen_at) from user_session
                 where ended_at is null and user_id = (select id from app_user where username = ?1)
                 order by id desc limit 1""")
                        .setParameter(1, username)
                        .getSingleResult())
                .doubleValue();
    }

    /** The end reasons of the user's sessions, newest first (null while open). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> endReasons(String username) {
        return Panache.getEntityManager()
                .createNativeQuery("""
                select coalesce(end_reason, 'OPEN') from user_session
                 where user_id = (select id from app_user where username = ?1) order by id desc""")
                .setParameter(1, username)
                .getResultList();
    }

    @Transactional
    public List<AuditEvent> auditOf(String actor, String action) {
        return AuditEvent.list("actor = ?1 and action = ?2 order by id", actor, AuditAction.valueOf(action));
    }

    @Transactional
    public long auditCount(String action, String summaryPart) {
        return AuditEvent.count(
                "action = ?1 and summary like ?2", AuditAction.valueOf(action), "%" + summaryPart + "%");
    }
}
