package eu.competitiondesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class ResponseHeadersTest {

    @Test
    void everyResponseForbidsSniffingFramingAndForeignReferrers() {
        given().get("/login")
                .then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("X-Frame-Options", equalTo("DENY"));
        given().get("/static/desk.css").then().header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        given().get("/login").then().header("Content-Security-Policy", equalTo(SecurityHeaders.POLICY));
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.request()
                .get("/cases")
                .then()
                .header(
                        "Content-Security-Policy",
                        containsString(
                                "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"));
        officer.request()
                .get("/api/v1/cases")
                .then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        // Also on what no resource writes: static files, sign-in redirects, 401s and 404s.
        given().get("/static/desk.css").then().header("Content-Security-Policy", equalTo(SecurityHeaders.POLICY));
        given().redirects()
                .follow(false)
                .get("/cases")
                .then()
                .statusCode(302)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.POLICY));
        given().get("/api/v1/cases")
                .then()
                .statusCode(401)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.POLICY));
        officer.request()
                .get("/no-such-page")
                .then()
                .statusCode(404)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.POLICY));
    }

    @Test
    void strictTransportSecurityOnlyOverTlsAndOnlyFromTrustedProxies() {
        given().get("/login").then().header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
        // The local proxy (127.0.0.1 is trusted) says the browser used TLS.
        given().header("X-Forwarded-Proto", "https")
                .get("/login")
                .then()
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
        given().header("X-Forwarded-Proto", "https")
                .get("/static/desk.css")
                .then()
                .header("Strict-Transport-Security", containsString("max-age="));
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
