package eu.competitiondesk.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production node without a configured session key. Without one, Quarkus would make up a key
 * per process: every restart would sign everyone out, and nodes behind one load balancer could not read each
 * other's sessions.
 */
@ApplicationScoped
public class SessionKeyCheck {

    static final int MIN_LENGTH = 16;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        check(LaunchMode.current(), sessionKey);
    }

    static void check(LaunchMode mode, Optional<String> key) {
        if (mode != LaunchMode.NORMAL) {
            return;
        }
        if (key.isEmpty() || key.get().isBlank() || key.get().length() < MIN_LENGTH) {
            throw new IllegalStateException("Set DESK_SESSION_KEY to a secret of at least " + MIN_LENGTH
                    + " characters, the same on every node, before starting Competition Desk.");
        }
    }
}
