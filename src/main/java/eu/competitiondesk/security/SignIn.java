package eu.competitiondesk.security;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.security.UserSession.EndReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Signing in and out with a user name and password: throttling, the check itself, the new session and the audit
 * record, all in one transaction. Neither the password nor an unknown user name (which may be a mistyped
 * password) is ever written to a log or the audit trail.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class);

    /** What became of a sign-in attempt. */
    public sealed interface Outcome {}

    public record Opened(String token, long userId) implements Outcome {}

    public record Refused() implements Outcome {}

    public record Held(Duration retryAfter) implements Outcome {}

    @Inject
    UserDirectory users;

    @Inject
    LoginThrottle throttle;

    @Inject
    SessionStore sessions;

    @Inject
    AuditTrail audit;

    @Transactional
    public Outcome attempt(String username, String password, String address) {
        String typed = username == null ? "" : username.trim();
        // A name no account can have (control characters, a NUL, 10,000 characters) is counted as one unknown name:
        // it is never looked up, stored or logged as typed.
        String name = typed.matches(AppUser.USERNAME_PATTERN) ? typed : "";
        throttle.lockAccount(name);
        Optional<AppUser> account = AppUser.findByUsername(name);
        String who = account.map(a -> a.username).orElse("unknown account");
        Optional<Duration> held = throttle.heldFor(name, address);
        if (held.isPresent()) {
            LOG.warnf(
                    "Sign-in held for %s from %s for another %d s after repeated failures",
                    who, address, held.get().toSeconds());
            audit.recordAs(
                    account.isPresent() ? who : AuditTrail.SYSTEM,
                    null,
                    AuditAction.LOGIN_THROTTLED,
                    "Sign-in for " + who + " from " + address + " refused unchecked: too many failures");
            return new Held(held.get());
        }
        Optional<AppUser> user = users.verify(name, password == null ? "" : password);
        throttle.record(name, address, user.isPresent());
        if (user.isEmpty()) {
            LOG.infof("Failed sign-in for %s from %s", who, address);
            audit.recordAs(
                    account.isPresent() ? who : AuditTrail.SYSTEM,
                    null,
                    AuditAction.LOGIN_FAILED,
                    "Failed sign-in for " + who + " from " + address);
            return new Refused();
        }
        String token = sessions.open(user.get());
        audit.recordAs(user.get().username, null, AuditAction.LOGIN, "Signed in from " + address);
        return new Opened(token, user.get().id);
    }

    public void signOut(String token) {
        sessions.end(token, EndReason.SIGN_OUT);
    }
}
