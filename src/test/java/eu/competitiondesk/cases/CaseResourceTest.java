package eu.competitiondesk.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class CaseResourceTest {

    @Inject
    TestUsers users;

    Session officer;

    @BeforeEach
    void signIn() {
        officer = users.signIn("pages-officer", Role.CASE_OFFICER);
    }

    static String newReference() {
        return Cases.newReference();
    }

    static long openCase(Session session, String reference, String title, String type) {
        return Cases.open(session, reference, title, type);
    }

    @Test
    void createFormRedirectsToTheNewCaseWithAFlashMessage() {
        String reference = newReference();
        officer.shows("/cases/new", "name=\"csrf-token\"");
        Response created = officer.form()
                .formParam("reference", reference.toLowerCase())
                .formParam("title", "Cloud credits bundling")
                .formParam("type", "ARTICLE_102")
                .formParam("openedOn", "2025-03-14")
                .formParam("summary", "Bundled credits.")
                .post("/cases");
        assertEquals(303, created.statusCode());
        String location = created.header("Location");
        officer.request()
                .cookies(created.getDetailedCookies())
                .get(location)
                .then()
                .statusCode(200)
                .body(containsString("Case " + reference + " opened."))
                .body(containsString("Cloud credits bundling"))
                .body(containsString("Article 102 TFEU"))
                .body(containsString("pages-officer"));
    }

    @Test
    void invalidFormAnswers422WithErrorSummaryAndKeepsTypedValues() {
        officer.page("/cases/new");
        String page = officer.form()
                .formParam("reference", "not a ref")
                .formParam("title", "  ")
                .formParam("type", "NOPE")
                .formParam("openedOn", "2025-02-30")
                .formParam("summary", "Kept <b>summary</b>")
                .post("/cases")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertTrue(page.contains("govuk-error-summary"));
        assertTrue(page.contains("href=\"#reference\""), "summary links to the field");
        assertTrue(page.contains("href=\"#title\""));
        assertTrue(page.contains("href=\"#type\""));
        assertTrue(page.contains("href=\"#openedOn\""));
        assertTrue(page.contains("value=\"NOT A REF\""), "typed reference kept");
        assertTrue(page.contains("Kept &lt;b&gt;summary&lt;/b&gt;"), "typed summary kept and escaped");
        assertTrue(page.contains("Enter a real date"));
        assertTrue(page.indexOf("href=\"#reference\"") < page.indexOf("href=\"#openedOn\""), "page order");
    }

    @Test
    void duplicateReferenceIsAFieldErrorNotACrash() {
        String reference = newReference();
        openCase(officer, reference, "First", "MERGER");
        officer.page("/cases/new");
        officer.form()
                .formParam("reference", reference)
                .formParam("title", "Second")
                .formParam("type", "MERGER")
                .post("/cases")
                .then()
                .statusCode(422)
                .body(containsString("Another case already has this reference"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
        String reference = newReference();
        officer.page("/cases/new");
        officer.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("reference", reference)
                .formParam("title", "No token")
                .formParam("type", "MERGER")
                .post("/cases")
                .then()
                .statusCode(400)
                .contentType("text/html")
                .body(containsString("The request could not be understood"));
        officer.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "forged")
                .formParam("reference", reference)
                .formParam("title", "Forged")
                .formParam("type", "MERGER")
                .post("/cases")
                .then()
                .statusCode(400);
        officer.shows("/cases?q=" + reference, "0 cases");
    }

    @Test
    void editSavesAndAStaleVersionShowsAConflictWithBothValues() {
        long id = openCase(officer, newReference(), "Original title", "ARTICLE_101");
        String editPage = officer.page("/cases/" + id + "/edit").asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editPage);
        assertTrue(version.find());
        String loadedVersion = version.group(1);
        String reference = newReference();

        officer.form()
                .formParam("version", loadedVersion)
                .formParam("reference", reference)
                .formParam("title", "First save")
                .formParam("type", "ARTICLE_101")
                .formParam("openedOn", "2025-03-14")
                .post("/cases/" + id + "/edit")
                .then()
                .statusCode(303);

        String conflict = officer.form()
                .formParam("version", loadedVersion)
                .formParam("reference", reference)
                .formParam("title", "Second save")
                .formParam("type", "ARTICLE_101")
                .formParam("openedOn", "2025-03-14")
                .post("/cases/" + id + "/edit")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertTrue(conflict.contains("First save"), "shows the saved value");
        assertTrue(conflict.contains("Second save"), "shows the user's value");
        officer.request()
                .get("/cases/" + id)
                .then()
                .body(containsString("First save"))
                .body(not(containsString("Second save")));
    }

    @Test
    void statusMovesOnlyToTheNextStage() {
        long id = openCase(officer, newReference(), "Status walk", "MARKET_INVESTIGATION");
        String page = officer.page("/cases/" + id).asString();
        String version = versionOn(page);
        officer.form()
                .formParam("version", version)
                .formParam("status", "DECISION")
                .post("/cases/" + id + "/status")
                .then()
                .statusCode(422)
                .body(containsString("A case can only move to the next stage"));
        officer.form()
                .formParam("version", version)
                .formParam("status", "INVESTIGATION")
                .post("/cases/" + id + "/status")
                .then()
                .statusCode(303);
        officer.request()
                .get("/api/v1/cases/" + id)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("INVESTIGATION"));
    }

    @Test
    void partiesTeamKeyDatesAndNotesCanBeAddedAndRemoved() {
        long id = openCase(officer, newReference(), "Everything on the page", "ARTICLE_101");
        users.ensure("pages-colleague", Role.CASE_OFFICER);
        officer.page("/cases/" + id);

        officer.form()
                .formParam("partyName", "Contoso Cloud")
                .formParam("partyRole", "COMPLAINANT")
                .post("/cases/" + id + "/parties")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/cases/" + id + "#parties"));
        officer.form()
                .formParam("partyName", "")
                .formParam("partyRole", "")
                .post("/cases/" + id + "/parties")
                .then()
                .statusCode(422)
                .body(containsString("Enter the name of the undertaking"));

        String page = officer.page("/cases/" + id).asString();
        Matcher colleague =
                Pattern.compile("<option value=\"(\\d+)\">Test pages-colleague").matcher(page);
        assertTrue(colleague.find(), "colleague offered for the team");
        officer.form()
                .formParam("memberUser", colleague.group(1))
                .formParam("memberRole", "OFFICER")
                .post("/cases/" + id + "/team")
                .then()
                .statusCode(303);
        officer.form()
                .formParam("memberUser", colleague.group(1))
                .formParam("memberRole", "OFFICER")
                .post("/cases/" + id + "/team")
                .then()
                .statusCode(422)
                .body(containsString("already on the team"));

        officer.form()
                .formParam("dateLabel", "Reply to SO")
                .formParam("dateKind", "STATUTORY_DEADLINE")
                .formParam("dateDue", "2031-02-03")
                .formParam("dateBasis", "Reg. 1/2003 Art. 27")
                .post("/cases/" + id + "/key-dates")
                .then()
                .statusCode(303);
        officer.form()
                .formParam("dateLabel", "Bad date")
                .formParam("dateKind", "STATUTORY_DEADLINE")
                .formParam("dateDue", "31/02/2031")
                .post("/cases/" + id + "/key-dates")
                .then()
                .statusCode(422)
                .body(containsString("value=\"31/02/2031\""));

        officer.form()
                .formParam("noteBody", "Call the complainant on Monday.")
                .post("/cases/" + id + "/notes")
                .then()
                .statusCode(303);

        String full = officer.page("/cases/" + id).asString();
        assertTrue(full.contains("Contoso Cloud"));
        assertTrue(full.contains("Complainant"));
        assertTrue(full.contains("Test pages-colleague"));
        assertTrue(full.contains("Reply to SO"));
        assertTrue(full.contains("2031-02-03"));
        assertTrue(full.contains("Call the complainant on Monday."));
        assertTrue(full.contains("Added party Contoso Cloud"), "history shows the change");

        Matcher party =
                Pattern.compile("/cases/" + id + "/parties/(\\d+)/remove").matcher(full);
        assertTrue(party.find());
        officer.form()
                .post("/cases/" + id + "/parties/" + party.group(1) + "/remove")
                .then()
                .statusCode(303);
        officer.request()
                .get("/cases/" + id)
                .then()
                .body(not(containsString("<td class=\"govuk-table__cell\">Contoso Cloud")));
    }

    @Test
    void aTeamMemberAndAKeyDateCanBeRemoved() {
        long id = openCase(officer, newReference(), "Removals", "ARTICLE_101");
        var colleague = users.ensure("pages-leaver", Role.CASE_OFFICER);
        Cases.addToTeam(officer, id, colleague.id, "OFFICER");
        officer.form()
                .formParam("dateLabel", "Hearing")
                .formParam("dateKind", "MILESTONE")
                .formParam("dateDue", "2030-05-06")
                .post("/cases/" + id + "/key-dates")
                .then()
                .statusCode(303);
        String page = officer.page("/cases/" + id).asString();
        Matcher member = Pattern.compile(
                        "/cases/" + id + "/team/(\\d+)/remove\">\\s*(?:<input[^>]*>\\s*)+<button[^>]*>Remove"
                                + "<span class=\"govuk-visually-hidden\"> Test pages-leaver")
                .matcher(page);
        assertTrue(member.find(), "remove button for the colleague");
        Matcher date =
                Pattern.compile("/cases/" + id + "/key-dates/(\\d+)/remove").matcher(page);
        assertTrue(date.find());
        officer.form()
                .post("/cases/" + id + "/team/" + member.group(1) + "/remove")
                .then()
                .statusCode(303);
        officer.form()
                .post("/cases/" + id + "/key-dates/" + date.group(1) + "/remove")
                .then()
                .statusCode(303);
        officer.request()
                .get("/api/v1/cases/" + id)
                .then()
                .statusCode(200)
                .body("team.username", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("pages-leaver")))
                .body("keyDates", org.hamcrest.Matchers.empty());
    }

    @Test
    void theLastLeadCannotBeRemoved() {
        long id = openCase(officer, newReference(), "Lead stays", "MERGER");
        String page = officer.page("/cases/" + id).asString();
        Matcher member = Pattern.compile("/cases/" + id + "/team/(\\d+)/remove").matcher(page);
        assertTrue(member.find());
        officer.form()
                .post("/cases/" + id + "/team/" + member.group(1) + "/remove")
                .then()
                .statusCode(422)
                .body(containsString("at least one lead"));
    }

    @Test
    void listSearchesFiltersSortsAndPages() {
        String marker = "Zebra" + ThreadLocalRandom.current().nextInt(1_000_000);
        long a = openCase(officer, newReference(), marker + " alpha", "ARTICLE_101");
        long b = openCase(officer, newReference(), marker + " beta", "ARTICLE_102");
        officer.page("/cases/" + a);
        officer.form()
                .formParam("partyName", marker + " Holdings")
                .formParam("partyRole", "THIRD_PARTY")
                .post("/cases/" + a + "/parties")
                .then()
                .statusCode(303);

        officer.shows("/cases?q=" + marker.toLowerCase(), "2 cases", marker + " alpha", marker + " beta");
        officer.request()
                .get("/cases?q=" + marker + "&type=ARTICLE_102")
                .then()
                .body(containsString("1 case"))
                .body(containsString(marker + " beta"))
                .body(not(containsString(marker + " alpha")));
        officer.request()
                .get("/cases?q=" + marker + " holdings")
                .then()
                .body(containsString("1 case"))
                .body(containsString(marker + " alpha"))
                .body(containsString("<td class=\"govuk-table__cell\">" + marker + " Holdings</td>"));
        // The search text follows the parties: once the party is removed its name no longer finds the case.
        String casePage = officer.page("/cases/" + a).asString();
        String remove = casePage.replaceAll("(?s).*action=\"(/cases/" + a + "/parties/\\d+/remove)\".*", "$1");
        officer.form().post(remove).then().statusCode(303);
        officer.request().get("/cases?q=" + marker + " holdings").then().body(containsString("0 cases"));
        officer.request().get("/cases?q=" + marker + "&status=CLOSED").then().body(containsString("0 cases"));
        var colleague = users.ensure("pages-filter-colleague", Role.CASE_OFFICER);
        Cases.addToTeam(officer, b, colleague.id, "OFFICER");
        officer.request()
                .get("/cases?q=" + marker + "&officer=" + colleague.id)
                .then()
                .body(containsString("1 case"))
                .body(containsString(marker + " beta"))
                .body(not(containsString(marker + " alpha")));
        // The filters show what was chosen, and only that.
        String filtered = officer.request()
                .get("/cases?q=" + marker + "&officer=" + colleague.id + "&type=ARTICLE_102&status=OPEN")
                .asString();
        assertTrue(filtered.contains("<option value=\"" + colleague.id + "\" selected>"), "officer chosen");
        assertTrue(filtered.contains("<option value=\"ARTICLE_102\" selected>"), "type chosen");
        assertTrue(filtered.contains("<option value=\"OPEN\" selected>"), "status chosen");
        assertEquals(3, filtered.split(" selected>", -1).length - 1, "options marked selected");
        officer.request()
                .get("/api/v1/cases?q=" + marker + "&officer=pages-filter-colleague")
                .then()
                .body("total", org.hamcrest.Matchers.equalTo(1));

        String ascending = officer.request()
                .get("/cases?q=" + marker + "&sort=title&dir=asc")
                .asString();
        assertTrue(ascending.indexOf(marker + " alpha") < ascending.indexOf(marker + " beta"));
        assertTrue(ascending.contains("aria-sort=\"ascending\""));
        String descending = officer.request()
                .get("/cases?q=" + marker + "&sort=title&dir=desc")
                .asString();
        assertTrue(descending.indexOf(marker + " beta") < descending.indexOf(marker + " alpha"));

        String firstPage = officer.request()
                .get("/api/v1/cases?q=" + marker + "&size=1&sort=title&dir=asc")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(firstPage.contains(marker + " alpha") && !firstPage.contains(marker + " beta"));
        officer.request()
                .get("/api/v1/cases?q=" + marker + "&size=1&page=2&sort=title&dir=asc")
                .then()
                .statusCode(200)
                .body("items[0].id", org.hamcrest.Matchers.equalTo((int) b))
                .body("total", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void listPagesTwentyFiveAtATime() {
        String marker = "Paged" + ThreadLocalRandom.current().nextInt(1_000_000);
        for (int i = 0; i < 27; i++) {
            officer.request()
                    .contentType("application/json")
                    .body("{\"reference\":\"" + newReference() + "\",\"title\":\"" + marker + " " + (100 + i)
                            + "\",\"type\":\"MERGER\"}")
                    .post("/api/v1/cases")
                    .then()
                    .statusCode(201);
        }
        String first = officer.request()
                .get("/cases?q=" + marker + "&sort=title&dir=asc")
                .asString();
        assertTrue(first.contains("27 cases"));
        assertTrue(first.contains(marker + " 124") && !first.contains(marker + " 125"));
        assertTrue(first.contains("Page 1 of 2"));
        assertTrue(first.contains("rel=\"next\""));
        String second = officer.request()
                .get("/cases?q=" + marker + "&sort=title&dir=asc&page=2")
                .asString();
        assertTrue(second.contains(marker + " 125") && second.contains(marker + " 126"));
        assertTrue(!second.contains(marker + " 124"));
    }

    @Test
    void unknownQueryValuesDoNotBreakTheList() {
        officer.request()
                .get("/cases?status=NOPE&type=&sort=';drop&dir=sideways&page=abc")
                .then()
                .statusCode(200)
                .body(containsString("Cases"));
    }

    @Test
    void someoneOffTheTeamGets404OnEveryCaseRoute() {
        long id = openCase(officer, newReference(), "Secret matter", "ARTICLE_102");
        Session outsider = users.signIn("pages-outsider", Role.CASE_OFFICER);
        outsider.page("/cases/new");
        for (String path : new String[] {"/cases/" + id, "/cases/" + id + "/edit", "/api/v1/cases/" + id}) {
            outsider.request().get(path).then().statusCode(404).body(not(containsString("Secret matter")));
        }
        for (String path : new String[] {
            "/cases/" + id + "/edit",
            "/cases/" + id + "/status",
            "/cases/" + id + "/parties",
            "/cases/" + id + "/team",
            "/cases/" + id + "/key-dates",
            "/cases/" + id + "/notes"
        }) {
            outsider.form().formParam("title", "x").post(path).then().statusCode(404);
        }
        outsider.request().get("/cases?q=Secret matter").then().body(not(containsString("Secret matter</td>")));
    }

    @Test
    void aReaderOnTheTeamCanReadButNotChange() {
        long id = openCase(officer, newReference(), "Read only for some", "ARTICLE_101");
        var reader = users.ensure("pages-reader", Role.READER);
        Cases.addToTeam(officer, id, reader.id, "OFFICER");
        Session readerSession = Session.signIn("pages-reader", TestUsers.PASSWORD);
        String page = readerSession
                .page("/cases/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("Read only for some"));
        assertTrue(!page.contains("/cases/" + id + "/edit"), "no edit link for a reader");
        readerSession.request().get("/cases/" + id + "/edit").then().statusCode(403);
        readerSession
                .form()
                .formParam("noteBody", "sneaky")
                .post("/cases/" + id + "/notes")
                .then()
                .statusCode(403);
        readerSession.request().get("/cases/new").then().statusCode(403);
    }

    @Test
    void homeShowsOwnCasesAndNearestDeadlinesFlagged() {
        long id = openCase(officer, newReference(), "Deadline soon", "DMA_DESIGNATION");
        officer.page("/cases/" + id);
        String soon = java.time.LocalDate.now().plusDays(3).toString();
        officer.form()
                .formParam("dateLabel", "Designation decision")
                .formParam("dateKind", "STATUTORY_DEADLINE")
                .formParam("dateDue", soon)
                .formParam("dateBasis", "DMA Art. 3(4)")
                .post("/cases/" + id + "/key-dates")
                .then()
                .statusCode(303);
        officer.shows("/", "Deadline soon", "Designation decision", "Due soon");
    }

    @Test
    void pagesNeedLoginAndRedirectToTheLoginPage() {
        given().redirects()
                .follow(false)
                .get("/cases")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/login?return=%2Fcases"));
    }

    private static String versionOn(String page) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find());
        return version.group(1);
    }
}
