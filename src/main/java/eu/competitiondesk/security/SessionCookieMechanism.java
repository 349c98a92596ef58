package eu.competitiondesk.security;

import eu.competitiondesk.web.RouteErrorPages;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Authenticates requests by the session cookie set at sign-in and answers requests without a valid session: the
 * JSON API gets a 401 problem document it can act on, pages get a redirect to the sign-in form.
 */
@ApplicationScoped
public class SessionCookieMechanism implements HttpAuthenticationMechanism {

    public static final String COOKIE = "desk-session";

    /** The name application.properties uses to give every signed-in path to this mechanism alone. */
    public static final String SCHEME = "session";

    @Inject
    RouteErrorPages errorPages;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (isStaticAsset(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        // An ended or expired session makes the request anonymous rather than failed: a failure would be challenged
        // even on the sign-in page itself, sending a browser with a stale cookie round in a redirect loop.
        return identities.authenticate(new SessionTokenRequest(cookie.getValue()))
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                    context.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0)
                            .setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
                    return null;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isApi(context.normalizedPath())) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Session"));
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION, "/login"));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!isApi(context.normalizedPath())) {
            return HttpAuthenticationMechanism.super.sendChallenge(context);
        }
        errorPages.notSignedIn(context);
        return Uni.createFrom().item(true);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE, SCHEME));
    }

    /** Ahead of the OpenID Connect mechanism, whose only job is the sign-in path when single sign-on is on. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionTokenRequest.class);
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static boolean isStaticAsset(String path) {
        return path.startsWith("/static/") || path.startsWith("/vendor/") || path.equals("/favicon.ico");
    }
}
