package eu.competitiondesk.reports;

import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.api.ApiProblemException;
import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.reports.ReportApiResource.ReportJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Stored report snapshots: their description and their bytes, for callers who may see the case. */
@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ReportSnapshotApiResource {

    @Inject
    CaseAccess cases;

    @Inject
    ReportService reports;

    @Inject
    Commands commands;

    @GET
    @Path("/{reportId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe a report snapshot")
    public ReportJson get(@RestPath long reportId) {
        return ReportJson.of(snapshot(reportId));
    }

    @GET
    @Path("/{reportId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The stored PDF, byte for byte")
    public Response pdf(@RestPath long reportId) {
        return stored(reportId, ReportFormat.PDF);
    }

    @GET
    @Path("/{reportId}/docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "The stored DOCX, byte for byte")
    public Response docx(@RestPath long reportId) {
        return stored(reportId, ReportFormat.DOCX);
    }

    /** The stored file of a report in {@code format}; one in another format is not there (404). */
    private Response stored(long reportId, ReportFormat format) {
        ReportSnapshot snapshot = snapshot(reportId);
        if (snapshot.format != format) {
            throw new NotFoundException();
        }
        return ReportResource.file(
                snapshot,
                reports.download(snapshot),
                cases.viewable(snapshot.caseId).reference());
    }

    @POST
    @Path("/{reportId}/review-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask for review",
            description = "A team member who may change the case puts a draft to"
                    + " the case's leads and reviewers; a returned report is exported again instead.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ReportApiResource.ReportJson.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already in review, approved, or returned",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public ReportApiResource.ReportJson requestReview(@RestPath long reportId) {
        ReportSnapshot snapshot = snapshot(reportId);
        cases.editable(snapshot.caseId);
        refusedAsProblem(() -> reports.requestReview(snapshot));
        return ReportApiResource.ReportJson.of(snapshot);
    }

    @POST
    @Path("/{reportId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve or return a report in review",
            description = "Four eyes: a lead or reviewer on the"
                    + " case team other than the report's author. A comment is required to return. Approval renders the"
                    + " report again without the draft marking; that file is the final one.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ReportApiResource.ReportJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown decision, or a return without comment",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The author, or not a lead or reviewer of the case",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not in review",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public ReportApiResource.ReportJson decide(@RestPath long reportId, DecisionBody body) {
        ReportSnapshot snapshot = snapshot(reportId);
        ReviewDecision decision =
                body == null ? new ReviewDecision(null, null) : new ReviewDecision(body.decision(), body.comment());
        commands.check(decision);
        refusedAsProblem(() -> reports.decide(snapshot, decision));
        return ReportApiResource.ReportJson.of(snapshot);
    }

    @POST
    @Path("/{reportId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Release an approved non-confidential edition",
            description = "Records who released it and" + " when.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ReportApiResource.ReportJson.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not approved, not the non-confidential edition, or released" + " already",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public ReportApiResource.ReportJson release(@RestPath long reportId) {
        ReportSnapshot snapshot = snapshot(reportId);
        cases.editable(snapshot.caseId);
        refusedAsProblem(() -> reports.release(snapshot));
        return ReportApiResource.ReportJson.of(snapshot);
    }

    private static void refusedAsProblem(Runnable step) {
        try {
            step.run();
        } catch (ReportService.ReviewRefused e) {
            throw new ApiProblemException(
                    ApiProblem.of(e.status, e.status == 403 ? "Not yours to decide" : "Conflict", e.getMessage()));
        }
    }

    /** A snapshot of a case the caller may see; anything else is 404. */
    private ReportSnapshot snapshot(long reportId) {
        ReportSnapshot snapshot = ReportSnapshot.findById(reportId);
        if (snapshot == null) {
            throw new NotFoundException();
        }
        cases.viewable(snapshot.caseId);
        return snapshot;
    }

    /** The JSON a reviewer posts; it becomes the same {@link ReviewDecision} the decision page posts. */
    @Schema(name = "ReportDecision")
    public record DecisionBody(
            @Schema(
                    enumeration = {"APPROVE", "RETURN"},
                    required = true)
            String decision,

            @Schema(description = "required to return", maxLength = ReviewDecision.COMMENT_MAX)
            String comment) {}
}
