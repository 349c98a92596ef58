package eu.competitiondesk.security;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Binds the CSRF token of a signed-in user to their session. Quarkus' filter checks that a form's token equals the
 * {@code desk-form-token} cookie (double submit); for a signed-in request this filter also requires that cookie to
 * be the one derived from the session (an HMAC of the session's secret token under the installation's key), which
 * the sign-in answer sets beside the session cookie. A pair of cookie and token that an attacker obtained for their
 * own browser, and planted in the victim's, is therefore refused with the victim's session. The token stays the
 * same for the session's whole life, so every open tab's forms work; it changes at sign-in, so a token seen before
 * signing in is worthless after. Before sign-in (the sign-in form itself) Quarkus' own random token applies.
 *
 * <p>Templates read the token as {@code {inject:formToken.value}}.
 */
@RequestScoped
@Named("formToken")
public class SessionBoundCsrf {

    private static final String OPENED_SESSION = "desk.opened-session";

    /** The cookie Quarkus' filter compares form tokens with (quarkus.rest-csrf.cookie-name). */
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    @Inject
    CurrentUser currentUser;

    @Inject
    SessionStore sessions;

    @Inject
    RoutingContext routing;

    @Inject
    @Named("csrf")
    CsrfTokenParameterProvider beforeSignIn;

    /** This request's session-bound token, once derived: the page's forms and the answer's cookie both need it. */
    private String boundSession;

    private String boundToken;

    /** The token for this request's forms. */
    public String getValue() {
        String session = sessionToken(routing);
        return session == null ? beforeSignIn.getToken() : boundTo(session);
    }

    /**
     * Marks this request as the one that opened a session: its answer carries the new session's cookie, replacing the
     * one Quarkus' filter issues after checking a sign-in form.
     */
    void opened(String sessionToken) {
        routing.put(OPENED_SESSION, sessionToken);
    }

    /** The session token of a request signed in with one (or that just opened one), or null. */
    private String sessionToken(RoutingContext context) {
        String opened = context.get(OPENED_SESSION);
        if (opened != null) {
            return opened;
        }
        Cookie cookie = context.request().getCookie(SessionCookieMechanism.COOKIE);
        return currentUser.sessionId() == null || cookie == null ? null : cookie.getValue();
    }

    private String boundTo(String sessionToken) {
        if (!sessionToken.equals(boundSession)) {
            boundToken = Base64.getUrlEncoder().withoutPadding().encodeToString(sessions.hash("csrf:" + sessionToken));
            boundSession = sessionToken;
        }
        return boundToken;
    }

    /** A signed-in form post whose CSRF cookie is not its session's is refused before Quarkus compares tokens. */
    @ServerRequestFilter
    public Response requireSessionsToken(ContainerRequestContext request, RoutingContext routing) {
        String session = sessionToken(routing);
        if (session == null || isSafe(request.getMethod()) || !isForm(request.getMediaType())) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(cookieName);
        boolean bound = cookie != null
                && MessageDigest.isEqual(
                        cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                        boundTo(session).getBytes(StandardCharsets.US_ASCII));
        return bound ? null : Response.status(Response.Status.BAD_REQUEST).build();
    }

    /**
     * Gives a signed-in browser its session's cookie when it holds another or none: at sign-in, or when the cookie was
     * removed. It is set just before the headers are written, after every filter, so it replaces a cookie of the same
     * name that Quarkus' filter may have set on the same answer.
     */
    @ServerResponseFilter
    public void giveSessionsToken(RoutingContext routing) {
        String session = sessionToken(routing);
        if (session == null) {
            return;
        }
        String token = boundTo(session);
        Cookie sent = routing.request().getCookie(cookieName);
        if (sent != null && sent.getValue().equals(token) && routing.get(OPENED_SESSION) == null) {
            return;
        }
        boolean secure = "https".equals(routing.request().scheme());
        routing.addHeadersEndHandler(ignored -> {
            routing.response().removeCookie(cookieName, false);
            routing.response()
                    .addCookie(Cookie.cookie(cookieName, token)
                            .setPath("/")
                            .setHttpOnly(true)
                            .setSecure(secure)
                            .setSameSite(CookieSameSite.STRICT));
        });
    }

    private static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
