package eu.competitiondesk.referencedata;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.reports.EditionPolicies;
import eu.competitiondesk.reports.ReportEdition;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The band tables are reference data: listed with source and date, recorded and removed by an administrator. */
@Tag("application")
@QuarkusTest
class ShareBandAdminResourceTest {

    @Inject
    EditionPolicies policies;

    @Test
    void aTableRecordedForALaterDateGovernsReportsFromThatDateOnly() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        // The shipped table (in force from 1990-09-21) unless a walk of every form has replaced it meanwhile.
        admin.shows("/admin/share-bands", "[0-5], [5-10], [10-20]", "In force from", "Source");
        admin.form()
                .formParam("effectiveFrom", "2099-01-01")
                .formParam("upperBounds", "5, 3, 100")
                .formParam("source", "Test practice")
                .post("/admin/share-bands")
                .then()
                .statusCode(422)
                .body(containsString("each above the one before"))
                .body(containsString("5, 3, 100"));
        admin.form()
                .formParam("effectiveFrom", "2099-01-01")
                .formParam("upperBounds", "25, 50, 75, 100")
                .formParam("source", "Test practice of quarter bands")
                .post("/admin/share-bands")
                .then()
                .statusCode(303);
        String page = admin.page("/admin/share-bands").asString();
        assertTrue(page.contains("[0-25], [25-50], [50-75], [75-100]"), "listed with its bands");
        BigDecimal secret = new BigDecimal("23.4567");
        assertEquals(
                "[0-25]%",
                policies.of(ReportEdition.PUBLIC, LocalDate.of(2099, 6, 1)).share(secret, true, "x"));
        assertEquals(
                "[20-30]%",
                policies.of(ReportEdition.PUBLIC, LocalDate.of(2098, 12, 31)).share(secret, true, "x"));
        assertEquals(
                "23.4567%",
                policies.of(ReportEdition.CONFIDENTIAL, LocalDate.of(2099, 6, 1))
                        .share(secret, true, "23.4567%"));
        Matcher remove = Pattern.compile("(?s)action=\"(/admin/share-bands/\\d+/remove)\"[^>]*>.{0,600}?2099-01-01")
                .matcher(page);
        assertTrue(remove.find(), "a remove button for the table");
        admin.form().post(remove.group(1)).then().statusCode(303);
        assertEquals(
                "[20-30]%",
                policies.of(ReportEdition.PUBLIC, LocalDate.of(2099, 6, 1)).share(secret, true, "x"));
        admin.request()
                .get("/admin/audit")
                .then()
                .body(containsString("Recorded the share band table in force from 2099-01-01"))
                .body(containsString("Removed the share band table in force from 2099-01-01"));

        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.request().get("/admin/share-bands").then().statusCode(403);
    }
}
