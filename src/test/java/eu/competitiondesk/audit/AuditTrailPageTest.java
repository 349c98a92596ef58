package eu.competitiondesk.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class AuditTrailPageTest {

    private static final String CELL = "<td class=\"govuk-table__cell\">";

    @Inject
    TestUsers users;

    @Test
    void theTeamSeesItsCasesTrailFilteredByAction() {
        Session officer = users.signIn("audit-officer", Role.CASE_OFFICER);
        String reference = Cases.newReference();
        long id = Cases.open(officer, reference, "Audited case", "ARTICLE_102");
        officer.page("/cases/" + id);
        officer.form()
                .formParam("noteBody", "A note for the trail")
                .post("/cases/" + id + "/notes")
                .then()
                .statusCode(303);
        String all = officer.request()
                .get("/cases/" + id + "/audit")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(all.contains(CELL + "Case created<") && all.contains(CELL + "Note added<"), all);
        String created = officer.request()
                .get("/cases/" + id + "/audit?action=CASE_CREATED")
                .asString();
        assertTrue(created.contains("Opened case " + reference));
        assertFalse(created.contains(CELL + "Note added<"), "filtered to one action");
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertTrue(officer.request()
                .get("/cases/" + id + "/audit?from=" + tomorrow)
                .asString()
                .contains("No events match."));
    }

    @Test
    void adminsSeeEveryEventIncludingSignInsOthersDoNot() {
        Session plain = users.signIn("audit-plain", Role.CASE_OFFICER);
        plain.request().get("/admin/audit").then().statusCode(403);
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String logins = admin.request()
                .get("/admin/audit?action=LOGIN&actor=audit-plain")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(logins.contains("Signed in from"), logins);
        assertFalse(logins.contains(CELL + "Case created<"));
    }

    @Test
    void anyPageNumberGivesAPageOrAClearRefusalNeverAFailure() {
        Session officer = users.signIn("audit-pager", Role.CASE_OFFICER);
        long id = Cases.open(officer, Cases.newReference(), "Paged trail", "ARTICLE_102");
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        for (var trail : java.util.List.of(
                java.util.Map.entry(officer, "/cases/" + id + "/audit"), java.util.Map.entry(admin, "/admin/audit"))) {
            // Far past the end: the last page, with events on it.
            String last = trail.getKey()
                    .request()
                    .get(trail.getValue() + "?page=2147483647")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(last.contains(CELL), "the last page shows events: " + trail.getValue());
            trail.getKey()
                    .request()
                    .get(trail.getValue() + "?page=99999999999999999999")
                    .then()
                    .statusCode(200);
            for (String bad : java.util.List.of("-1", "abc", "1.5")) {
                trail.getKey()
                        .request()
                        .get(trail.getValue() + "?page=" + bad)
                        .then()
                        .statusCode(400);
            }
        }
    }

    @Test
    void aFormWithThousandsOfFieldsIsRefusedWithThePageNamingTheLimit() {
        Session officer = users.signIn("audit-fields", Role.CASE_OFFICER);
        long id = Cases.open(officer, Cases.newReference(), "Many fields", "ARTICLE_102");
        officer.page("/cases/" + id);
        var form = officer.form();
        for (int i = 0; i < 5_000; i++) {
            form.formParam("noteBody", "x");
        }
        String page = form.post("/cases/" + id + "/notes")
                .then()
                .statusCode(413)
                .extract()
                .asString();
        assertTrue(page.contains("A form can have at most 1000 fields"), page);
    }
}
