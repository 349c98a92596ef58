package eu.competitiondesk.support;

import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.security.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Makes the users a test needs, once per test run. */
@ApplicationScoped
public class TestUsers {

    public static final String PASSWORD = "correct horse battery";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String DEMO_OFFICER = "officer";
    public static final String DEMO_PASSWORD = "officer";

    @Inject
    UserAccounts accounts;

    @Transactional
    public AppUser ensure(String username, Role role) {
        return AppUser.findByUsername(username)
                .orElseGet(() -> accounts.createBySystem(username, "Test " + username, role, PASSWORD));
    }

    /** Makes the user if needed and signs them in with the test password. */
    public Session signIn(String username, Role role) {
        ensure(username, role);
        return Session.signIn(username, PASSWORD);
    }

    @Transactional
    public AppUser reload(long id) {
        return AppUser.findById(id);
    }
}
