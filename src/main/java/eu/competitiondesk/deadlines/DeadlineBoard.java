package eu.competitiondesk.deadlines;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.cases.CaseDirectory;
import eu.competitiondesk.referencedata.CommissionCalendar;
import eu.competitiondesk.referencedata.engine.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An officer's deadlines across their cases, counted in the Commission's working days, and their personal calendar
 * address: created or renewed with a new secret (shown once; only its SHA-256 is kept), revoked at will.
 */
@ApplicationScoped
public class DeadlineBoard {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CaseDirectory cases;

    @Inject
    CommissionCalendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DeadlineMessages msg;

    /** The deadlines as an iCalendar file, each event described in words. */
    public String calendarFile(List<DeadlineLine> lines) {
        return DeadlineCalendar.write(
                lines,
                line -> msg.event_description(msg.kind(line.kind()), line.legalBasis(), line.caseTitle()),
                clock.instant());
    }

    /** The user's deadlines on their open cases, by date. */
    public List<DeadlineLine> of(long userId) {
        return lines(cases.keyDatesOfMember(userId));
    }

    /** The key dates of one case, for its calendar file. */
    public List<DeadlineLine> ofCase(long caseId) {
        return lines(cases.keyDatesOfCase(caseId));
    }

    private List<DeadlineLine> lines(List<CaseDirectory.CaseKeyDate> dates) {
        LocalDate today = LocalDate.now(clock);
        WorkingDays days = calendar.workingDays();
        return dates.stream()
                .map(k -> {
                    LocalDate due = k.date().dueOn();
                    long count = days.between(today, due);
                    DeadlineLine.Pressing pressing = due.isBefore(today)
                            ? DeadlineLine.Pressing.OVERDUE
                            : count <= DeadlineLine.SOON
                                    ? DeadlineLine.Pressing.WITHIN_TEN_WORKING_DAYS
                                    : DeadlineLine.Pressing.LATER;
                    boolean known = days.yearsWithoutHolidays(
                                    today.isBefore(due) ? today : due, today.isBefore(due) ? due : today)
                            .isEmpty();
                    return new DeadlineLine(
                            k.keyDateId(),
                            k.caseFile().id(),
                            k.caseFile().reference(),
                            k.caseFile().title(),
                            k.date().label(),
                            k.date().kind(),
                            due,
                            k.date().legalBasis(),
                            count,
                            pressing,
                            known);
                })
                .toList();
    }

    /** Whether the user has a calendar address now. */
    public boolean hasFeed(long userId) {
        return CalendarFeed.ofUser(userId).isPresent();
    }

    /** A new secret for the user's calendar address, replacing any earlier one; returns the secret. */
    @Transactional
    public String renewFeed(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = CalendarFeed.ofUser(userId).orElseGet(CalendarFeed::new);
        boolean renewed = feed.id != null;
        feed.userId = userId;
        feed.tokenSha256 = sha256(secret);
        feed.createdAt = OffsetDateTime.now(clock);
        feed.persist();
        audit.record(
                null,
                renewed ? AuditAction.CALENDAR_ADDRESS_RENEWED : AuditAction.CALENDAR_ADDRESS_CREATED,
                renewed ? "Renewed the personal calendar address" : "Created a personal calendar address");
        return secret;
    }

    /** Removes the user's calendar address; false when there was none. */
    @Transactional
    public boolean revokeFeed(long userId) {
        Optional<CalendarFeed> feed = CalendarFeed.ofUser(userId);
        feed.ifPresent(f -> {
            f.delete();
            audit.record(null, AuditAction.CALENDAR_ADDRESS_REVOKED, "Revoked the personal calendar address");
        });
        return feed.isPresent();
    }

    /** The user a calendar secret belongs to, if it is in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> userOfSecret(String secret) {
        return CalendarFeed.bySecret(sha256(secret)).map(f -> f.userId);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
