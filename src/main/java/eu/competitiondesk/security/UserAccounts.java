package eu.competitiondesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates and changes user accounts, each change with its audit event. Passwords are stored only as bcrypt. */
@ApplicationScoped
public class UserAccounts {

    @Inject
    AuditTrail audit;

    @Transactional
    public AppUser create(String username, String fullName, Role role, String password) {
        AppUser user = newUser(username, fullName, role, password);
        audit.record(null, "USER_CREATED", "Created user " + username + " with role " + role);
        return user;
    }

    /** For the application's own accounts (first admin, demo officer), made outside any request. */
    @Transactional
    public AppUser createBySystem(String username, String fullName, Role role, String password) {
        AppUser user = newUser(username, fullName, role, password);
        audit.recordAs(AuditTrail.SYSTEM, null, "USER_CREATED", "Created user " + username + " with role " + role);
        return user;
    }

    @Transactional
    public boolean anyExists() {
        return AppUser.count() > 0;
    }

    @Transactional
    public void update(long id, String fullName, Role role, String newPassword) {
        AppUser user = AppUser.findById(id);
        StringBuilder summary = new StringBuilder("Changed user " + user.username);
        if (user.role != role) {
            summary.append(": role ").append(user.role).append(" -> ").append(role);
        }
        user.fullName = fullName;
        user.role = role;
        if (newPassword != null) {
            user.passwordHash = PasswordHasher.hash(newPassword);
            summary.append(", password reset");
        }
        audit.record(null, "USER_UPDATED", summary.toString());
    }

    /** Deactivation takes effect on the user's next request: the session check reads the flag every time. */
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

    private static AppUser changeActive(long id, boolean active) {
        AppUser user = AppUser.findById(id);
        user.active = active;
        return user;
    }

    private static String activeAction(boolean active) {
        return active ? "USER_ACTIVATED" : "USER_DEACTIVATED";
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
