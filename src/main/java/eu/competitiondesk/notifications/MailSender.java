package eu.competitiondesk.notifications;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the outbox. A batch of due e-mails is claimed with {@code FOR UPDATE SKIP LOCKED} and held for as long as it
 * is being sent, so two nodes never send one e-mail twice and a node that dies mid-batch lets its claims go with its
 * transaction. A failed send is tried again later, less and less often, and given up after {@link #MAX_ATTEMPTS}.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    static final int BATCH = 20;

    static final int MAX_ATTEMPTS = 8;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @ConfigProperty(name = "desk.mail.enabled", defaultValue = "false")
    boolean mailEnabled;

    @Scheduled(
            identity = "mail-outbox",
            every = "${desk.mail.send-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (mailEnabled) {
            sendDue();
        }
    }

    /** Sends what is due, batch after batch, until nothing is left; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            int[] batch = QuarkusTransaction.requiringNew().call(this::sendBatch);
            sent += batch[1];
            if (batch[0] < BATCH) {
                return sent;
            }
        }
    }

    /** Claims and sends one batch; returns how many were claimed and how many of them went. */
    private int[] sendBatch() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<OutgoingMail> due = Panache.getEntityManager()
                .createNativeQuery(
                        "select * from mail_outbox where sent_at is null and next_attempt_at <= ?1"
                                + " order by id limit " + BATCH + " for update skip locked",
                        OutgoingMail.class)
                .setParameter(1, now)
                .getResultList();
        int sent = 0;
        for (OutgoingMail mail : due) {
            try {
                mailer.send(Mail.withText(mail.toAddress, mail.subject, mail.body));
                mail.sentAt = OffsetDateTime.now(clock);
                sent++;
            } catch (RuntimeException e) {
                mail.attempts++;
                // The log names the outbox row, not the address or the text: both stay in the database.
                mail.lastError = abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage());
                mail.nextAttemptAt = mail.attempts >= MAX_ATTEMPTS
                        ? now.plusYears(100)
                        : now.plus(Duration.ofMinutes(1L << mail.attempts));
                LOG.warnf(
                        "E-mail %d not sent (attempt %d): %s",
                        mail.id, mail.attempts, e.getClass().getName());
            }
        }
        return new int[] {due.size(), sent};
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
