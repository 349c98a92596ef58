package eu.competitiondesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Requests a careless client or an attacker sends get a clear answer, never a 500 and never a foreign host. */
@Tag("application")
@QuarkusTest
class RequestHardeningTest {

    @Test
    void aStateChangingJsonCallWithoutAJsonBodyIsRefusedAndChangesNothing() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String body = "{\"reference\":\"AT.99871\",\"title\":\"Sent as text\",\"type\":\"ARTICLE_101\"}";
        // No Content-Type at all, and text/plain: both a browser could send across sites without asking.
        officer.request()
                .body(body.getBytes())
                .post("/api/v1/cases")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
        officer.request()
                .contentType("text/plain")
                .body(body)
                .post("/api/v1/cases")
                .then()
                .statusCode(415);
        officer.request().get("/api/v1/cases?q=AT.99871").then().statusCode(200).body("items", hasSize(0));
        // A JSON body with a charset parameter is JSON.
        officer.request()
                .contentType("application/json; charset=UTF-8")
                .body("{\"shares\":[{\"firm\":\"A\",\"share\":10}]}")
                .post("/api/v1/concentration")
                .then()
                .statusCode(200);
    }

    @Test
    void redirectsNeverNameTheHostTheRequestMadeUp() {
        Response login = given().redirects()
                .follow(false)
                .header("Host", "attacker.example:9999")
                .get("/cases");
        String location = login.header("Location");
        assertTrue(location != null && location.startsWith("/"), "relative: " + location);
        assertFalse(location.contains("attacker.example"));
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.page("/cases/new");
        Response created = officer.form()
                .header("Host", "attacker.example")
                .formParam("reference", "AT.99872")
                .formParam("title", "Redirect probe")
                .formParam("type", "ARTICLE_102")
                .formParam("openedOn", "2025-03-14")
                .post("/cases");
        assertTrue(created.statusCode() == 303 || created.statusCode() == 422, "status " + created.statusCode());
        if (created.statusCode() == 303) {
            assertFalse(created.header("Location").contains("attacker.example"), created.header("Location"));
            assertTrue(created.header("Location").startsWith("/cases/"), created.header("Location"));
        }
    }

    @Test
    void aFlashCookieThisApplicationDidNotWriteIsIgnored() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.request()
                .cookie("desk-flash", "%zz%")
                .get("/cases")
                .then()
                .statusCode(200)
                .body(not(containsString("%zz")));
    }

    @Test
    void aPageNumberBeyondAnyListIsTheLastPageNotAnError() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.request().get("/cases?page=2147483647").then().statusCode(200);
        officer.request()
                .get("/api/v1/cases?page=2147483647")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void aHugeBadBodyGetsABoundedAnswerFast() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        StringBuilder body = new StringBuilder("{\"shares\":[");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"firm\":\"F").append(i).append("\",\"share\":-1}");
        }
        body.append("]}");
        officer.request()
                .contentType("application/json")
                .body(body.toString())
                .post("/api/v1/concentration")
                .then()
                .statusCode(400)
                .body("errors", hasSize(ApiProblem.MAX_ERRORS))
                .body("detail", containsString("the first 100 of 10000"));
    }

    @Test
    void controlCharactersStoredEarlierDoNotBreakAnyExport() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        Response created = officer.request()
                .contentType("application/json")
                .body("{\"reference\":\"AT.99873\","
                        + "\"title\":\"Control characters\",\"type\":\"ARTICLE_101\",\"openedOn\":\"2025-03-14\","
                        + "\"summary\":\"before\\u0001after\\uffff end\"}")
                .post("/api/v1/cases");
        if (created.statusCode() != 201) {
            // Refused on the way in is as good: nothing was stored that could break an export.
            assertTrue(created.statusCode() == 400, "status " + created.statusCode());
            return;
        }
        String id = created.then().extract().path("id").toString();
        for (String format : java.util.List.of("pdf", "docx")) {
            officer.request()
                    .contentType("application/json")
                    .body("{\"edition\":\"confidential\",\"format\":\"" + format + "\"}")
                    .post("/api/v1/cases/" + id + "/reports")
                    .then()
                    .statusCode(201);
        }
    }
}
