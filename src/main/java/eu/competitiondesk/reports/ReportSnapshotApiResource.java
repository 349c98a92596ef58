package eu.competitiondesk.reports;

import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.reports.ReportApiResource.ReportJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
        ReportSnapshot snapshot = snapshot(reportId);
        if (snapshot.format != ReportFormat.PDF) {
            throw new NotFoundException();
        }
        return ReportResource.file(snapshot, reports.download(snapshot), cases.viewable(snapshot.caseId).reference);
    }

    @GET
    @Path("/{reportId}/docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "The stored DOCX, byte for byte")
    public Response docx(@RestPath long reportId) {
        ReportSnapshot snapshot = snapshot(reportId);
        if (snapshot.format != ReportFormat.DOCX) {
            throw new NotFoundException();
        }
        return ReportResource.file(snapshot, reports.download(snapshot), cases.viewable(snapshot.caseId).reference);
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
}
