package eu.competitiondesk.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.SmtpServer;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Being told: each event notifies the people it concerns and never the one who acted, counted in the header, listed,
 * marked read; deadlines announced once within each user's chosen working days; e-mails to a real SMTP server started
 * for the test, only of the kinds a user chose, with a link and without the case's content.
 */
@Tag("application")
@QuarkusTest
@TestProfile(NotificationsTest.MailOn.class)
class NotificationsTest {

    /** E-mail turned on and sent to the test's own SMTP server. */
    public static class MailOn implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpServer.class));
        }
    }

    private static final Pattern COUNT = Pattern.compile("Notifications \\((\\d+)\\)");

    @Inject
    TestUsers users;

    @Inject
    DeadlineNotices deadlineNotices;

    @Inject
    MailSender mailSender;

    /** The unread count the header shows the user. */
    private static int unread(Session who) {
        Matcher count = COUNT.matcher(who.page("/cases").asString());
        assertTrue(count.find(), "the header shows the count");
        return Integer.parseInt(count.group(1));
    }

    private static long export(Session who, long caseId, String edition) {
        return ((Number) who.request()
                        .contentType("application/json")
                        .body("{\"edition\":\"" + edition + "\",\"format\":\"pdf\"}")
                        .post("/api/v1/cases/" + caseId + "/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private static void step(Session who, long reportId, String step, String body) {
        who.request()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/reports/" + reportId + "/" + step)
                .then()
                .statusCode(200);
    }

    private static Response saveSettings(Session who, String email, String days, String... kinds) {
        String page = who.page("/notifications/settings").asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"").matcher(page);
        assertTrue(version.find(), "the form carries its version");
        return who.form()
                .formParam("version", version.group(1))
                .formParam("emailAddress", email)
                .formParam("deadlineDays", days)
                .formParam("emailKind", (Object[]) kinds)
                .post("/notifications/settings");
    }

    @Test
    void eachReviewStepAndTeamChangeNotifiesThoseItConcernsButNotWhoActed() {
        Session lead = users.signIn("notice-lead", Role.CASE_OFFICER);
        AppUser reviewerUser = users.ensure("notice-reviewer", Role.CASE_OFFICER);
        AppUser officerUser = users.ensure("notice-officer", Role.CASE_OFFICER);
        AppUser readerUser = users.ensure("notice-reader", Role.READER);
        Session reviewer = users.signIn("notice-reviewer", Role.CASE_OFFICER);
        Session officer = users.signIn("notice-officer", Role.CASE_OFFICER);
        Session reader = users.signIn("notice-reader", Role.READER);
        int[] before = {unread(lead), unread(reviewer), unread(officer), unread(reader)};
        String reference = Cases.newReference();
        long caseId = Cases.open(lead, reference, "Notified case", "MERGER");
        Cases.addToTeam(lead, caseId, reviewerUser.id, "REVIEWER");
        Cases.addToTeam(lead, caseId, officerUser.id, "OFFICER");
        Cases.addToTeam(lead, caseId, readerUser.id, "READER");
        // Added to the team: each added member once, the lead who added them not at all.
        assertEquals(before[0], unread(lead));
        assertEquals(before[1] + 1, unread(reviewer));
        assertEquals(before[2] + 1, unread(officer));
        assertEquals(before[3] + 1, unread(reader));
        assertTrue(reviewer.page("/notifications")
                .asString()
                .contains("Test notice-lead added you to the team of case " + reference));

        // The officer exports and asks for review: the lead and the reviewer are asked; not the officer, not the
        // reader.
        long report = export(officer, caseId, "public");
        step(officer, report, "review-request", "{}");
        assertEquals(before[0] + 1, unread(lead));
        assertEquals(before[1] + 2, unread(reviewer));
        assertEquals(before[2] + 1, unread(officer));
        assertEquals(before[3] + 1, unread(reader));
        String asked = reviewer.page("/notifications").asString();
        assertTrue(
                asked.contains("Test notice-officer asks you to review version 1 of the report on case " + reference),
                asked);
        assertTrue(
                asked.contains("href=\"/cases/" + caseId + "/reports/" + report + "/review\""), "leads to the review");

        // Returned: the author hears of it, the reviewer who returned it does not.
        step(reviewer, report, "decision", "{\"decision\":\"RETURN\",\"comment\":\"Sources missing\"}");
        assertEquals(before[2] + 2, unread(officer));
        assertEquals(before[1] + 2, unread(reviewer));
        assertTrue(officer.page("/notifications").asString().contains("Test notice-reviewer returned version 1"));

        // A new version approved and its public edition released: the author hears of the approval, the whole team
        // but the lead who released it of the release.
        Cases.retitle(officer, caseId, "Notified case, revised");
        long second = export(officer, caseId, "public");
        step(officer, second, "review-request", "{}");
        step(reviewer, second, "decision", "{\"decision\":\"APPROVE\"}");
        assertTrue(officer.page("/notifications").asString().contains("Test notice-reviewer approved version 2"));
        int leadBefore = unread(lead);
        int officerBefore = unread(officer);
        int reviewerBefore = unread(reviewer);
        int readerBefore = unread(reader);
        step(lead, second, "release", "{}");
        assertEquals(leadBefore, unread(lead), "not told of one's own release");
        assertEquals(officerBefore + 1, unread(officer));
        assertEquals(readerBefore + 1, unread(reader));
        assertEquals(reviewerBefore + 1, unread(reviewer));
        assertTrue(reader.page("/notifications")
                .asString()
                .contains("released the non-confidential edition of version 2"));

        // Marked read one by one, then all; someone else's notice is not theirs to mark.
        String list = reader.page("/notifications").asString();
        Matcher mark = Pattern.compile("action=\"/notifications/(\\d+)/read\"").matcher(list);
        assertTrue(mark.find());
        String id = mark.group(1);
        lead.page("/notifications");
        lead.form().post("/notifications/" + id + "/read").then().statusCode(404);
        int readerUnread = unread(reader);
        reader.page("/notifications");
        reader.form().post("/notifications/" + id + "/read").then().statusCode(303);
        assertEquals(readerUnread - 1, unread(reader));
        reader.page("/notifications");
        reader.form().post("/notifications/read").then().statusCode(303);
        assertEquals(0, unread(reader));
        assertFalse(reader.page("/notifications").asString().contains("Mark as read"));
    }

    @Test
    void aDeadlineIsAnnouncedOnceWithinTheUsersWorkingDays() {
        Session officer = users.signIn("notice-deadline", Role.CASE_OFFICER);
        long caseId = Cases.open(officer, Cases.newReference(), "Deadline notices", "MERGER");
        LocalDate today = LocalDate.now();
        keyDate(officer, caseId, "Reply due tomorrow", "STATUTORY_DEADLINE", today.plusDays(1));
        keyDate(officer, caseId, "Draft in three weeks", "INTERNAL_DEADLINE", today.plusDays(21));
        keyDate(officer, caseId, "Hearing tomorrow", "MILESTONE", today.plusDays(1));
        keyDate(officer, caseId, "Missed already", "STATUTORY_DEADLINE", today.minusDays(3));
        int before = unread(officer);
        deadlineNotices.run();
        deadlineNotices.run();
        assertEquals(before + 1, unread(officer), "once, whatever the number of runs");
        String page = officer.page("/notifications").asString();
        assertTrue(page.contains(": Reply due tomorrow."), page);
        assertFalse(page.contains("Hearing tomorrow"), "a milestone is not a deadline");
        assertFalse(page.contains("Missed already"), "past is not near");
        assertFalse(page.contains("Draft in three weeks"), "beyond five working days");

        // Thirty working days ahead reaches the draft (three calendar weeks are at most fifteen working days).
        saveSettings(officer, "", "30").then().statusCode(303);
        deadlineNotices.run();
        assertEquals(before + 2, unread(officer));
        assertTrue(officer.page("/notifications").asString().contains(": Draft in three weeks."));
    }

    private static void keyDate(Session officer, long caseId, String label, String kind, LocalDate due) {
        officer.page("/cases/" + caseId);
        officer.form()
                .formParam("dateLabel", label)
                .formParam("dateKind", kind)
                .formParam("dateDue", due.toString())
                .formParam("dateBasis", "")
                .post("/cases/" + caseId + "/key-dates")
                .then()
                .statusCode(303);
    }

    @Test
    void eMailsReachTheServerForTheKindsChosenWithALinkAndNoCaseContent() throws Exception {
        Session lead = users.signIn("mail-lead", Role.CASE_OFFICER);
        AppUser reviewerUser = users.ensure("mail-reviewer", Role.CASE_OFFICER);
        Session reviewer = users.signIn("mail-reviewer", Role.CASE_OFFICER);
        saveSettings(reviewer, "  reviewer@authority.test ", "5", "REVIEW_REQUESTED")
                .then()
                .statusCode(303);
        String settings = reviewer.page("/notifications/settings").asString();
        assertTrue(settings.contains("value=\"reviewer@authority.test\""), "trimmed and kept");
        String reference = Cases.newReference();
        long caseId = Cases.open(lead, reference, "Secret codename Bluebird", "MERGER");
        Cases.addToTeam(lead, caseId, reviewerUser.id, "REVIEWER");
        long report = export(lead, caseId, "confidential");
        step(lead, report, "review-request", "{}");

        assertTrue(SmtpServer.server().waitForIncomingEmail(20_000, 1), "the e-mail arrives");
        mailSender.sendDue();
        MimeMessage[] received = Arrays.stream(SmtpServer.server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("reviewer@authority.test");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
        assertEquals(1, received.length, "the review request only: being added to the team was not chosen");
        MimeMessage mail = received[0];
        assertEquals("Competition Desk: Review requested, case " + reference, mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("asks you to review version 1 of the report on case " + reference), body);
        assertTrue(body.contains(SmtpServer.LINK_BASE + "/cases/" + caseId + "/reports/" + report + "/review"), body);
        assertFalse(body.contains("Bluebird"), "no case content leaves by e-mail");
        assertFalse(mail.getSubject().contains("Bluebird"));
        assertTrue(body.contains("\n"), "the body is in lines");
    }

    /**
     * Two senders at once (two nodes, or a node and its own schedule) over one outbox: every e-mail goes exactly once,
     * because each batch is claimed with SKIP LOCKED and marked sent before its claim ends.
     */
    @Test
    void twoSendersAtOnceSendEachEMailOnce() throws Exception {
        Session lead = users.signIn("outbox-lead", Role.CASE_OFFICER);
        AppUser member = users.ensure("outbox-member", Role.CASE_OFFICER);
        long caseId = Cases.open(lead, Cases.newReference(), "Outbox case", "MERGER");
        Cases.addToTeam(lead, caseId, member.id, "OFFICER");
        String tag = "parallel-" + System.nanoTime();
        int before = SmtpServer.server().getReceivedMessages().length;
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            long notice = ((Number) Notification.getEntityManager()
                            .createNativeQuery("select max(id) from notification where user_id = ?1")
                            .setParameter(1, member.id)
                            .getSingleResult())
                    .longValue();
            for (int i = 0; i < 3 * MailSender.BATCH + 5; i++) {
                OutgoingMail mail = new OutgoingMail();
                mail.notificationId = notice;
                mail.toAddress = "outbox@authority.test";
                mail.subject = tag + " " + i;
                mail.body = "Outbox test " + i;
                mail.createdAt = java.time.OffsetDateTime.now();
                mail.nextAttemptAt = mail.createdAt;
                mail.persist();
            }
        });
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> send = mailSender::sendDue;
            for (var sent : two.invokeAll(List.of(send, send))) {
                sent.get();
            }
        } finally {
            two.shutdown();
        }
        // The application's own schedule is a third sender: what it claimed may still be on its way. A send the SMTP
        // server turned away on a loaded machine waits minutes for its retry; such retries are brought forward, since
        // the question here is whether each e-mail goes exactly once, not how retries are spaced.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (unsent(tag) > 0 && System.nanoTime() < deadline) {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .run(() -> OutgoingMail.update(
                            "nextAttemptAt = ?1 where sentAt is null and attempts > 0 and subject like ?2",
                            java.time.OffsetDateTime.now(),
                            tag + " %"));
            mailSender.sendDue();
            SmtpServer.server().waitForIncomingEmail(1_000, before + 3 * MailSender.BATCH + 5);
        }
        assertEquals(0, unsent(tag), "every e-mail of the outbox is marked sent");
        assertTrue(SmtpServer.server().waitForIncomingEmail(60_000, before + 3 * MailSender.BATCH + 5), "all arrive");
        List<String> subjects = Arrays.stream(SmtpServer.server().getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(subject -> subject.startsWith(tag))
                .toList();
        assertEquals(3 * MailSender.BATCH + 5, subjects.size(), "each sent");
        assertEquals(subjects.size(), new java.util.HashSet<>(subjects).size(), "none twice");
    }

    private static long unsent(String tag) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> OutgoingMail.count("sentAt is null and subject like ?1", tag + " %"));
    }

    @Test
    void badSettingsAreRefusedAndTwoWindowsDoNotOverwriteEachOther() {
        Session officer = users.signIn("notice-settings", Role.CASE_OFFICER);
        Response badMail = saveSettings(officer, "not an address", "5");
        assertEquals(422, badMail.statusCode());
        assertTrue(badMail.asString().contains("Enter an e-mail address in the form name@example.org"));
        assertTrue(badMail.asString().contains("value=\"not an address\""), "what was typed stays");
        for (String days : new String[] {"0", "31", "five", "-1", "1.5"}) {
            Response bad = saveSettings(officer, "", days);
            assertEquals(422, bad.statusCode(), days);
            assertTrue(bad.asString().contains("Enter a whole number of working days from 1 to 30"), days);
        }
        Response forged = saveSettings(officer, "", "5", "NOT_A_KIND");
        assertEquals(422, forged.statusCode(), forged.asString());

        // Two windows loaded at once: the first save wins, the second is a conflict that keeps what it typed.
        String page = officer.page("/notifications/settings").asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"").matcher(page);
        assertTrue(version.find());
        String loaded = version.group(1);
        officer.form()
                .formParam("version", loaded)
                .formParam("emailAddress", "first@authority.test")
                .formParam("deadlineDays", "7")
                .post("/notifications/settings")
                .then()
                .statusCode(303);
        Response second = officer.form()
                .formParam("version", loaded)
                .formParam("emailAddress", "second@authority.test")
                .formParam("deadlineDays", "9")
                .post("/notifications/settings");
        assertEquals(409, second.statusCode());
        assertTrue(second.asString().contains("changed in another window"));
        assertTrue(second.asString().contains("value=\"second@authority.test\""));
        String now = officer.page("/notifications/settings").asString();
        assertTrue(now.contains("value=\"first@authority.test\""), "the first save stands");
        assertTrue(now.contains("id=\"deadlineDays\" name=\"deadlineDays\" type=\"text\" value=\"7\""), now);
    }
}
