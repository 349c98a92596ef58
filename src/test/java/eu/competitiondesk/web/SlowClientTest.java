package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.CaseFixtures;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Clients that announce a body and then send it slowly, or never finish it, cost the server a socket each, not a
 * worker: while 50 of them hold connections open on the sign-in form and on a signed-in form, an officer's pages and
 * saves are answered as usual. A request of the officer's that waited for a worker would run into the client's five
 * second socket timeout and fail the test. A body that never ends is dropped with 408 once its time is up.
 */
@Tag("application")
@QuarkusTest
class SlowClientTest {

    static final int SLOW_CLIENTS = 50;

    @Inject
    CaseFixtures fixtures;

    /** A request of the officer's that is not answered within this fails. */
    private static final RestAssuredConfig NO_WAITING = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", 5_000)
                    .setParam("http.connection.timeout", 5_000));

    @Test
    void halfSentBodiesHoldNoWorkerWhileAnOfficerWorks() throws Exception {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        long caseId = fixtures.demoCaseId();
        Matcher assessment = Pattern.compile("/cases/" + caseId + "/assessments/\\d+")
                .matcher(officer.request().get("/cases/" + caseId).asString());
        assertTrue(assessment.find());
        Matcher section = Pattern.compile(assessment.group() + "/sections/[a-z0-9-]+")
                .matcher(officer.request().get(assessment.group()).asString());
        assertTrue(section.find());
        String sectionPage = section.group();
        officer.page("/cases/" + caseId);
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(
                        i % 2 == 0
                                ? halfSent("/login", "")
                                : halfSent(
                                        "/cases/" + caseId + "/notes",
                                        "Cookie: " + Session.SESSION_COOKIE + "="
                                                + officer.cookie(Session.SESSION_COOKIE) + "; desk-form-token="
                                                + officer.cookie("desk-form-token") + "\r\n"));
            }
            for (int round = 0; round < 3; round++) {
                for (String page : List.of("/cases", "/cases/" + caseId, sectionPage, "/q/health/ready")) {
                    assertEquals(
                            200, officer.request().config(NO_WAITING).get(page).statusCode(), page);
                }
                assertEquals(
                        303,
                        officer.form()
                                .config(NO_WAITING)
                                .formParam("noteBody", "Written while 50 clients" + " dawdle, round " + round)
                                .post("/cases/" + caseId + "/notes")
                                .statusCode());
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyThatNeverEndsIsDroppedWhenItsTimeIsUp() throws Exception {
        try (Socket socket = halfSent("/login", "")) {
            // The test profile gives a body three seconds (desk.http.body-timeout); the read gives up after twenty.
            socket.setSoTimeout(20_000);
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 408"), status);
        }
    }

    /** A connection that announces a 1,000-byte form and sends twenty bytes of it. */
    private static Socket halfSent(String path, String headers) throws Exception {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.getOutputStream()
                .write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n"
                                + headers + "\r\n"
                                + "noteBody=just+the+start")
                        .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }
}
