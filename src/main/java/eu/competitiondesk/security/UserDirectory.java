package eu.competitiondesk.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Turns credentials or a session's user name into a security identity, reading the user table each time so that
 * a deactivated account or a changed role takes effect on the very next request.
 */
@ApplicationScoped
public class UserDirectory {

    static final String USER_ID = "userId";
    static final String FULL_NAME = "fullName";

    @Transactional
    public Optional<SecurityIdentity> authenticate(String username, String password) {
        Optional<AppUser> user = AppUser.findByUsername(username);
        if (user.isEmpty()) {
            PasswordHasher.burnOneVerification(password);
            return Optional.empty();
        }
        AppUser found = user.get();
        if (!PasswordHasher.matches(password, found.passwordHash) || !found.active) {
            return Optional.empty();
        }
        return Optional.of(identityOf(found));
    }

    @Transactional
    public Optional<SecurityIdentity> resume(String username) {
        return AppUser.findByUsername(username).filter(u -> u.active).map(UserDirectory::identityOf);
    }

    private static SecurityIdentity identityOf(AppUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role.name())
                .addAttribute(USER_ID, user.id)
                .addAttribute(FULL_NAME, user.fullName)
                .build();
    }
}
