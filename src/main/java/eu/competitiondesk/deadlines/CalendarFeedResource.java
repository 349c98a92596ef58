package eu.competitiondesk.deadlines;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A personal calendar address: read by calendar programs without a session, the secret in the address is the
 * credential. An unknown or revoked secret answers 404, as an address that never existed.
 */
@Path("/calendar")
public class CalendarFeedResource {

    static final String ICALENDAR = "text/calendar";

    @Inject
    DeadlineBoard board;

    @GET
    @Path("/{secret}.ics")
    @Produces(ICALENDAR)
    public Response feed(@RestPath String secret) {
        long userId = board.userOfSecret(secret).orElseThrow(NotFoundException::new);
        return Response.ok(board.calendarFile(board.of(userId)), ICALENDAR + "; charset=UTF-8")
                .header("Cache-Control", "no-store")
                .build();
    }
}
