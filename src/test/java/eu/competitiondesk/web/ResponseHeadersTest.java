package eu.competitiondesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseHeadersTest {

    @Test
    void everyResponseForbidsSniffingFramingAndForeignReferrers() {
        given().get("/login").then().header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin")).header("X-Frame-Options", equalTo("DENY"));
        given().get("/static/desk.css").then().header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        given().get("/login").then().header("Content-Security-Policy", equalTo(ContentSecurityPolicy.POLICY));
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.request().get("/cases").then().header("Content-Security-Policy",
                containsString("default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"));
        officer.request().get("/api/v1/cases").then().header("Content-Security-Policy",
                containsString("frame-ancestors 'none'"));
    }

    @Test
    void casePagesAndApiAnswersAreNeverCached() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.request().get("/cases").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        officer.request().get("/api/v1/cases").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        officer.request().get("/").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        // Static assets hold no case data and may be cached.
        given().get("/static/desk.css").then().header("Cache-Control", not(containsString("no-store")));
    }
}
