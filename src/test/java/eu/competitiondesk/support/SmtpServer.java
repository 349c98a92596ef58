package eu.competitiondesk.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port for the tests of e-mail: the application is pointed at it and turned
 * on for e-mail, and the test reads what arrived.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    public static final String LINK_BASE = "https://desk.test.example";

    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return Map.of(
                "desk.mail.enabled", "true",
                "desk.mail.link-base", LINK_BASE,
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "desk@test.example");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The server the application sends to. */
    public static GreenMail server() {
        return server;
    }
}
