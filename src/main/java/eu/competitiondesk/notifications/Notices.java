package eu.competitiondesk.notifications;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.cases.CaseRoutes;
import eu.competitiondesk.cases.TeamJoined;
import eu.competitiondesk.export.WrittenDates;
import eu.competitiondesk.platform.AdvisoryLocks;
import eu.competitiondesk.platform.StaleVersionException;
import eu.competitiondesk.reports.ReviewStepTaken;
import eu.competitiondesk.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Tells users what asks for their attention. Notices are raised inside the transaction of the change they tell of
 * (observing the events the features fire), never to the user who acted, and each at most once per recipient; the
 * e-mail of a notice, where its recipient chose it, goes into the outbox in the same transaction.
 */
@ApplicationScoped
public class Notices {

    /** Notices the list page shows, newest first. */
    static final int LIST_LIMIT = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    NotificationMessages msg;

    @Inject
    Clock clock;

    @ConfigProperty(name = "desk.mail.enabled", defaultValue = "false")
    boolean mailEnabled;

    @ConfigProperty(name = "desk.mail.link-base", defaultValue = "http://localhost:8080")
    String linkBase;

    /** What a notice says, before it has a recipient. */
    record Notice(
            NoticeKind kind,
            Long caseId,
            String caseRef,
            String subject,
            LocalDate dueOn,
            String link,
            String dedupKey) {}

    void onTeamJoined(@Observes TeamJoined joined) {
        raise(
                new Notice(
                        NoticeKind.ADDED_TO_TEAM,
                        joined.caseId(),
                        joined.caseReference(),
                        null,
                        null,
                        CaseRoutes.show(joined.caseId()),
                        "team:" + joined.memberId()),
                userIds(List.of(joined.username())),
                currentUser.id(),
                currentUser.getFullName());
    }

    void onReviewStep(@Observes ReviewStepTaken step) {
        NoticeKind kind = NoticeKind.valueOf(step.step().name());
        raise(
                new Notice(
                        kind,
                        step.caseId(),
                        step.caseReference(),
                        Integer.toString(step.reportVersion()),
                        null,
                        step.reviewPath(),
                        "report:" + step.caseId() + ":" + step.reportVersion() + ":" + kind.name()),
                userIds(step.concerned()),
                currentUser.id(),
                currentUser.getFullName());
    }

    /**
     * Raises a notice for each of the users, except the one acting ({@code actorId}, named {@code actor}; both null
     * for the application's own checks); a notice with the same key raised for a user before is left as it was.
     * Returns how many were new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int raise(Notice notice, Collection<Long> userIds, Long actorId, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int raised = 0;
        for (long userId : userIds) {
            if (actorId != null && actorId == userId) {
                continue;
            }
            Optional<Long> id = insert(notice, userId, actor, now);
            if (id.isPresent()) {
                raised++;
                enqueueMail(id.get(), notice, userId, actor, now);
            }
        }
        return raised;
    }

    /** One row, unless the user has the notice already (another node raised it, or an earlier check did). */
    private static Optional<Long> insert(Notice notice, long userId, String actor, OffsetDateTime now) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into notification (user_id, kind, case_id, case_ref, subject, due_on, link, actor,"
                            + " created_at, dedup_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " on conflict (user_id, dedup_key) do nothing returning id")) {
                insert.setLong(1, userId);
                insert.setString(2, notice.kind().name());
                if (notice.caseId() == null) {
                    insert.setNull(3, Types.BIGINT);
                } else {
                    insert.setLong(3, notice.caseId());
                }
                insert.setString(4, notice.caseRef());
                insert.setString(5, notice.subject());
                insert.setDate(6, notice.dueOn() == null ? null : Date.valueOf(notice.dueOn()));
                insert.setString(7, notice.link());
                insert.setString(8, actor);
                insert.setTimestamp(9, Timestamp.from(now.toInstant()));
                insert.setString(10, notice.dedupKey());
                try (ResultSet row = insert.executeQuery()) {
                    return row.next() ? Optional.of(row.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    private void enqueueMail(long notificationId, Notice notice, long userId, String actor, OffsetDateTime now) {
        if (!mailEnabled) {
            return;
        }
        NotificationSettings settings =
                NotificationSettings.ofUser(userId).orElseGet(() -> NotificationSettings.defaults(userId));
        if (settings.emailAddress == null || !settings.emailKinds().contains(notice.kind())) {
            return;
        }
        OutgoingMail mail = new OutgoingMail();
        mail.notificationId = notificationId;
        mail.toAddress = settings.emailAddress;
        mail.subject = msg.mail_subject(msg.kind(notice.kind()), notice.caseRef());
        // The e-mail leaves the authority's systems: it names the case by reference and says what happened, never
        // what the case holds (no title, no deadline label, no figure).
        mail.body = msg.mail_body(
                mailSentence(notice, actor), linkBase + notice.link(), linkBase + NotificationRoutes.settings());
        mail.createdAt = now;
        mail.nextAttemptAt = now;
        mail.persist();
    }

    private String mailSentence(Notice notice, String actor) {
        return notice.kind() == NoticeKind.DEADLINE_NEAR
                ? msg.mail_deadline_near(notice.caseRef(), WrittenDates.of(notice.dueOn()))
                : words(notice.kind(), actor, notice.caseRef(), notice.subject(), null, null);
    }

    /** What a notice says to its reader on the list page. */
    String words(Notification notification) {
        return words(
                notification.kind,
                notification.actor,
                notification.caseRef,
                notification.subject,
                notification.dueOn,
                notification.subject);
    }

    private String words(
            NoticeKind kind, String actor, String caseRef, String version, LocalDate dueOn, String deadlineLabel) {
        String who = actor == null ? msg.someone() : actor;
        return switch (kind) {
            case REVIEW_REQUESTED -> msg.review_requested(who, version, caseRef);
            case REPORT_RETURNED -> msg.report_returned(who, version, caseRef);
            case REPORT_APPROVED -> msg.report_approved(who, version, caseRef);
            case PUBLIC_EDITION_RELEASED -> msg.public_edition_released(who, version, caseRef);
            case DEADLINE_NEAR -> msg.deadline_near(caseRef, WrittenDates.of(dueOn), deadlineLabel);
            case ADDED_TO_TEAM -> msg.added_to_team(who, caseRef);
        };
    }

    /** User ids of the active accounts with these usernames. */
    private static List<Long> userIds(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager()
                .createQuery("select u.id from AppUser u where u.active and u.username in ?1", Long.class)
                .setParameter(1, usernames)
                .getResultList();
    }

    long unread(long userId) {
        return Notification.unread(userId);
    }

    List<Notification> latest(long userId) {
        return Notification.latest(userId, LIST_LIMIT);
    }

    /** Marks one of the user's notices read; false when the user has no notice of that id. */
    @Transactional
    boolean markRead(long userId, long notificationId) {
        return Notification.update(
                        "readAt = coalesce(readAt, ?1) where id = ?2 and userId = ?3",
                        OffsetDateTime.now(clock),
                        notificationId,
                        userId)
                > 0;
    }

    /** Marks every notice of the user read; returns how many were unread. */
    @Transactional
    int markAllRead(long userId) {
        return Notification.update(
                "readAt = ?1 where userId = ?2 and readAt is null", OffsetDateTime.now(clock), userId);
    }

    /** The user's settings, or the defaults where they never saved any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    NotificationSettings settings(long userId) {
        return NotificationSettings.ofUser(userId).orElseGet(() -> NotificationSettings.defaults(userId));
    }

    /**
     * Saves the user's settings if they are still as the form was loaded ({@code expectedVersion}, -1 for a user who
     * never saved any); otherwise a {@link StaleVersionException} carries the settings as they stand.
     */
    @Transactional
    NotificationSettings saveSettings(long userId, long expectedVersion, NoticeSettings command) {
        // Two windows of one user saving at once: the second waits and then sees the first one's version.
        AdvisoryLocks.lock(AdvisoryLocks.Space.NOTIFICATION_SETTINGS, Long.toString(userId));
        NotificationSettings settings = NotificationSettings.ofUser(userId).orElse(null);
        long current = settings == null ? NotificationSettings.UNSAVED : settings.version;
        if (current != expectedVersion) {
            throw new StaleVersionException(settings == null ? NotificationSettings.defaults(userId) : settings);
        }
        if (settings == null) {
            settings = NotificationSettings.defaults(userId);
        }
        settings.change(command);
        settings.persist();
        audit.record(null, AuditAction.NOTIFICATION_SETTINGS_CHANGED, "Changed the notification settings");
        return settings;
    }
}
