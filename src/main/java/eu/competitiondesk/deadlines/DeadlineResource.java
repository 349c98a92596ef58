package eu.competitiondesk.deadlines;

import eu.competitiondesk.cases.KeyDateKind;
import eu.competitiondesk.security.CurrentUser;
import eu.competitiondesk.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The signed-in officer's deadlines across their cases, filterable by case and kind, and their calendar address:
 * created or renewed (shown once), revoked.
 */
@Path("/deadlines")
@Produces(MediaType.TEXT_HTML)
public class DeadlineResource {

    /** A case the officer has deadlines on, as the case filter offers it. */
    public record CaseChoice(long id, String reference, String title) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                List<DeadlineLine> deadlines,
                List<CaseChoice> cases,
                List<KeyDateKind> kinds,
                Long caseId,
                KeyDateKind kind,
                boolean hasFeed);
    }

    @Inject
    DeadlineBoard board;

    @Inject
    CurrentUser currentUser;

    @Inject
    DeadlineMessages msg;

    @GET
    public TemplateInstance list(@RestQuery("case") String caseId, @RestQuery String kind) {
        long userId = currentUser.id();
        List<DeadlineLine> all = board.of(userId);
        Map<Long, CaseChoice> cases = new LinkedHashMap<>();
        all.forEach(d -> cases.putIfAbsent(d.caseId(), new CaseChoice(d.caseId(), d.reference(), d.caseTitle())));
        // A filter that names no case or kind of this officer's shows everything rather than failing.
        Long chosenCase = parseId(caseId);
        KeyDateKind chosenKind = Arrays.stream(KeyDateKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
        return Templates.list(
                all.stream()
                        .filter(d -> chosenCase == null || d.caseId() == chosenCase)
                        .filter(d -> chosenKind == null || d.kind() == chosenKind)
                        .toList(),
                List.copyOf(cases.values()),
                List.of(KeyDateKind.values()),
                chosenCase,
                chosenKind,
                board.hasFeed(userId));
    }

    @POST
    @Path("/calendar")
    public Response renew(@Context UriInfo uri) {
        String secret = board.renewFeed(currentUser.id());
        String address = uri.getBaseUriBuilder()
                .path(DeadlineRoutes.feed(secret))
                .build()
                .toString();
        return Flash.redirect(DeadlineRoutes.list() + "#calendar", msg.calendar_created(address));
    }

    @POST
    @Path("/calendar/revoke")
    public Response revoke() {
        board.revokeFeed(currentUser.id());
        return Flash.redirect(DeadlineRoutes.list() + "#calendar", msg.calendar_revoked());
    }

    private static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
