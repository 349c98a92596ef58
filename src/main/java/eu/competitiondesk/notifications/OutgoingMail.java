package eu.competitiondesk.notifications;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An e-mail waiting in the outbox. It is written in the transaction of the change it tells of, and sent afterwards by
 * {@link MailSender}, which claims it so that no two nodes send it twice.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail extends IdentifiedEntity {

    public long notificationId;

    public String toAddress;

    public String subject;

    public String body;

    public OffsetDateTime createdAt;

    public int attempts;

    public OffsetDateTime nextAttemptAt;

    public OffsetDateTime sentAt;

    public String lastError;
}
