package eu.competitiondesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;

/**
 * A JSON endpoint that changes state takes only a body declared as JSON: 415 otherwise. A browser can send a form
 * or plain text across sites with the session cookie and without asking first; it cannot send application/json
 * that way, so this closes the door SameSite alone would otherwise hold.
 */
@ApplicationScoped
public class JsonApiContentType {

    private static final Set<HttpMethod> CHANGING =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) throws JsonProcessingException {
        String body = json.writeValueAsString(
                ApiProblem.of(415, "Unsupported media type", "Send the request body as application/json."));
        router.route(ApiPaths.PREFIX + "*").order(Integer.MIN_VALUE + 1).handler(context -> {
            String type = context.request().getHeader("Content-Type");
            if (CHANGING.contains(context.request().method()) && !isJson(type)) {
                context.response()
                        .setStatusCode(415)
                        .putHeader("Content-Type", ApiProblem.MEDIA_TYPE)
                        .end(body);
                return;
            }
            context.next();
        });
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json");
    }
}
