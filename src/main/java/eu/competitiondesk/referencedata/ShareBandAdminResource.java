package eu.competitiondesk.referencedata;

import eu.competitiondesk.export.ShareBands;
import eu.competitiondesk.security.Roles;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.FormErrors;
import eu.competitiondesk.web.FormValidator;
import eu.competitiondesk.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Administration of the band tables a non-confidential edition shows secret percentages in: each table with the date
 * it is in force from, its bands and its source; a form to record one (or correct one: same date), and removal of any
 * but the last.
 */
@Path("/admin/share-bands")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ShareBandAdminResource {

    /** One table as the page shows it: its bands written as the report writes them. */
    public record TableView(long id, java.time.LocalDate effectiveFrom, String bands, String source) {}

    @CheckedTemplate
    static class Templates {
        /** {@code refusal}: why the last step was refused, or null. */
        static native TemplateInstance bands(
                List<TableView> tables, ShareBandDetails form, FormErrors errors, String refusal);
    }

    @Inject
    ReferenceDataService referenceData;

    @Inject
    FormValidator validator;

    @Inject
    ShareBandMessages sbm;

    @GET
    public TemplateInstance bands() {
        return page(blank(), FormErrors.none(), null);
    }

    private static ShareBandDetails blank() {
        return new ShareBandDetails(null, ShareBands.COMMISSION.describeBounds(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@BeanParam ShareBandDetails form) {
        FormErrors errors = validator.validate(form);
        if (errors.isPresent()) {
            return Pages.unprocessable(page(form, errors, null));
        }
        return Flash.redirect(ReferenceDataRoutes.shareBands(), sbm.recorded(referenceData.recordShareBands(form)));
    }

    /** Removes a table; the last one is refused (409), since a non-confidential edition needs one. */
    @POST
    @Path("/{id}/remove")
    public Response remove(@RestPath long id) {
        return referenceData
                .removeShareBands(id)
                .map(t -> Flash.redirect(ReferenceDataRoutes.shareBands(), sbm.removed(t.effectiveFrom)))
                .orElseGet(() -> Pages.conflict(page(blank(), FormErrors.none(), sbm.last_kept())));
    }

    private TemplateInstance page(ShareBandDetails form, FormErrors errors, String refusal) {
        return Templates.bands(
                ShareBandTable.all().stream()
                        .map(t -> new TableView(
                                t.id,
                                t.effectiveFrom,
                                ShareBands.of(t.upperBounds).describe(),
                                t.source))
                        .toList(),
                form,
                errors,
                refusal);
    }
}
