package eu.competitiondesk.reports;

import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/** Assembles, renders and stores reports; each export and each download is an audit event. */
@ApplicationScoped
public class ReportService {

    @Inject
    ReportAssembler assembler;

    @Inject
    PdfRenderer pdf;

    @Inject
    DocxRenderer docx;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The report's XHTML, for the preview and the PDF alike. */
    public String xhtml(CaseFile caseFile, ReportEdition edition, int reportVersion) {
        ReportContent content = assembler.assemble(caseFile, edition, currentUser.getFullName(), reportVersion,
                LocalDate.now(clock));
        return ReportResource.Templates.report(content).render();
    }

    @Transactional
    public ReportSnapshot export(long caseId, ReportEdition edition, ReportFormat format) {
        CaseFile caseFile = CaseFile.findById(caseId);
        int version = (int) ReportSnapshot.countOfCase(caseId) + 1;
        LocalDate today = LocalDate.now(clock);
        ReportContent content = assembler.assemble(caseFile, edition, currentUser.getFullName(), version, today);
        byte[] bytes = switch (format) {
            case PDF -> pdf.render(ReportResource.Templates.report(content).render(), today,
                    assembler.canonicalJson(content.withHash(null)), content.inputSha256());
            case DOCX -> docx.render(content);
        };
        ReportSnapshot snapshot = new ReportSnapshot();
        snapshot.caseId = caseId;
        snapshot.edition = edition;
        snapshot.format = format;
        snapshot.reportVersion = version;
        snapshot.sha256 = sha256(bytes);
        snapshot.inputSha256 = content.inputSha256();
        snapshot.sizeBytes = bytes.length;
        snapshot.content = bytes;
        snapshot.createdAt = OffsetDateTime.now(clock);
        snapshot.createdBy = currentUser.getUsername();
        snapshot.persist();
        audit.record(caseId, "REPORT_EXPORTED", "Exported report version " + version + ", " + edition.param()
                + " edition, " + format.extension + ", SHA-256 " + snapshot.sha256);
        return snapshot;
    }

    /** The stored bytes, unchanged; the download is recorded. */
    @Transactional
    public byte[] download(ReportSnapshot snapshot) {
        audit.record(snapshot.caseId, "REPORT_DOWNLOADED", "Downloaded report version " + snapshot.reportVersion
                + " (" + snapshot.edition.param() + ", " + snapshot.format.extension + ")");
        return snapshot.content;
    }

    @Transactional
    public void recordCsvExport(long caseId, String what, ReportEdition edition) {
        audit.record(caseId, "CSV_EXPORTED", "Exported the " + what + " as CSV, " + edition.param() + " edition");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
