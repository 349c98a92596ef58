package eu.competitiondesk.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Checks credentials against the user table and turns a user into the security identity of a request. */
@ApplicationScoped
public class UserDirectory {

    static final String USER_ID = "userId";
    static final String FULL_NAME = "fullName";
    static final String SESSION_ID = "sessionId";

    /** The active user with this name and password. An unknown name costs the same time as a wrong password. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AppUser> verify(String username, String password) {
        Optional<AppUser> user = AppUser.findByUsername(username);
        if (user.isEmpty()) {
            PasswordHasher.burnOneVerification(password);
            return Optional.empty();
        }
        AppUser found = user.get();
        if (!PasswordHasher.matches(password, found.passwordHash) || !found.active) {
            return Optional.empty();
        }
        return user;
    }

    /** A user as a document names them: the full name where the account has one, else the user name. */
    public String displayName(String username) {
        return AppUser.findByUsername(username)
                .map(u -> u.fullName == null || u.fullName.isBlank() ? u.username : u.fullName)
                .orElse(username);
    }

    static SecurityIdentity identityOf(SessionStore.OpenSession session) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(session.username()))
                .addRole(session.role().name())
                .addAttribute(USER_ID, session.userId())
                .addAttribute(FULL_NAME, session.fullName())
                .addAttribute(SESSION_ID, session.id())
                .build();
    }
}
