package eu.competitiondesk.audit;

import eu.competitiondesk.web.FormText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The audit trail for administrators: every event of the installation. A case's own trail, for its team, is served
 * under the case's address by the cases feature through {@link #trail}; both share this page.
 */
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    /** The case whose trail is shown, as its banner names it; the trail knows cases only by their id. */
    public record CaseHeading(long id, String reference, String title) {
    }

    /** The filter as typed, sent back into the form. */
    public record Filter(String actor, String action, String from, String to) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trail(CaseHeading caseFile, List<AuditEvent> events, Filter filter,
                List<String> actions, int page, boolean hasNext, String baseQuery);
    }

    @GET
    @RolesAllowed("ADMIN")
    public TemplateInstance global(@RestQuery String actor, @RestQuery String action, @RestQuery String from,
            @RestQuery String to, @RestQuery Integer page) {
        return trail(null, actor, action, from, to, page);
    }

    public static TemplateInstance trail(CaseHeading caseFile, String actor, String action, String from, String to,
            Integer page) {
        int pageNumber = page == null || page < 0 ? 0 : page;
        AuditSearch search = new AuditSearch(caseFile == null ? null : caseFile.id(), FormText.trimToNull(actor),
                FormText.trimToNull(action), date(from), date(to), pageNumber);
        List<AuditEvent> events = search.run();
        boolean hasNext = events.size() > AuditSearch.PAGE_SIZE;
        Filter filter = new Filter(blank(actor), blank(action), blank(from), blank(to));
        String query = "actor=" + enc(filter.actor()) + "&action=" + enc(filter.action()) + "&from="
                + enc(filter.from()) + "&to=" + enc(filter.to());
        return Templates.trail(caseFile, hasNext ? events.subList(0, AuditSearch.PAGE_SIZE) : events, filter,
                AuditSearch.knownActions(), pageNumber, hasNext, query);
    }

    /** A date that does not parse filters nothing rather than failing the page. */
    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value.trim();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
