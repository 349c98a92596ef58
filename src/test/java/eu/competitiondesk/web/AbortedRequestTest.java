package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Answers;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A client that hangs up halfway through its request body is no server error. */
@Tag("application")
@QuarkusTest
class AbortedRequestTest {

    @Inject
    TestUsers users;

    @Test
    void aClientThatHangsUpMidBodyLeavesNoErrorInTheLog() throws Exception {
        Session session = users.signIn("aborting-client", Role.CASE_OFFICER);
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger errorPages = Logger.getLogger(ErrorPages.class.getName());
        errorPages.addHandler(recorder);
        try {
            String body = "{\"shares\": [" + "{\"firm\": \"Firm\", \"share\": 1.0},".repeat(200);
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/concentration HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 100000\r\n"
                                + "Cookie: " + Session.SESSION_COOKIE + "=" + session.cookie(Session.SESSION_COOKIE)
                                + "\r\n"
                                + "\r\n" + body)
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // The client stops sending, as one that hangs up does; what the server makes of the short body ends
                // with the connection, which the client waits for (bounded, so a hang fails the test).
                socket.shutdownOutput();
                socket.setSoTimeout(Answers.HANG_AFTER_MS);
                InputStream in = socket.getInputStream();
                while (in.read() != -1) {
                    // Whatever the server answered is not the point; that it is done is.
                }
            }
            assertTrue(
                    errors.isEmpty(),
                    () -> "logged as errors: "
                            + errors.stream().map(LogRecord::getMessage).toList());
        } finally {
            errorPages.removeHandler(recorder);
        }
        // The server goes on answering.
        session.request().get("/api/v1/cases").then().statusCode(200);
    }
}
