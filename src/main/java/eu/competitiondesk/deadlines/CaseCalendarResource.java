package eu.competitiondesk.deadlines;

import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.export.Attachment;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** One case's key dates as an iCalendar file, for the case team. */
@Path("/cases/{caseId}/deadlines.ics")
public class CaseCalendarResource {

    @Inject
    CaseAccess access;

    @Inject
    DeadlineBoard board;

    @GET
    @Produces(CalendarFeedResource.ICALENDAR)
    public Response caseCalendar(@RestPath long caseId) {
        String reference = access.viewable(caseId).reference();
        return Attachment.of(
                        board.calendarFile(board.ofCase(caseId)),
                        CalendarFeedResource.ICALENDAR + "; charset=UTF-8",
                        "deadlines-" + reference + ".ics")
                .build();
    }
}
