package eu.competitiondesk.security;

import eu.competitiondesk.security.UserSession.EndReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server-side sign-in sessions. Because they live in PostgreSQL, every node sees the same sessions, and ending one
 * (sign-out, password change, deactivation) takes effect everywhere at once.
 *
 * <p>The browser's token is 256 random bits. The table stores HMAC-SHA256(session key, token), so neither a copy of
 * the table nor a guessed row opens a session without the configured key.
 */
@ApplicationScoped
public class SessionStore {

    /** last_seen_at is written at most this often, so a busy user does not cost a write per request. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();

    @ConfigProperty(name = "desk.session.key")
    Optional<String> key;

    @ConfigProperty(name = "desk.session.idle-timeout")
    Duration idleTimeout;

    @ConfigProperty(name = "desk.session.absolute-lifetime")
    Duration absoluteLifetime;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Opens a session for a user who has just proved who they are, and returns the token for the cookie. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String open(AppUser user) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        UserSession session = new UserSession();
        session.tokenHash = hash(token);
        session.user = user;
        session.createdAt = now();
        session.lastSeenAt = session.createdAt;
        session.persist();
        return token;
    }

    /**
     * The open session behind a cookie token, if it is still within its idle and absolute lifetimes and its user
     * is active. A session found too old or orphaned is ended (and audited) on the spot.
     */
    @Transactional
    public Optional<UserSession> resume(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<UserSession> found = UserSession.findOpenByTokenHash(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserSession session = found.get();
        OffsetDateTime now = now();
        EndReason ending = !session.user.active ? EndReason.DEACTIVATED
                : session.createdAt.plus(absoluteLifetime).isBefore(now) ? EndReason.EXPIRED
                : session.lastSeenAt.plus(idleTimeout).isBefore(now) ? EndReason.IDLE
                : null;
        if (ending != null) {
            end(session, ending, now);
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_INTERVAL).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return found;
    }

    /** Ends the session behind a token (sign-out). Unknown or already ended tokens are ignored. */
    @Transactional
    public void end(String token, EndReason reason) {
        if (token != null && TOKEN_SHAPE.matcher(token).matches()) {
            UserSession.findOpenByTokenHash(hash(token)).ifPresent(s -> end(s, reason, now()));
        }
    }

    /** Ends every open session of a user except, when given, the one making the change. Returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAllOf(long userId, EndReason reason, Long keepSessionId) {
        List<UserSession> open = UserSession.list("user.id = ?1 and endedAt is null", userId);
        OffsetDateTime now = now();
        int ended = 0;
        for (UserSession session : open) {
            if (!session.id.equals(keepSessionId)) {
                end(session, reason, now);
                ended++;
            }
        }
        return ended;
    }

    private void end(UserSession session, EndReason reason, OffsetDateTime at) {
        session.end(reason, at);
        audit.recordAs(session.user.username, null, "SESSION_ENDED",
                "Session " + session.id + " of " + session.user.username + " ended: " + reason);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private byte[] hash(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.orElseThrow().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(token.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
