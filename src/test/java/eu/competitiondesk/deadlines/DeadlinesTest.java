package eu.competitiondesk.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An officer's deadlines across cases: listed by date with working days and how pressing each is, filtered by case
 * and kind; the same as a personal calendar address, read back by an iCalendar library, that a colleague's address
 * does not open and that stops when revoked; a case's own calendar file for its team only.
 */
@Tag("application")
@QuarkusTest
class DeadlinesTest {

    @Inject
    TestUsers users;

    private static void keyDate(Session officer, long caseId, String label, String kind, LocalDate due, String basis) {
        officer.page("/cases/" + caseId);
        officer.form()
                .formParam("dateLabel", label)
                .formParam("dateKind", kind)
                .formParam("dateDue", due.toString())
                .formParam("dateBasis", basis)
                .post("/cases/" + caseId + "/key-dates")
                .then()
                .statusCode(303);
    }

    /** The page a post leads to, with the message it left for it. */
    private static String afterRedirect(Session officer, io.restassured.response.Response posted) {
        assertEquals(303, posted.statusCode(), posted.asString());
        return officer.request()
                .cookies(posted.getDetailedCookies())
                .get(posted.header("Location").replaceAll("#.*$", ""))
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void deadlinesAcrossCasesOnAPageAndInACalendar() throws Exception {
        Session officer = users.signIn("deadline-officer", Role.CASE_OFFICER);
        LocalDate today = LocalDate.now();
        long first = Cases.open(officer, Cases.newReference(), "First deadline case", "MERGER");
        long second = Cases.open(officer, Cases.newReference(), "Second deadline case", "ARTICLE_102");
        keyDate(officer, first, "Reply to the statement", "STATUTORY_DEADLINE", today.plusDays(60), "EUMR Art. 10(1)");
        keyDate(officer, second, "Internal draft", "INTERNAL_DEADLINE", today.plusDays(3), "");
        keyDate(officer, second, "Missed filing", "STATUTORY_DEADLINE", today.minusDays(2), "DMA Art. 3(3)");

        String page = officer.page("/deadlines").asString();
        int missed = page.indexOf("Missed filing");
        int draft = page.indexOf("Internal draft");
        int reply = page.indexOf("Reply to the statement");
        assertTrue(missed > 0 && missed < draft && draft < reply, "by date across cases");
        assertTrue(page.contains("Overdue"), "overdue in words");
        assertTrue(page.contains("Within the next 10 working days"), "soon in words");
        assertTrue(page.contains("EUMR Art. 10(1)"), "what it rests on");
        assertTrue(page.contains("First deadline case") || page.contains("href=\"/cases/" + first + "\""));

        String statutory = officer.page("/deadlines?kind=STATUTORY_DEADLINE&case=" + second)
                .asString();
        assertTrue(statutory.contains("Missed filing"));
        assertFalse(statutory.contains("Internal draft"), "filtered by kind");
        assertFalse(statutory.contains("Reply to the statement"), "filtered by case");
        officer.page("/deadlines?kind=NONSENSE&case=abc").then().statusCode(200);

        // The calendar address, shown once after it is made.
        officer.page("/deadlines");
        String shown = afterRedirect(officer, officer.form().post("/deadlines/calendar"));
        Matcher address =
                Pattern.compile("(/calendar/[A-Za-z0-9_-]{20,}\\.ics)").matcher(shown);
        assertTrue(address.find(), "the address is shown");
        String feed = address.group(1);
        String ics =
                RestAssured.given().get(feed).then().statusCode(200).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<String> summaries =
                events.stream().map(e -> e.getSummary().getValue()).toList();
        assertTrue(summaries.stream().anyMatch(s -> s.endsWith(": Reply to the statement")), summaries.toString());
        assertEquals(3, events.size(), "every key date of the officer's cases");
        VEvent replyEvent = events.stream()
                .filter(e -> e.getSummary().getValue().endsWith("Reply to the statement"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                today.plusDays(60).toString().replace("-", ""),
                replyEvent.getDateTimeStart().getValue());
        assertTrue(replyEvent.getDescription().getValue().contains("Statutory deadline; rests on EUMR Art. 10(1)"));

        // Another officer's address is not this one; a made-up one is nothing.
        RestAssured.given().get("/calendar/not-a-real-address.ics").then().statusCode(404);

        // Renewing stops the old address; revoking stops the new one.
        officer.page("/deadlines");
        String renewedPage = afterRedirect(officer, officer.form().post("/deadlines/calendar"));
        Matcher renewedAddress =
                Pattern.compile("(/calendar/[A-Za-z0-9_-]{20,}\\.ics)").matcher(renewedPage);
        assertTrue(renewedAddress.find());
        RestAssured.given().get(feed).then().statusCode(404);
        RestAssured.given().get(renewedAddress.group(1)).then().statusCode(200);
        officer.page("/deadlines");
        officer.form().post("/deadlines/calendar/revoke").then().statusCode(303);
        RestAssured.given().get(renewedAddress.group(1)).then().statusCode(404);

        // A case's own file, for its team; an outsider gets 404.
        String caseIcs = officer.request()
                .get("/cases/" + second + "/deadlines.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Calendar caseCalendar = new CalendarBuilder().build(new StringReader(caseIcs));
        caseCalendar.validate();
        assertEquals(2, caseCalendar.getComponents("VEVENT").size());
        Session outsider = users.signIn("deadline-outsider", Role.CASE_OFFICER);
        outsider.request().get("/cases/" + second + "/deadlines.ics").then().statusCode(404);
        assertFalse(outsider.page("/deadlines").asString().contains("Missed filing"), "only one's own cases");
    }
}
