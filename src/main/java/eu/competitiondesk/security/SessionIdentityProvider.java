package eu.competitiondesk.security;

import eu.competitiondesk.web.KeptForms;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Restores the identity behind a session token. The session and its user are read on every request, so an ended
 * session, a deactivated account or a changed role takes effect on the very next request, on every node.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {

    @Inject
    SessionStore sessions;

    @Override
    public Class<SessionTokenRequest> getRequestType() {
        return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resume(request.token, request.activity)
                .map(UserDirectory::identityOf)
                .orElseGet(() -> {
                    sessions.lapsed(request.token, KeptForms.LIFETIME).ifPresent(lapsed -> {
                        throw SessionLapsed.failure(lapsed);
                    });
                    return null;
                }));
    }
}
