package eu.competitiondesk.notifications;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A notice to one user. Only facts are kept (the case's reference, a report version or a deadline's label and date,
 * who acted); the words are made when it is shown, so they follow the message bundle. Notices are written by
 * {@link Notices} with one insert that keeps a repeated notice once.
 */
@Entity
@Table(name = "notification")
public class Notification extends IdentifiedEntity {

    public long userId;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    public Long caseId;

    public String caseRef;

    /** The report version or the deadline's label. */
    public String subject;

    public LocalDate dueOn;

    /** The page the notice leads to, an address within the application. */
    public String link;

    /** The name of whoever acted; none for a deadline. */
    public String actor;

    public OffsetDateTime createdAt;

    public OffsetDateTime readAt;

    public String dedupKey;

    public boolean isUnread() {
        return readAt == null;
    }

    static List<Notification> latest(long userId, int limit) {
        return find("userId = ?1 order by id desc", userId).page(0, limit).list();
    }

    static long unread(long userId) {
        return count("userId = ?1 and readAt is null", userId);
    }
}
