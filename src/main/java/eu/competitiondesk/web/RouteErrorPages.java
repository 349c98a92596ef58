package eu.competitiondesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.competitiondesk.api.ApiPaths;
import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.platform.DatabaseOutage;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Error answers written below the REST layer, where no exception mapper runs: the same error page template for
 * people and the same problem documents for the API as {@link ErrorPages}.
 */
@ApplicationScoped
public class RouteErrorPages {

    @Inject
    @Location("ErrorPages/error.html")
    Template errorPage;

    @Inject
    AppMessages msg;

    @Inject
    ObjectMapper json;

    /** Database outages noticed before the REST layer (signing in, restoring a session) that reached Vert.x. */
    void answerOutages(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).failureHandler(context -> {
            if (DatabaseOutage.isCause(context.failure()) && !context.response().headWritten()) {
                unavailable(context);
            } else {
                context.next();
            }
        });
    }

    /** The error page's layout reads request-scoped beans (flash message), so a request context is needed. */
    @ActivateRequestContext
    void tooLarge(RoutingContext context, String limit) {
        send(
                context,
                413,
                ApiProblem.of(413, "Request too large", "The request body is larger than " + limit + "."),
                msg.error_too_large_heading(),
                msg.error_too_large_text(limit));
    }

    @ActivateRequestContext
    void lengthRequired(RoutingContext context) {
        send(
                context,
                411,
                ApiProblem.of(411, "Length required", "Send the body with a Content-Length header."),
                msg.error_length_required_heading(),
                msg.error_length_required_text());
    }

    @ActivateRequestContext
    void bodyTimedOut(RoutingContext context, Duration limit) {
        String seconds = Long.toString(limit.toSeconds());
        send(
                context,
                408,
                ApiProblem.of(
                        408,
                        "Request timeout",
                        "The request body did not arrive in full within " + seconds + " seconds."),
                msg.error_timeout_heading(),
                msg.error_timeout_text(seconds));
    }

    @ActivateRequestContext
    void tooManyFields(RoutingContext context, int limit) {
        send(
                context,
                413,
                ApiProblem.of(413, "Request too large", "A form may have at most " + limit + " fields."),
                msg.error_too_many_fields_heading(),
                msg.error_too_many_fields_text(limit));
    }

    @ActivateRequestContext
    void malformedBody(RoutingContext context) {
        send(
                context,
                400,
                ApiProblem.of(400, "Bad request", "The request body could not be read."),
                msg.error_bad_request_heading(),
                msg.error_bad_request_text());
    }

    /** The API's answer to a call without a valid session (pages are redirected to the sign-in form instead). */
    public void notSignedIn(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Session");
        send(
                context,
                401,
                ApiProblem.of(
                        401,
                        "Not signed in",
                        "This call needs a signed-in session: sign in at /login and send the session cookie."),
                "",
                "");
    }

    @ActivateRequestContext
    void unavailable(RoutingContext context) {
        context.response().putHeader("Retry-After", "30");
        send(
                context,
                503,
                ApiProblem.of(
                        503, "Service unavailable", "The database cannot be reached. Nothing was saved. Retry later."),
                msg.error_unavailable_heading(),
                msg.error_unavailable_text());
    }

    private void send(RoutingContext context, int status, ApiProblem problem, String heading, String text) {
        context.response().setStatusCode(status).putHeader("Cache-Control", "no-store");
        if (ApiPaths.isApi(context.normalizedPath())) {
            String body;
            try {
                body = json.writeValueAsString(problem);
            } catch (JsonProcessingException e) {
                body = "{\"status\":" + status + "}";
            }
            context.response().putHeader("Content-Type", ApiProblem.MEDIA_TYPE).end(body);
        } else {
            context.response()
                    .putHeader("Content-Type", "text/html; charset=UTF-8")
                    .end(errorPage
                            .data("heading", heading)
                            .data("explanation", text)
                            .data("backTo", null)
                            .render());
        }
    }
}
