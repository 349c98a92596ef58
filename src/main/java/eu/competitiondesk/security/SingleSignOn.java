package eu.competitiondesk.security;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns a person the identity provider has vouched for into a session of this application. The provider decides who
 * the person is and which group they are in; the local account decides whether they may work here at all, so an
 * administrator can still shut someone out by deactivating the account.
 *
 * <p>After this the person holds an ordinary session, with the same idle and absolute lifetimes, sign-out and
 * revocation as a password sign-in.
 */
@ApplicationScoped
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class);

    public sealed interface Outcome {}

    public record Opened(String token, long userId) implements Outcome {}

    public record Refused(Reason reason) implements Outcome {}

    public enum Reason {
        NO_USER_NAME,
        NO_ROLE,
        DEACTIVATED
    }

    /** What the identity provider says about the person. */
    public record Claims(String username, String fullName, Optional<Role> role) {}

    /** The width of app_user.username. */
    static final int MAX_USERNAME = 64;

    private static final int MAX_FULL_NAME = 200;

    private final SecureRandom random = new SecureRandom();

    @Inject
    SessionStore sessions;

    @Inject
    AuditTrail audit;

    @Inject
    Event<UserRoleChanged> roleChanged;

    @Transactional
    public Outcome signIn(Claims claims, String address) {
        String username = claims.username() == null ? "" : claims.username().trim();
        if (username.isEmpty() || username.length() > MAX_USERNAME) {
            return refuse(
                    AuditTrail.SYSTEM,
                    Reason.NO_USER_NAME,
                    "Single sign-on without a usable user name from " + address);
        }
        if (claims.role().isEmpty()) {
            return refuse(
                    AuditTrail.SYSTEM,
                    Reason.NO_ROLE,
                    "Single sign-on for " + username + " from " + address + " refused: in no Competition Desk group");
        }
        Role role = claims.role().get();
        AppUser user = AppUser.findByUsername(username).orElse(null);
        if (user == null) {
            user = provision(username, claims.fullName(), role);
        } else if (!user.active) {
            return refuse(
                    user.username,
                    Reason.DEACTIVATED,
                    "Single sign-on for " + user.username + " from " + address + " refused: account deactivated");
        } else if (user.role != role) {
            audit.recordAs(
                    AuditTrail.SYSTEM,
                    null,
                    AuditAction.USER_UPDATED,
                    "Changed user " + user.username + ": role " + user.role + " -> " + role
                            + " as the identity provider's groups say");
            roleChanged.fire(new UserRoleChanged(user.id, user.username, user.role, role));
            user.role = role;
        }
        String token = sessions.open(user);
        audit.recordAs(user.username, null, AuditAction.LOGIN, "Signed in through single sign-on from " + address);
        return new Opened(token, user.id);
    }

    private AppUser provision(String username, String fullName, Role role) {
        AppUser user = new AppUser();
        user.username = username;
        String name = fullName == null || fullName.isBlank() ? username : fullName.trim();
        user.fullName = name.length() > MAX_FULL_NAME ? name.substring(0, MAX_FULL_NAME) : name;
        user.role = role;
        // The account never signs in with a password: its hash is of a random secret nobody knows.
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        user.passwordHash = PasswordHasher.hash(Base64.getEncoder().encodeToString(secret));
        user.active = true;
        user.persist();
        audit.recordAs(
                AuditTrail.SYSTEM,
                null,
                AuditAction.USER_CREATED,
                "Created user " + username + " with role " + role + " at their first single sign-on");
        return user;
    }

    private Outcome refuse(String actor, Reason reason, String summary) {
        LOG.info(summary);
        audit.recordAs(actor, null, AuditAction.LOGIN_FAILED, summary);
        return new Refused(reason);
    }
}
