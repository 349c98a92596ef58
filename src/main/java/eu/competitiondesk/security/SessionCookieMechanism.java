package eu.competitiondesk.security;

import eu.competitiondesk.api.ApiPaths;
import eu.competitiondesk.web.KeptForms;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** The end of a session that ran out of time, noted on the request that found it. */
    private static final String LAPSED = "desk.session-lapsed";

    @Inject
    RouteErrorPages errorPages;

    @Inject
    KeptForms keptForms;

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
        // even on the sign-in page itself, sending a browser with a stale cookie round in a redirect loop. A session
        // that ran out of time keeps the form its request posts, for its user to find after signing in again.
        boolean activity = !AccountRoutes.sessionStatus().equals(context.normalizedPath());
        return identities
                .authenticate(new SessionTokenRequest(cookie.getValue(), activity))
                .onFailure(AuthenticationFailedException.class)
                .recoverWithUni(failure -> {
                    context.response()
                            .addCookie(Cookie.cookie(COOKIE, "")
                                    .setPath("/")
                                    .setMaxAge(0)
                                    .setHttpOnly(true)
                                    .setSameSite(CookieSameSite.STRICT));
                    SessionStore.Lapsed lapsed = SessionLapsed.of(failure).orElse(null);
                    if (lapsed == null) {
                        return Uni.createFrom().nullItem();
                    }
                    context.put(LAPSED, lapsed.reason());
                    return keptForms
                            .keepPosted(
                                    context,
                                    lapsed.userId(),
                                    lapsed.reason() == UserSession.EndReason.IDLE
                                            ? KeptForms.Reason.IDLE
                                            : KeptForms.Reason.EXPIRED)
                            .replaceWith(Uni.createFrom().nullItem());
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isApi(context.normalizedPath())) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Session"));
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION, signInAddress(context)));
    }

    /**
     * The sign-in page, told why it appears when a session ran out of time, and where to go back to after signing in:
     * the page asked for, or the page whose form was posted.
     */
    static String signInAddress(RoutingContext context) {
        StringBuilder address = new StringBuilder(AccountRoutes.login());
        UserSession.EndReason lapsed = context.get(LAPSED);
        String back = "GET".equals(context.request().method().name())
                ? context.request().uri()
                : KeptForms.pageOf(context);
        char separator = '?';
        if (lapsed != null) {
            address.append(separator)
                    .append("ended=")
                    .append(lapsed == UserSession.EndReason.IDLE ? "idle" : "expired");
            separator = '&';
        }
        if (back != null && !back.equals("/") && back.length() < 1000) {
            address.append(separator).append("return=").append(URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return address.toString();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!isApi(context.normalizedPath())) {
            KeptForms.giveCookie(context);
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
        return ApiPaths.isApi(path);
    }

    private static boolean isStaticAsset(String path) {
        return path.startsWith("/static/") || path.startsWith("/vendor/") || path.equals("/favicon.ico");
    }
}
