package eu.competitiondesk.reports;

import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CaseRoutes;
import eu.competitiondesk.export.Attachment;
import eu.competitiondesk.export.CsvFiles;
import eu.competitiondesk.export.ExportTable;
import eu.competitiondesk.web.Flash;
import eu.competitiondesk.web.SecurityHeaders;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The report of a case: HTML preview, export to a stored snapshot, and download of a snapshot. */
@Path("/cases/{caseId}/reports")
public class ReportResource {

    @CheckedTemplate
    static class Templates {
        /** The report document itself: the preview page and the PDF's source. */
        static native TemplateInstance report(ReportDocument doc, boolean draft, Approval approval);
    }

    @Inject
    CaseAccess cases;

    @Inject
    ReportService reports;

    @Inject
    ReportMessages msg;

    @Inject
    CaseTables caseTables;

    @Inject
    Clock clock;

    /**
     * The report as a page. Its print styles are inline (the PDF renderer reads them from the same document), so
     * this page allows inline style and nothing else: no script, no other origin.
     */
    @GET
    @Path("/preview")
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@RestPath long caseId, @RestQuery String edition) {
        cases.viewable(caseId);
        ReportEdition chosen = ReportEdition.parse(edition).orElse(ReportEdition.CONFIDENTIAL);
        String page = reports.xhtml(caseId, chosen, ReportSnapshot.nextVersion(caseId));
        return Response.ok(page, MediaType.TEXT_HTML_TYPE)
                .header(
                        SecurityHeaders.CSP,
                        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; "
                                + "frame-ancestors 'none'; form-action 'none'")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response export(@RestPath long caseId, @RestForm String edition, @RestForm String format) {
        cases.editable(caseId);
        ReportEdition chosen = ReportEdition.parse(edition).orElseThrow(BadRequestException::new);
        ReportFormat as = ReportFormat.parse(format).orElseThrow(BadRequestException::new);
        ReportService.Exported exported = reports.export(caseId, chosen, as);
        int version = exported.snapshot().reportVersion;
        return Flash.redirect(
                CaseRoutes.show(caseId) + "#reports",
                exported.created() ? msg.exported(version) : msg.exported_already(version));
    }

    @GET
    @Path("/shares.csv")
    @Produces("text/csv")
    public Response sharesCsv(@RestPath long caseId, @RestQuery String edition, @RestQuery String separator) {
        return download(caseId, edition, "shares", caseTables::shares, separator, false);
    }

    @GET
    @Path("/shares.xlsx")
    @Produces(ExportTable.XLSX)
    public Response sharesXlsx(@RestPath long caseId, @RestQuery String edition) {
        return download(caseId, edition, "shares", caseTables::shares, null, true);
    }

    @GET
    @Path("/answers.csv")
    @Produces("text/csv")
    public Response answersCsv(@RestPath long caseId, @RestQuery String edition, @RestQuery String separator) {
        return download(caseId, edition, "answers", caseTables::answers, separator, false);
    }

    @GET
    @Path("/answers.xlsx")
    @Produces(ExportTable.XLSX)
    public Response answersXlsx(@RestPath long caseId, @RestQuery String edition) {
        return download(caseId, edition, "answers", caseTables::answers, null, true);
    }

    /**
     * One of the case's tables in the edition asked for (the confidential one unless said otherwise), as a workbook or
     * as CSV in the separator asked for.
     */
    private Response download(
            long caseId,
            String edition,
            String what,
            BiFunction<Long, ReportEdition, ExportTable> table,
            String separator,
            boolean workbook) {
        CaseHeading caseFile = cases.viewable(caseId);
        ReportEdition chosen = ReportEdition.parse(edition).orElse(ReportEdition.CONFIDENTIAL);
        ExportTable written = table.apply(caseId, chosen);
        reports.recordTableExport(caseId, what, workbook ? "XLSX" : "CSV", chosen);
        String name = caseFile.reference() + "-" + what + "-" + chosen.param();
        return workbook
                ? Attachment.of(written.xlsx(LocalDate.now(clock)), ExportTable.XLSX, name + ".xlsx")
                        .build()
                : Attachment.of(
                                written.csv(CsvFiles.Separator.parse(separator)),
                                "text/csv; charset=UTF-8",
                                name + ".csv")
                        .build();
    }

    @GET
    @Path("/{reportId}/download")
    public Response download(@RestPath long caseId, @RestPath long reportId) {
        cases.viewable(caseId);
        ReportSnapshot snapshot = ReportSnapshot.<ReportSnapshot>find("id = ?1 and caseId = ?2", reportId, caseId)
                .firstResultOptional()
                .orElseThrow(NotFoundException::new);
        return file(snapshot, reports.download(snapshot), cases.viewable(caseId).reference());
    }

    /** The stored file as an attachment named by reference, version, edition and status ({@code AT.1-v3-public-approved.pdf}). */
    static Response file(ReportSnapshot snapshot, ReportService.StoredFile file, String reference) {
        return Attachment.of(
                        file.bytes(),
                        snapshot.format.mediaType,
                        reference + "-v" + snapshot.reportVersion + "-" + snapshot.edition.param() + "-"
                                + (file.approved() ? "approved" : "draft") + "." + snapshot.format.extension)
                .header("X-Content-SHA256", snapshot.sha256)
                .build();
    }
}
