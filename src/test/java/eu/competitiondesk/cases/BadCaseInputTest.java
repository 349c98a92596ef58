package eu.competitiondesk.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Text and dates that must never reach the database: a NUL, other control characters, a lone surrogate, a
 * non-character, implausible years. Every entry point refuses them with a field error, and what was refused is not
 * stored.
 */
@Tag("application")
@QuarkusTest
class BadCaseInputTest {

    /** A lone surrogate cannot travel in a UTF-8 form; the JSON test sends one as an escape. */
    private static final List<String> UNTYPABLE = List.of("\u0000", "\u0001", "\u007F", "\uFFFF", "\u200B");

    @Test
    void theCreateFormRefusesUntypableCharactersInEveryTextField() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        List<String> accepted = new java.util.ArrayList<>();
        for (String bad : UNTYPABLE) {
            for (String field : List.of("title", "summary")) {
                String reference = Cases.newReference();
                officer.page("/cases/new");
                // Sent as UTF-8: RestAssured's default form charset would turn U+FFFF into "?" before it left.
                var response = officer.request()
                        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .formParam("csrf-token", officer.csrfToken())
                        .formParam("reference", reference)
                        .formParam("type", "ARTICLE_102")
                        .formParam("title", field.equals("title") ? "Cloud" + bad + "title" : "Cloud")
                        .formParam("summary", field.equals("summary") ? "Line one\nline" + bad + "." : "Fine")
                        .post("/cases");
                if (response.statusCode() != 422 || !response.asString().contains("href=\"#" + field + "\"")) {
                    accepted.add(field + " U+" + Integer.toHexString(bad.charAt(0)) + " " + response.statusCode() + " "
                            + officer.request()
                                    .get("/api/v1/cases?q=" + reference)
                                    .asString());
                }
            }
        }
        assertEquals(List.of(), accepted);
    }

    @Test
    void theErrorSummaryListsFieldsInTheOrderOfThePage() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.page("/cases/new");
        String page = officer.form()
                .formParam("reference", "nonsense")
                .formParam("title", "")
                .formParam("type", "CARTEL")
                .formParam("openedOn", "1900-01-01")
                .formParam("summary", "x".repeat(CaseFile.SUMMARY_MAX + 1))
                .post("/cases")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        String summary = page.substring(page.indexOf("govuk-error-summary"));
        List<Integer> positions = List.of("reference", "title", "type", "openedOn", "summary").stream()
                .map(field -> summary.indexOf("href=\"#" + field + "\""))
                .toList();
        assertTrue(positions.stream().allMatch(p -> p >= 0), positions.toString());
        assertEquals(positions.stream().sorted().toList(), positions, "summary in page order");
    }

    @Test
    void aSummaryKeepsItsLineBreaksAndTabs() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.page("/cases/new");
        officer.form()
                .formParam("reference", Cases.newReference())
                .formParam("title", "Tabs and lines")
                .formParam("type", "ARTICLE_102")
                .formParam("summary", "One\tcolumn\r\nnext line")
                .post("/cases")
                .then()
                .statusCode(303);
    }

    @Test
    void theApiNamesEachBadFieldByItsPath() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.request()
                .contentType("application/json")
                .body("{\"reference\":\"" + Cases.newReference()
                        + "\",\"title\":\"A\\u0000B\\ud800\",\"type\":\"ARTICLE_102\",\"openedOn\":\"0001-01-01\","
                        + "\"summary\":\"x\\u0001\"}")
                .post("/api/v1/cases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("openedOn"))
                .body("errors.field", hasItem("summary"));
    }

    @Test
    void implausibleDatesAreRefusedOnPageForms() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        for (String date : List.of("0001-01-01", "1949-12-31", "2201-01-01", "+10000-02-29")) {
            officer.page("/cases/new");
            officer.form()
                    .formParam("reference", Cases.newReference())
                    .formParam("title", "Dates")
                    .formParam("type", "ARTICLE_102")
                    .formParam("openedOn", date)
                    .post("/cases")
                    .then()
                    .statusCode(422)
                    .body(containsString("href=\"#openedOn\""));
        }
        long caseId = Cases.open(officer, Cases.newReference(), "Key dates", "ARTICLE_102");
        officer.page("/cases/" + caseId);
        officer.form()
                .formParam("dateLabel", "Far away")
                .formParam("dateKind", "MILESTONE")
                .formParam("dateDue", "9999-12-31")
                .post("/cases/" + caseId + "/key-dates")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#dateDue\""));
    }

    @Test
    void casePageFormsRefuseControlCharactersAndStaleOrMissingVersions() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        long caseId = Cases.open(officer, Cases.newReference(), "Sub-forms", "ARTICLE_102");
        officer.page("/cases/" + caseId);
        officer.form()
                .formParam("partyName", "Nul\u0000Corp")
                .formParam("partyRole", "COMPLAINANT")
                .post("/cases/" + caseId + "/parties")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#partyName\""));
        officer.form()
                .formParam("noteBody", "bell\u0007")
                .post("/cases/" + caseId + "/notes")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#noteBody\""));
        for (String version : new String[] {null, "", "stale", "99999", "-1"}) {
            var form = officer.form().formParam("status", "INVESTIGATION");
            if (version != null) {
                form.formParam("version", version);
            }
            form.post("/cases/" + caseId + "/status").then().statusCode(422).body(containsString("href=\"#status\""));
        }
        officer.request()
                .get("/api/v1/cases/" + caseId)
                .then()
                .body("status", equalTo("OPEN"))
                .body("parties.size()", equalTo(0));
        officer.page("/cases/" + caseId + "/edit");
        officer.form()
                .formParam("reference", Cases.newReference())
                .formParam("title", "No version")
                .formParam("type", "ARTICLE_102")
                .post("/cases/" + caseId + "/edit")
                .then()
                .statusCode(409);
    }

    @Test
    void aFieldAsLongAsItsValidatorAllowsIsAcceptedAndOneMoreIsAFieldError() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        long caseId = Cases.open(officer, Cases.newReference(), "Long notes", "ARTICLE_102");
        officer.page("/cases/" + caseId);
        // Three bytes each in UTF-8: 24,000 bytes, far above the 2 KB a form field may have by default.
        String longest = "\u20AC".repeat(8000);
        officer.request()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", officer.csrfToken())
                .formParam("noteBody", longest)
                .post("/cases/" + caseId + "/notes")
                .then()
                .statusCode(303);
        officer.page("/cases/" + caseId);
        officer.request()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", officer.csrfToken())
                .formParam("noteBody", longest + "x")
                .post("/cases/" + caseId + "/notes")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#noteBody\""));
    }

    @Test
    void aSearchOrSignInWithANulIsAnsweredNotFailed() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.request().queryParam("q", "AT.9\u00000001").get("/cases").then().statusCode(200);
        officer.request().queryParam("q", "\u0000").get("/api/v1/cases").then().statusCode(200);
        Session.attempt("off\u0000icer", "officer", "203.0.113.77").then().statusCode(401);
        Session.attempt(TestUsers.DEMO_OFFICER, "off\u0000icer", "203.0.113.77")
                .then()
                .statusCode(401);
    }
}
