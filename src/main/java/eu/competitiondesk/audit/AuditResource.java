package eu.competitiondesk.audit;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
    public record CaseHeading(long id, String reference, String title) {}

    /** The filter as typed, sent back into the form. */
    public record Filter(String actor, String action, String from, String to) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trail(
                CaseHeading caseFile,
                List<AuditEvent> events,
                Filter filter,
                List<AuditAction> actions,
                int page,
                boolean hasNext,
                String baseQuery);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance global(
            @RestQuery String actor,
            @RestQuery String action,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String page) {
        return trail(null, actor, action, from, to, page);
    }

    /**
     * The trail page; {@code page} counts from 0. A page number that is not a whole number of 0 or more is the
     * client's mistake (400); one past the end shows the last page.
     */
    public static TemplateInstance trail(
            CaseHeading caseFile, String actor, String action, String from, String to, String page) {
        AuditSearch search = new AuditSearch(
                caseFile == null ? null : caseFile.id(),
                FormText.trimToNull(actor),
                action(action),
                date(from),
                date(to));
        AuditSearch.Page found = search.page(pageNumber(page));
        Filter filter = new Filter(blank(actor), blank(action), blank(from), blank(to));
        String query = "actor=" + enc(filter.actor()) + "&action=" + enc(filter.action()) + "&from="
                + enc(filter.from()) + "&to=" + enc(filter.to());
        return Templates.trail(
                caseFile, found.events(), filter, AuditSearch.knownActions(), found.number(), found.hasNext(), query);
    }

    private static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        String digits = page.strip();
        if (!digits.matches("[0-9]{1,20}")) {
            throw new BadRequestException();
        }
        // Beyond an int is beyond any trail: the search shows the last page.
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** An action that is none of ours filters nothing rather than failing the page. */
    private static AuditAction action(String text) {
        try {
            return text == null || text.isBlank() ? null : AuditAction.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
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
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
