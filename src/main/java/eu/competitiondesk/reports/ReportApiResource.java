package eu.competitiondesk.reports;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.api.ApiProblemException;
import eu.competitiondesk.cases.CaseAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Report exports as JSON: create a snapshot, read its description, fetch its bytes. */
@Path("/api/v1/cases/{caseId}/reports")
@Tag(name = "Reports", description = "Immutable report snapshots of a case")
public class ReportApiResource {

    @Schema(name = "ReportRequest")
    public record ReportRequest(
            @Schema(
                    enumeration = {"confidential", "public"},
                    required = true)
            String edition,

            @Schema(
                    enumeration = {"pdf", "docx"},
                    description = "pdf when absent")
            String format) {}

    @Schema(
            name = "Report",
            description = "sha256 is of the file as exported (a draft); review.finalSha256 of the"
                    + " approved file, which downloads once approved")
    public record ReportJson(
            long id,
            long caseId,
            int version,
            String edition,
            String format,
            String sha256,
            OffsetDateTime createdAt,
            String createdBy,
            int sizeBytes,
            Long supersedes,
            ReviewJson review,
            boolean released,
            String releasedBy,
            OffsetDateTime releasedAt) {

        static ReportJson of(ReportSnapshot s) {
            ReportReview r = ReportReview.findById(s.id);
            ReviewJson review = r == null
                    ? null
                    : new ReviewJson(r.status, r.requestedBy, r.decidedBy, r.decidedAt, r.comment, r.finalSha256);
            return new ReportJson(
                    s.id,
                    s.caseId,
                    s.reportVersion,
                    s.edition.param(),
                    s.format.extension,
                    s.sha256,
                    s.createdAt,
                    s.createdBy,
                    s.sizeBytes,
                    s.supersedesId,
                    review,
                    r != null && r.isReleased(),
                    r == null ? null : r.releasedBy,
                    r == null ? null : r.releasedAt);
        }
    }

    @Schema(name = "ReportReview")
    public record ReviewJson(
            ReviewStatus status,
            String requestedBy,
            String decidedBy,
            OffsetDateTime decidedAt,
            String comment,
            String finalSha256) {}

    @Inject
    CaseAccess cases;

    @Inject
    ReportService reports;

    @Inject
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Export a report",
            description = "Renders the case report in the edition and format asked for and stores it as an immutable"
                    + " snapshot. A version is one state of the case's content: exporting unchanged content"
                    + " again adds the edition or format to that version, or returns the snapshot made"
                    + " already.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the snapshot")
    @APIResponse(
            responseCode = "200",
            description = "The case content is unchanged and this edition and format of its version exist: that"
                    + " snapshot, named by Content-Location")
    @APIResponse(
            responseCode = "400",
            description = "Unknown edition or format",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response create(@RestPath long caseId, ReportRequest request) {
        cases.editable(caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        ReportEdition edition =
                request == null ? null : ReportEdition.parse(request.edition()).orElse(null);
        if (edition == null) {
            errors.put("edition", "confidential or public");
        }
        ReportFormat format = request == null
                ? ReportFormat.PDF
                : ReportFormat.parse(request.format()).orElse(null);
        if (format == null) {
            errors.put("format", "pdf or docx");
        }
        if (!errors.isEmpty()) {
            throw new ApiProblemException(ApiProblem.invalid(errors, List.of("edition", "format")));
        }
        ReportService.Exported exported = reports.export(caseId, edition, format);
        ReportSnapshot snapshot = exported.snapshot();
        java.net.URI location =
                uriInfo.getBaseUriBuilder().path("api/v1/reports/{id}").build(snapshot.id);
        return (exported.created() ? Response.created(location) : Response.ok().contentLocation(location))
                .entity(ReportJson.of(snapshot))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
