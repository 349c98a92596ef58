package eu.competitiondesk.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Redirects within the application are relative. The framework turns a redirect to a path into an absolute address
 * built from the request's Host header, which the client chooses; this writes such an address back as its path, so
 * no Location names a host the request made up. Redirects to other hosts (the identity provider) are left alone.
 */
@ApplicationScoped
public class RelativeLocations {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            String host = context.request().getHeader("Host");
            context.addHeadersEndHandler(ignored -> {
                String location = context.response().headers().get("Location");
                String relative = relative(location, host);
                if (relative != null) {
                    context.response().headers().set("Location", relative);
                }
            });
            context.next();
        });
    }

    /** The path, query and fragment of {@code location} when it points at {@code host}; null to keep it. */
    static String relative(String location, String host) {
        if (location == null || host == null || !location.contains("://")) {
            return null;
        }
        try {
            URI uri = URI.create(location);
            if (uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(host)) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
