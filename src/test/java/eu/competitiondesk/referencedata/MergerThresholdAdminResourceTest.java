package eu.competitiondesk.referencedata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class MergerThresholdAdminResourceTest {

    static final String US_2031 = "{\"us\": {\"date\": \"2031-06-30\", \"sizeOfTransactionUsd\": 150000000,"
            + " \"interest\": \"ASSETS\", \"acquiringPersonUsd\": 300000000, \"acquiredPersonUsd\": 30000000}}";

    @Test
    void theShippedSetsShowTheirSourceAndWhatIsStillToVerify() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.shows(
                "/admin/merger-thresholds",
                "Regulation (EC) No 139/2004",
                "EUR 5,000,000,000",
                "Checked against the source");
        admin.shows("/admin/merger-thresholds?law=EA2002_S23", "GBP 100,000,000", "25%", "check each against the Act");
        admin.shows("/admin/merger-thresholds?law=HSR", "USD 126,400,000", "2025-02-21");
        admin.request().get("/admin/merger-thresholds?law=XX").then().statusCode(404);
    }

    static RequestSpecification usFigures(Session admin, String transaction) {
        return admin.form()
                .formParam("effectiveFrom", "2031-02-20")
                .formParam("source", "Test notice")
                .formParam("usSizeOfTransaction", transaction)
                .formParam("usSizeOfPersonSmaller", "25,000,000")
                .formParam("usSizeOfPersonLarger", "250000000")
                .formParam("usUpperThreshold", "500000000");
    }

    @Test
    void aYearAddedByAnAdministratorAnswersTheApiAtOnce() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.request()
                .contentType("application/json")
                .body(US_2031)
                .post("/api/v1/merger-control/thresholds")
                .then()
                .statusCode(200)
                .body("us.thresholdSet.effectiveFrom", equalTo("2026-02-17"));
        admin.page("/admin/merger-thresholds?law=HSR");
        usFigures(admin, "140000000")
                .post("/admin/merger-thresholds/HSR")
                .then()
                .statusCode(303);
        officer.request()
                .contentType("application/json")
                .body(US_2031)
                .post("/api/v1/merger-control/thresholds")
                .then()
                .statusCode(200)
                .body("us.reportable", equalTo(true))
                .body("us.sizeOfTransactionThresholdUsd", equalTo(140000000))
                .body("us.thresholdSet.source", equalTo("Test notice"));
        // The same effective date again corrects the set instead of adding a second one.
        usFigures(admin, "150000000")
                .post("/admin/merger-thresholds/HSR")
                .then()
                .statusCode(303);
        officer.request()
                .contentType("application/json")
                .body(US_2031)
                .post("/api/v1/merger-control/thresholds")
                .then()
                .statusCode(200)
                .body("us.reportable", equalTo(false))
                .body("us.reasons", hasItem("SIZE_OF_TRANSACTION_NOT_EXCEEDED"));
        String page = admin.page("/admin/merger-thresholds?law=HSR")
                .then()
                .statusCode(200)
                .body(containsString("USD 150,000,000"))
                .body(not(containsString("USD 140,000,000")))
                .extract()
                .asString();
        String id =
                page.replaceAll("(?s).*action=\"/admin/merger-thresholds/sets/(\\d+)/remove\".*?2031-02-20.*", "$1");
        admin.form()
                .post("/admin/merger-thresholds/sets/" + id + "/remove")
                .then()
                .statusCode(303);
        officer.request()
                .contentType("application/json")
                .body(US_2031)
                .post("/api/v1/merger-control/thresholds")
                .then()
                .statusCode(200)
                .body("us.thresholdSet.effectiveFrom", equalTo("2026-02-17"));
    }

    @Test
    void aFigureSetMissingFiguresIsRefusedWithEachFieldNamed() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.page("/admin/merger-thresholds?law=EA2002_S23");
        admin.form()
                .formParam("effectiveFrom", "2031-13-01")
                .formParam("ukTargetTurnover", "-5")
                .formParam("ukShareOfSupply", "101")
                .post("/admin/merger-thresholds/EA2002_S23")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#effectiveFrom\""))
                .body(containsString("href=\"#source\""))
                .body(containsString("href=\"#ukTargetTurnover\""))
                .body(containsString("href=\"#ukShareOfSupply\""))
                // The safe harbour and the hybrid test came later: a set from before them leaves them empty.
                .body(not(containsString("href=\"#ukSafeHarbourTurnover\"")))
                .body(not(containsString("href=\"#usSizeOfTransaction\"")));
    }

    @Test
    void onlyAdministratorsMaintainThresholds() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.page("/");
        officer.request().get("/admin/merger-thresholds").then().statusCode(403);
        officer.form()
                .formParam("effectiveFrom", "2031-02-20")
                .post("/admin/merger-thresholds/HSR")
                .then()
                .statusCode(403);
    }
}
