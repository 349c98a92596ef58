package eu.competitiondesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Malformed requests get a 4xx that says what is wrong, never a 500. */
@Tag("application")
@QuarkusTest
class MalformedRequestTest {

    private static void clientError(Response response, String what) {
        assertTrue(
                response.statusCode() >= 400 && response.statusCode() < 500,
                what + " answered " + response.statusCode());
    }

    @Test
    void malformedUrlEncodingInAQuery() throws Exception {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String cookie = Session.SESSION_COOKIE + "=" + officer.cookie(Session.SESSION_COOKIE);
        // Sent as raw bytes: HTTP clients refuse to send such a URL, browsers and scripts do not.
        for (String target : java.util.List.of("/cases?q=%zz", "/api/v1/cases?q=%zz", "/cases?page=%")) {
            int status = rawStatus("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(status >= 400 && status < 500, target + " answered " + status);
        }
    }

    private static int rawStatus(String request) throws Exception {
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void malformedFormBodies() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.page("/cases/new");
        clientError(
                officer.request()
                        .body("csrf-token=x&title=%zz")
                        .contentType("application/x-www-form-urlencoded")
                        .post("/cases"),
                "a bad escape in a form");
        clientError(officer.request().body("title=abc").post("/cases"), "a form without a content type");
        clientError(
                officer.request()
                        .contentType("multipart/form-data; boundary=zz")
                        .body("--zz\r\nbroken".getBytes())
                        .post("/cases/1/documents"),
                "a broken multipart body");
    }

    @Test
    void theSignInPageIsNeverStored() {
        given().get("/login").then().statusCode(200).header("Cache-Control", containsString("no-store"));
    }
}
