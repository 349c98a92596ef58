package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import eu.competitiondesk.support.XssPayloads;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Script in any text field stays text: escaped on every page that shows it, never markup. */
@Tag("application")
@QuarkusTest
class XssPayloadTest {

    @Inject
    TestUsers users;

    @Test
    void payloadsInCaseFieldsAreInertOnEveryPage() {
        Session officer = users.signIn("xss-officer", Role.CASE_OFFICER);
        for (String payload : XssPayloads.ALL) {
            long id = Cases.open(officer, Cases.newReference(), "Title " + payload, "ARTICLE_102");
            officer.page("/cases/" + id);
            officer.form()
                    .formParam("partyName", payload)
                    .formParam("partyRole", "COMPLAINANT")
                    .post("/cases/" + id + "/parties")
                    .then()
                    .statusCode(303);
            officer.form()
                    .formParam("noteBody", payload)
                    .post("/cases/" + id + "/notes")
                    .then()
                    .statusCode(303);
            officer.form()
                    .formParam("dateLabel", payload)
                    .formParam("dateKind", "MILESTONE")
                    .formParam("dateDue", "2030-01-01")
                    .post("/cases/" + id + "/key-dates")
                    .then()
                    .statusCode(303);
            for (String path : List.of(
                    "/cases/" + id,
                    "/cases/" + id + "/edit",
                    "/cases?q=Title",
                    "/",
                    "/cases/" + id + "/reports/preview")) {
                String page = officer.request()
                        .get(path)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
                assertFalse(page.contains(payload), path + " shows the payload as markup: " + payload);
                assertFalse(page.contains("<script>alert"), path);
                assertFalse(page.contains("onerror=alert(1)>"), path);
            }
            String casePage = officer.request().get("/cases/" + id).asString();
            assertTrue(casePage.contains("&lt;"), "escaped, not dropped");
            // A form sent back with errors keeps the payload as text too.
            officer.page("/cases/new");
            String again = officer.form()
                    .formParam("reference", "bad")
                    .formParam("title", payload)
                    .formParam("type", "MERGER")
                    .post("/cases")
                    .then()
                    .statusCode(422)
                    .extract()
                    .asString();
            assertFalse(again.contains(payload), "422 page: " + payload);
        }
    }
}
