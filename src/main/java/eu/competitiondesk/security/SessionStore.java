package eu.competitiondesk.security;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.platform.InstallationKey;
import eu.competitiondesk.security.UserSession.EndReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    @Inject
    InstallationKey installationKey;

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
    public record OpenSession(long id, long userId, String username, String fullName, Role role) {}

    /** The session row and its user as one read returns them. */
    private record SessionRow(
            OpenSession session, boolean userActive, OffsetDateTime createdAt, OffsetDateTime lastSeenAt) {}

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
        return resume(token, true);
    }

    /**
     * As {@link #resume(String)}; with {@code activity} false the request does not count as the user's activity
     * (the page asking how long its session has left), so it never keeps an idle session alive.
     */
    public Optional<OpenSession> resume(String token, boolean activity) {
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
                && !(activity && touchDue(row.lastSeenAt(), now));
        return settled ? Optional.of(row.session()) : settle(row.session().id(), activity);
    }

    /** A session that ran out of time (idle or absolute lifetime) rather than being ended by someone. */
    public record Lapsed(long userId, UserSession.EndReason reason) {}

    /**
     * The session behind a token if it ended by running out of time within the last {@code within}: the request
     * that finds it may keep the form it carries for its user. A session ended by sign-out, a password change or
     * an administrator gives nothing.
     */
    @Transactional
    public Optional<Lapsed> lapsed(String token, Duration within) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return UserSession.<UserSession>find(
                        "tokenHash = ?1 and endReason in ?2 and endedAt > ?3",
                        hash(token),
                        List.of(EndReason.IDLE, EndReason.EXPIRED),
                        now().minus(within))
                .firstResultOptional()
                .map(s -> new Lapsed(s.user.id, s.endReason));
    }

    /** When the open session {@code sessionId} ends unless there is activity, and when it ends regardless. */
    public record Remaining(OffsetDateTime idleEnd, OffsetDateTime absoluteEnd) {}

    @Transactional
    public Optional<Remaining> remaining(long sessionId) {
        return UserSession.<UserSession>findByIdOptional(sessionId)
                .filter(s -> s.endedAt == null)
                .map(s -> new Remaining(s.lastSeenAt.plus(idleTimeout), s.createdAt.plus(absoluteLifetime)));
    }

    /** The user asked to stay signed in: the idle timeout starts again now (the absolute lifetime does not). */
    @Transactional
    public Optional<Remaining> keepAlive(long sessionId) {
        UserSession session = UserSession.findById(sessionId);
        if (session == null || session.endedAt != null) {
            return Optional.empty();
        }
        session.lastSeenAt = now();
        return Optional.of(
                new Remaining(session.lastSeenAt.plus(idleTimeout), session.createdAt.plus(absoluteLifetime)));
    }

    /** Ends the session if it has run out, or records that it was seen; inside a transaction of its own. */
    @Transactional
    Optional<OpenSession> settle(long sessionId, boolean activity) {
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
        if (activity && touchDue(session.lastSeenAt, now)) {
            session.lastSeenAt = now;
        }
        AppUser user = session.user;
        return Optional.of(new OpenSession(session.id, user.id, user.username, user.fullName, user.role));
    }

    /** Why a session must end now, or null while it may go on. */
    private EndReason endingOf(
            boolean userActive, OffsetDateTime createdAt, OffsetDateTime lastSeenAt, OffsetDateTime now) {
        return !userActive
                ? EndReason.DEACTIVATED
                : createdAt.plus(absoluteLifetime).isBefore(now)
                        ? EndReason.EXPIRED
                        : lastSeenAt.plus(idleTimeout).isBefore(now) ? EndReason.IDLE : null;
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
                OpenSession session = new OpenSession(
                        rows.getLong(1),
                        rows.getLong(4),
                        rows.getString(5),
                        rows.getString(6),
                        Role.valueOf(rows.getString(7)));
                return Optional.of(new SessionRow(
                        session,
                        rows.getBoolean(8),
                        rows.getObject(2, OffsetDateTime.class),
                        rows.getObject(3, OffsetDateTime.class)));
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
        audit.recordAs(
                session.user.username,
                null,
                AuditAction.SESSION_ENDED,
                "Session " + session.id + " of " + session.user.username + " ended: " + reason.words());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The HMAC of {@code token} under the installation's key, the same on every node. */
    byte[] hash(String token) {
        return installationKey.hmac(token);
    }
}
