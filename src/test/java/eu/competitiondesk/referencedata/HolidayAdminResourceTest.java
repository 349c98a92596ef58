package eu.competitiondesk.referencedata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class HolidayAdminResourceTest {

    static final String DMA_2041 = "{\"financialYears\":[2038,2039,2040],\"unionTurnoverEur\":[1,1,1],"
            + "\"notificationDate\":\"2041-01-07\",\"services\":[]}";

    @Test
    void shippedYearIsCompleteWithItsSource() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.shows("/admin/holidays?year=2023", "Anniversary of the Schuman Declaration", "OJ C 201 I, 28.5.2021");
        admin.shows("/admin/holidays?year=2042", "deadlines in it skip weekends only");
    }

    @Test
    void aHolidayAddedByAnAdminMovesTheNextDeadline() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        // Monday 7 Jan 2041 + 45 working days, weekends only: Monday 11 Mar 2041.
        officer.request()
                .contentType("application/json")
                .body(DMA_2041)
                .post("/api/v1/dma/evaluate")
                .then()
                .statusCode(200)
                .body("designationDeadline", equalTo("2041-03-11"));
        admin.page("/admin/holidays?year=2041");
        admin.form()
                .formParam("day", "2041-02-05")
                .formParam("label", "Test holiday")
                .post("/admin/holidays")
                .then()
                .statusCode(303);
        admin.form()
                .formParam("day", "2041-02-05")
                .formParam("label", "Again")
                .post("/admin/holidays")
                .then()
                .statusCode(422)
                .body(containsString("already a holiday"));
        admin.form()
                .formParam("day", "2041-02-31")
                .formParam("label", "")
                .post("/admin/holidays")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#day\""))
                .body(containsString("href=\"#label\""));
        officer.request()
                .contentType("application/json")
                .body(DMA_2041)
                .post("/api/v1/dma/evaluate")
                .then()
                .statusCode(200)
                .body("designationDeadline", equalTo("2041-03-12"));
        admin.form()
                .formParam("year", "2041")
                .formParam("source", "Test decision")
                .post("/admin/holidays/years")
                .then()
                .statusCode(303);
        officer.request()
                .contentType("application/json")
                .body(DMA_2041)
                .post("/api/v1/dma/evaluate")
                .then()
                .body(
                        "findings.find { it.id == 'designation-deadline' }.basis",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(containsString("only weekends"))));
        admin.form().post("/admin/holidays/2041-02-05/remove").then().statusCode(303);
        officer.request()
                .contentType("application/json")
                .body(DMA_2041)
                .post("/api/v1/dma/evaluate")
                .then()
                .body("designationDeadline", equalTo("2041-03-11"));
    }

    @Test
    void onlyAdminsMaintainHolidays() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.page("/");
        officer.request().get("/admin/holidays").then().statusCode(403);
        officer.form()
                .formParam("day", "2041-06-01")
                .formParam("label", "Sneaky")
                .post("/admin/holidays")
                .then()
                .statusCode(403);
    }
}
