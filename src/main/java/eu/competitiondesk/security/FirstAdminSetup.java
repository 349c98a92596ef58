package eu.competitiondesk.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On a fresh installation, creates the first administrator from DESK_ADMIN_PASSWORD, or says in one log line how
 * to do so. Runs before the demo data so the demo never stands in for a real first account.
 */
@ApplicationScoped
public class FirstAdminSetup {

    private static final Logger LOG = Logger.getLogger(FirstAdminSetup.class);
    public static final String ADMIN_USERNAME = "admin";

    @Inject
    UserAccounts accounts;

    @ConfigProperty(name = "desk.admin-password")
    Optional<String> adminPassword;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (accounts.anyExists()) {
            return;
        }
        if (adminPassword.isPresent() && !adminPassword.get().isBlank()) {
            accounts.createBySystem(ADMIN_USERNAME, "Administrator", Role.ADMIN, adminPassword.get());
            LOG.info("Created the first account 'admin' (role ADMIN) from DESK_ADMIN_PASSWORD.");
        } else {
            LOG.warn("No user exists yet. To create the first account, restart with the environment variable"
                    + " DESK_ADMIN_PASSWORD set: an account 'admin' with role ADMIN is made with that password.");
        }
    }
}
