package eu.competitiondesk.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.NewCookie;

/** The session cookie as set at sign-in and cleared at sign-out, whichever way the person signed in. */
final class SessionCookies {

    private SessionCookies() {}

    /** HttpOnly, SameSite=Strict, and Secure whenever the browser reached us over TLS (directly or via a trusted proxy). */
    static NewCookie carrying(String token, HttpServerRequest request) {
        return build(token, -1, request);
    }

    static NewCookie cleared(HttpServerRequest request) {
        return build("", 0, request);
    }

    private static NewCookie build(String value, int maxAge, HttpServerRequest request) {
        return new NewCookie.Builder(SessionCookieMechanism.COOKIE)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure("https".equals(request.scheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
