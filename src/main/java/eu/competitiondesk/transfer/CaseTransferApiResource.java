package eu.competitiondesk.transfer;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.api.ApiProblemException;
import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.DuplicateReferenceException;
import eu.competitiondesk.export.Attachment;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.CurrentUser;
import eu.competitiondesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Moving whole cases between installations as JSON. */
@Path("/api/v1/cases")
@Tag(name = "Case transfer", description = "Export a whole case as JSON and import it into another installation")
public class CaseTransferApiResource {

    @Inject
    CaseAccess cases;

    @Inject
    CaseTransferService transfers;

    @Inject
    CurrentUser currentUser;

    @Inject
    UriInfo uriInfo;

    @GET
    @Path("/{caseId}/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole case as JSON", description = "Confidential content included, with its marking.")
    public Response export(@RestPath("caseId") long id) {
        CaseHeading caseFile = cases.viewable(id);
        return Attachment.of(transfers.export(id), MediaType.APPLICATION_JSON, caseFile.reference() + ".json")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a case exported from another installation",
            description = "All or nothing; the" + " caller becomes the case lead.")
    @RolesAllowed({Roles.ADMIN, Roles.CASE_OFFICER})
    public Response importCase(CaseTransfer transfer) {
        if (transfer == null) {
            throw new ApiProblemException(ApiProblem.of(400, "Invalid request", "A JSON body is required."));
        }
        try {
            long created = transfers.importCase(transfer, AppUser.findById(currentUser.id()));
            return Response.created(uriInfo.getBaseUriBuilder()
                            .path("api/v1/cases/{id}")
                            .build(created))
                    .build();
        } catch (DuplicateReferenceException e) {
            throw new ApiProblemException(ApiProblem.of(
                    409, "Duplicate reference", "A case with reference " + transfer.reference() + " already exists."));
        }
    }
}
