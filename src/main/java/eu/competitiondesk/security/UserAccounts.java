package eu.competitiondesk.security;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates and changes user accounts, each change with its audit event. Passwords are stored only as bcrypt. */
@ApplicationScoped
public class UserAccounts {

    @Inject
    AuditTrail audit;

    @Inject
    eu.competitiondesk.web.AppMessages msg;

    @Inject
    SecurityMessages securityMsg;

    @Inject
    SessionStore sessions;

    @Inject
    Event<UserRoleChanged> roleChanged;

    @Transactional
    public AppUser create(String username, String fullName, Role role, String password) {
        AppUser user = newUser(username, fullName, role, password);
        audit.record(
                null, AuditAction.USER_CREATED, "Created user " + username + " with role " + securityMsg.role(role));
        return user;
    }

    /** For the application's own accounts (first admin, demo officer), made outside any request. */
    @Transactional
    public AppUser createBySystem(String username, String fullName, Role role, String password) {
        AppUser user = newUser(username, fullName, role, password);
        audit.recordAs(
                AuditTrail.SYSTEM,
                null,
                AuditAction.USER_CREATED,
                "Created user " + username + " with role " + securityMsg.role(role));
        return user;
    }

    @Transactional
    public boolean anyExists() {
        return AppUser.count() > 0;
    }

    /**
     * Saves the change when {@code expectedVersion} is still current; otherwise throws {@link StaleVersionException},
     * changing nothing. The row lock makes check and write one step, so two admins saving at the same moment get one
     * save and one conflict, never a failed flush.
     */
    @Transactional
    public void update(long id, long expectedVersion, String fullName, Role role, String newPassword) {
        AppUser user =
                FormVersions.lockedAt(AppUser.class, id, expectedVersion, u -> u.version, StaleVersionException::new);
        StringBuilder summary = new StringBuilder("Changed user " + user.username);
        if (user.role != role) {
            summary.append(": role ")
                    .append(securityMsg.role(user.role))
                    .append(" -> ")
                    .append(securityMsg.role(role));
        }
        Role before = user.role;
        user.fullName = fullName;
        user.role = role;
        if (before != role) {
            roleChanged.fire(new UserRoleChanged(user.id, user.username, before, role));
        }
        if (newPassword != null) {
            user.passwordHash = PasswordHasher.hash(newPassword);
            int ended = sessions.endAllOf(user.id, UserSession.EndReason.PASSWORD_CHANGED, null);
            summary.append(", password reset, ").append(ended).append(" open session(s) ended");
        }
        audit.record(null, AuditAction.USER_UPDATED, summary.toString());
    }

    /**
     * A user changing their own password: the current one must be right. Every other session of the user ends, so
     * whoever else knew the old password is out at once; the session making the change stays open.
     */
    @Transactional
    public boolean changeOwnPassword(long userId, String currentPassword, String newPassword, Long keepSessionId) {
        AppUser user = AppUser.findById(userId);
        if (!PasswordHasher.matches(currentPassword == null ? "" : currentPassword, user.passwordHash)) {
            audit.record(null, AuditAction.PASSWORD_CHANGE_REFUSED, "Wrong current password given by " + user.username);
            return false;
        }
        user.passwordHash = PasswordHasher.hash(newPassword);
        int ended = sessions.endAllOf(user.id, UserSession.EndReason.PASSWORD_CHANGED, keepSessionId);
        audit.record(
                null,
                AuditAction.PASSWORD_CHANGED,
                "Changed own password; " + ended + " other session(s) of " + user.username + " ended");
        return true;
    }

    /** Deactivation ends the user's open sessions on every node at once. */
    @Transactional
    public void setActive(long id, boolean active) {
        AppUser user = changeActive(id, active);
        audit.record(null, activeAction(active), activeSummary(user, active));
    }

    /** For maintenance outside a request (and tests): recorded as done by the system. */
    @Transactional
    public void setActiveBySystem(long id, boolean active) {
        AppUser user = changeActive(id, active);
        audit.recordAs(AuditTrail.SYSTEM, null, activeAction(active), activeSummary(user, active));
    }

    private AppUser changeActive(long id, boolean active) {
        AppUser user = AppUser.findById(id);
        user.active = active;
        if (!active) {
            sessions.endAllOf(user.id, UserSession.EndReason.DEACTIVATED, null);
        }
        return user;
    }

    private static AuditAction activeAction(boolean active) {
        return active ? AuditAction.USER_ACTIVATED : AuditAction.USER_DEACTIVATED;
    }

    private static String activeSummary(AppUser user, boolean active) {
        return (active ? "Reactivated user " : "Deactivated user ") + user.username;
    }

    private static AppUser newUser(String username, String fullName, Role role, String password) {
        AppUser user = new AppUser();
        user.username = username;
        user.fullName = fullName;
        user.role = role;
        user.passwordHash = PasswordHasher.hash(password);
        user.active = true;
        user.persist();
        return user;
    }
}
