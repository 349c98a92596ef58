package eu.competitiondesk.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production node without a configured session key. The key protects the session token hashes
 * and signs CSRF tokens; a made-up key per process would make nodes behind one load balancer refuse each other's
 * forms and would let a copy of the session table be checked offline. A configuration error prints its message alone,
 * in one line.
 */
@ApplicationScoped
public class SessionKeyCheck {

    static final int MIN_LENGTH = 32;

    @ConfigProperty(name = "desk.session.key")
    Optional<String> sessionKey;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        check(LaunchMode.current(), sessionKey);
    }

    static void check(LaunchMode mode, Optional<String> key) {
        if (mode != LaunchMode.NORMAL) {
            return;
        }
        if (key.isEmpty() || key.get().isBlank() || key.get().length() < MIN_LENGTH) {
            throw new ConfigurationException("Set DESK_SESSION_KEY to a secret of at least " + MIN_LENGTH
                    + " characters, the same on every node, before starting Competition Desk.");
        }
    }
}
