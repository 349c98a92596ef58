package eu.competitiondesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A one-time message carried across a redirect after POST ("Case AT.40987 created."). It travels in a short-lived
 * cookie, so no server keeps state; the page that shows it clears it.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "desk-flash";
    private static final int MAX_LENGTH = 300;

    @Inject
    HttpHeaders headers;

    /** A 303 See Other to {@code location} that shows {@code message} on the next page. */
    public static Response redirect(URI location, String message) {
        String value = URLEncoder.encode(truncate(message), StandardCharsets.UTF_8);
        return Response.seeOther(location).cookie(cookie(value, 60)).build();
    }

    public static Response redirect(String path, String message) {
        return redirect(URI.create(path), message);
    }

    /** The waiting message, or null. {@link FlashCleanup} removes it with the page that shows it. */
    public String getMessage() {
        Cookie cookie = headers.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty()) {
            return null;
        }
        try {
            return truncate(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // A cookie this application did not write (malformed escapes): there is no message to show.
            return null;
        }
    }

    static NewCookie expired() {
        return cookie("", 0);
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    private static String truncate(String message) {
        return message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
    }
}
