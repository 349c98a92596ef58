package eu.competitiondesk.security;

import eu.competitiondesk.web.Routes;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * What the timeout warning of every signed-in page asks: how long the session has left (a question that does not
 * itself count as activity), and "Stay signed in", which starts the idle timeout again. Without JavaScript the
 * warning's button is a plain form that comes back to the page it was on.
 */
@Path("/session")
public class SessionStatusResource {

    /** The address whose requests never keep a session alive. */

    /** When the session ends without activity, when it ends regardless, and the server's clock. */
    public record Status(OffsetDateTime idleEndsAt, OffsetDateTime endsAt, OffsetDateTime now) {}

    @Inject
    SessionStore sessions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public Status status() {
        return sessions.remaining(sessionId()).map(this::status).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("keep-alive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response keepAlive(@HeaderParam(HttpHeaders.ACCEPT) String accept, @HeaderParam("Referer") String referer) {
        SessionStore.Remaining remaining = sessions.keepAlive(sessionId()).orElseThrow(NotFoundException::new);
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(status(remaining), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        return Response.seeOther(URI.create(ReturnAddress.or(pathOf(referer), Routes.START)))
                .build();
    }

    private Status status(SessionStore.Remaining remaining) {
        return new Status(remaining.idleEnd(), remaining.absoluteEnd(), OffsetDateTime.now(clock));
    }

    private long sessionId() {
        Long id = currentUser.sessionId();
        if (id == null) {
            throw new NotFoundException();
        }
        return id;
    }

    private static String pathOf(String referer) {
        try {
            URI uri = referer == null ? null : URI.create(referer);
            return uri == null || uri.getRawPath() == null
                    ? null
                    : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
