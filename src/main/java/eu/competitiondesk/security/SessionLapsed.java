package eu.competitiondesk.security;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;
import java.util.Optional;

/**
 * The request carried a session that ran out of time: it is anonymous now, but whose session it was and why it
 * ended travel with the authentication failure, so the form it posts can be kept for that user.
 */
final class SessionLapsed {

    private static final String ATTRIBUTE = "desk.session-lapsed";

    private SessionLapsed() {}

    static AuthenticationFailedException failure(SessionStore.Lapsed lapsed) {
        return new AuthenticationFailedException("session ended: " + lapsed.reason(), Map.of(ATTRIBUTE, lapsed));
    }

    static Optional<SessionStore.Lapsed> of(Throwable failure) {
        return failure instanceof AuthenticationFailedException e
                ? Optional.ofNullable(e.<SessionStore.Lapsed>getAttribute(ATTRIBUTE))
                : Optional.empty();
    }
}
