package eu.competitiondesk.security;

import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.security.UserSession.EndReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
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

    @Inject
    DataSource dataSource;

    /** Keyed on first use, never written to after (see {@link #hash}); volatile so every thread sees it whole. */
    private volatile Mac keyedMac;

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

    /** What a request needs to know about the session it carries. */
    public record OpenSession(long id, long userId, String username, String fullName, Role role) {
    }

    /** The session row and its user as one read returns them. */
    private record SessionRow(OpenSession session, boolean userActive, OffsetDateTime createdAt,
            OffsetDateTime lastSeenAt) {
    }

    private static final String OPEN_SESSION_SQL = "select s.id, s.created_at, s.last_seen_at, u.id, u.username,"
            + " u.full_name, u.role, u.active from user_session s join app_user u on u.id = s.user_id"
            + " where s.token_hash = ? and s.ended_at is null";

    /**
     * The open session behind a cookie token, if it is still within its idle and absolute lifetimes and its user
     * is active. A session found too old or orphaned is ended (and audited) on the spot.
     *
     * <p>Every request asks this, and nearly always the answer is one row read and nothing written: that case is
     * one statement outside any transaction. Only a session that must be ended, or whose last-seen time is due,
     * takes the transactional path.
     */
    public Optional<OpenSession> resume(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<SessionRow> found = read(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionRow row = found.get();
        OffsetDateTime now = now();
        boolean settled = endingOf(row.userActive(), row.createdAt(), row.lastSeenAt(), now) == null
                && !touchDue(row.lastSeenAt(), now);
        return settled ? Optional.of(row.session()) : settle(row.session().id());
    }

    /** Ends the session if it has run out, or records that it was seen; inside a transaction of its own. */
    @Transactional
    Optional<OpenSession> settle(long sessionId) {
        UserSession session = UserSession.findById(sessionId);
        if (session == null || session.endedAt != null) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        EndReason ending = endingOf(session.user.active, session.createdAt, session.lastSeenAt, now);
        if (ending != null) {
            end(session, ending, now);
            return Optional.empty();
        }
        if (touchDue(session.lastSeenAt, now)) {
            session.lastSeenAt = now;
        }
        AppUser user = session.user;
        return Optional.of(new OpenSession(session.id, user.id, user.username, user.fullName, user.role));
    }

    /** Why a session must end now, or null while it may go on. */
    private EndReason endingOf(boolean userActive, OffsetDateTime createdAt, OffsetDateTime lastSeenAt,
            OffsetDateTime now) {
        return !userActive ? EndReason.DEACTIVATED
                : createdAt.plus(absoluteLifetime).isBefore(now) ? EndReason.EXPIRED
                : lastSeenAt.plus(idleTimeout).isBefore(now) ? EndReason.IDLE
                : null;
    }

    private static boolean touchDue(OffsetDateTime lastSeenAt, OffsetDateTime now) {
        return lastSeenAt.plus(TOUCH_INTERVAL).isBefore(now);
    }

    private Optional<SessionRow> read(byte[] tokenHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(OPEN_SESSION_SQL)) {
            statement.setBytes(1, tokenHash);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                OpenSession session = new OpenSession(rows.getLong(1), rows.getLong(4), rows.getString(5),
                        rows.getString(6), Role.valueOf(rows.getString(7)));
                return Optional.of(new SessionRow(session, rows.getBoolean(8),
                        rows.getObject(2, OffsetDateTime.class), rows.getObject(3, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session", e);
        }
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

    /**
     * The HMAC of {@code token} keyed with the installation's session key, the same on every node. Every request
     * asks it (the session, the form token); the keyed Mac is made once and each call works on a clone of it, since a
     * Mac is not thread-safe and keying a new one per call costs more than the digest.
     */
    byte[] hash(String token) {
        try {
            Mac keyed = keyedMac;
            if (keyed == null) {
                keyed = Mac.getInstance("HmacSHA256");
                keyed.init(new SecretKeySpec(key.orElseThrow().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                keyedMac = keyed;
            }
            Mac mac = (Mac) keyed.clone();
            return mac.doFinal(token.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime and clones", e);
        }
    }
}
