package eu.competitiondesk.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.competitiondesk.api.ApiPaths;
import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.api.ApiProblemException;
import eu.competitiondesk.api.JsonProblems;
import eu.competitiondesk.platform.DatabaseOutage;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.WriteConflicts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Turns failures into answers: an HTML page for people, {@code application/problem+json} for the API. No stack
 * trace or version ever reaches the client; unexpected errors get an id that is also in the log.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String heading, String explanation, String backTo);
    }

    @Inject
    AppMessages msg;

    @Inject
    UriInfo uriInfo;

    @ServerExceptionMapper
    public Response apiProblem(ApiProblemException e) {
        return problem(e.problem);
    }

    @ServerExceptionMapper
    public Response invalidCommand(InvalidCommand e) {
        return problem(ApiProblem.invalid(e.errors, e.order));
    }

    // Jackson's own exception types are named one by one: Quarkus ships mappers for the specific ones, and the
    // most specific mapper wins.
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        MismatchedInputException.class,
        UnrecognizedPropertyException.class
    })
    public Response malformedJson(Exception e) {
        return problem(JsonProblems.of(e));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // The JSON reader wraps what it could not parse (bad syntax, a key given twice) in a plain 400.
            return malformedJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        if (status < 400 || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        if (isApi()) {
            return problem(ApiProblem.of(
                    status,
                    Response.Status.fromStatusCode(status) == null
                            ? "Error"
                            : Response.Status.fromStatusCode(status).getReasonPhrase(),
                    apiDetail(status)));
        }
        return switch (status) {
            case 404 -> page(status, msg.error_not_found_heading(), msg.error_not_found_text());
            case 403 -> page(status, msg.error_forbidden_heading(), msg.error_forbidden_text());
            default -> page(status, msg.error_bad_request_heading(), msg.error_bad_request_text());
        };
    }

    /** Thrown by {@code @RolesAllowed} checks, which are not JAX-RS exceptions. */
    @ServerExceptionMapper
    public Response roleDenied(ForbiddenException e) {
        if (isApi()) {
            return problem(ApiProblem.of(403, "Forbidden", apiDetail(403)));
        }
        return page(403, msg.error_forbidden_heading(), msg.error_forbidden_text());
    }

    /**
     * Gives a page to error answers that come without a body, such as the 400 of a form post whose CSRF token is
     * missing or wrong.
     */
    @ServerResponseFilter
    public void explainBareErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity() || isApi() || "HEAD".equals(request.getMethod())) {
            return;
        }
        String heading = switch (status) {
            case 403 -> msg.error_forbidden_heading();
            case 404 -> msg.error_not_found_heading();
            default -> msg.error_bad_request_heading();
        };
        String explanation = switch (status) {
            case 403 -> msg.error_forbidden_text();
            case 404 -> msg.error_not_found_text();
            default -> msg.error_bad_request_text();
        };
        response.setEntity(Templates.error(heading, explanation, null).render(), null, MediaType.TEXT_HTML_TYPE);
    }

    /**
     * Whether the failure is the request's own encoding: a %-escape in the query or form that does not decode, or a
     * multipart body that does not parse.
     */
    static boolean malformedEncoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            boolean decoding = t instanceof IllegalArgumentException;
            boolean multipart = t instanceof IOException;
            for (StackTraceElement frame : t.getStackTrace()) {
                String owner = frame.getClassName();
                if (decoding
                                && (owner.endsWith(".URLUtils")
                                        || owner.endsWith(".QueryStringDecoder")
                                        || owner.equals("java.net.URLDecoder"))
                        || multipart && owner.contains(".multipart.MultiPartParserDefinition")) {
                    return true;
                }
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerResponse response) {
        if (response.ended()) {
            // Answered below the REST layer already: a chunked upload stopped by Quarkus' size limit mid-read.
            LOG.infof(
                    "Request stopped after its answer was sent: %s",
                    e.getClass().getName());
            return null;
        }
        if (response.closed()) {
            // The client went away before its request was read to the end (a cancelled upload, a closed tab): there
            // is nobody to answer and nothing went wrong here, so this is no error for the operators' log.
            LOG.debugf(
                    "Client closed the connection mid-request: %s", e.getClass().getName());
            return null;
        }
        if (malformedEncoding(e)) {
            // A query, form or multipart body that does not decode: the client's mistake, said as such.
            return isApi()
                    ? problem(
                            ApiProblem.of(400, "Bad request", "The request's URL or form encoding is" + " malformed."))
                    : page(400, msg.error_bad_request_heading(), msg.error_bad_request_text());
        }
        Optional<WriteConflicts.Conflict> conflict = WriteConflicts.of(e);
        if (conflict.isPresent()) {
            return conflict(conflict.get());
        }
        if (DatabaseOutage.isCause(e)) {
            LOG.warnf("Database unreachable: %s", e.getClass().getName());
            if (isApi()) {
                return Response.fromResponse(problem(ApiProblem.of(
                                503,
                                "Service unavailable",
                                "The database cannot be reached. Nothing was saved. Retry later.")))
                        .header("Retry-After", "30")
                        .build();
            }
            return Response.fromResponse(page(503, msg.error_unavailable_heading(), msg.error_unavailable_text()))
                    .header("Retry-After", "30")
                    .build();
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        // Log the class and id only: exception messages can carry user input (possibly confidential).
        LOG.errorf(
                "Request failed, error id %s: %s at %s", errorId, e.getClass().getName(), topFrame(e));
        // The full exception only at DEBUG, which only dev mode turns on for this class.
        LOG.debugf(e, "Error id %s in detail", errorId);
        if (isApi()) {
            return problem(ApiProblem.of(500, "Internal error", "Error id " + errorId));
        }
        return page(500, msg.error_server_heading(), msg.error_server_text(errorId));
    }

    @Inject
    KeptForms keptForms;

    @Inject
    RoutingContext routing;

    @Inject
    SecurityIdentity identity;

    /**
     * A write that lost a race with another: 409, never a failure. The API says what happened; a page keeps the form's
     * typed values and leads back to the form, where they are put back with the same words above them.
     */
    private Response conflict(WriteConflicts.Conflict conflict) {
        String heading = switch (conflict.kind()) {
            case CHANGED_MEANWHILE -> msg.conflict_changed_heading();
            case ALREADY_EXISTS -> msg.conflict_exists_heading();
            case REFERENCE_REMOVED -> msg.conflict_removed_heading();
            case ALREADY_SENT -> msg.conflict_sent_heading();
        };
        String text = switch (conflict.kind()) {
            case CHANGED_MEANWHILE -> msg.conflict_changed_text();
            case ALREADY_EXISTS -> msg.conflict_exists_text();
            case REFERENCE_REMOVED -> msg.conflict_removed_text();
            case ALREADY_SENT -> msg.conflict_sent_text();
        };
        LOG.infof(
                "Write conflict (%s) on %s %s",
                conflict.kind(), routing.request().method(), routing.normalizedPath());
        if (isApi()) {
            return problem(ApiProblem.of(
                    409,
                    "Conflict",
                    heading + ". " + text + (conflict.subject() == null ? "" : " (" + conflict.subject() + ")")));
        }
        Long userId = identity.isAnonymous() ? null : identity.getAttribute("userId");
        if (conflict.kind() == WriteConflicts.Kind.ALREADY_SENT || userId == null || !keptForms.isPageForm(routing)) {
            return Response.status(409)
                    .type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.error(heading, text, KeptForms.pageOf(routing)))
                    .build();
        }
        KeptForms.Kept kept = keptForms.keepLost(
                routing, userId, KeptForms.Reason.valueOf(conflict.kind().name()));
        return Response.status(409)
                .type(MediaType.TEXT_HTML_TYPE)
                .cookie(kept.cookie("https".equals(routing.request().scheme())))
                .entity(Templates.error(heading, text, kept.pagePath()))
                .build();
    }

    private boolean isApi() {
        return ApiPaths.isApi(uriInfo.getPath());
    }

    private static String apiDetail(int status) {
        return switch (status) {
            case 404 -> "No such resource, or it is not open to you.";
            case 403 -> "Your role does not allow this.";
            case 405 -> "This method is not allowed here.";
            case 415 -> "Send application/json.";
            default -> "The request could not be processed.";
        };
    }

    private Response page(int status, String heading, String explanation) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(heading, explanation, null))
                .build();
    }

    private static Response problem(ApiProblem problem) {
        return Response.status(problem.status())
                .type(ApiProblem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String topFrame(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].toString();
    }
}
