package eu.competitiondesk.reports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseDirectory;
import eu.competitiondesk.export.WrittenDates;
import eu.competitiondesk.platform.AdvisoryLocks;
import eu.competitiondesk.security.CurrentUser;
import eu.competitiondesk.security.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
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
    ReportLayout layout;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** A review step refused: {@code status} 403 (not this user's to decide) or 409 (not in a state for it). */
    public static final class ReviewRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public final int status;

        ReviewRefused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    @Inject
    CaseAccess cases;

    @Inject
    ReportMessages msg;

    @Inject
    UserDirectory users;

    @Inject
    CaseDirectory caseDirectory;

    private final ObjectMapper contentReader = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The report's XHTML, for the preview and the PDF alike. */
    public String xhtml(long caseId, ReportEdition edition, int reportVersion) {
        ReportContent content = assembler.assemble(
                caseDirectory.record(caseId, false),
                edition,
                currentUser.getFullName(),
                reportVersion,
                LocalDate.now(clock));
        return xhtml(content, false, null);
    }

    /** The report document as XHTML, with its dates written out: the preview's and the PDF's one source. */
    private String xhtml(ReportContent content, boolean draft, Approval approval) {
        return WrittenDates.inText(ReportResource.Templates.report(layout.layout(content), draft, approval)
                .render());
    }

    /**
     * Exports a snapshot as a draft: its files carry the draft marking until a second team member approves it. A
     * new export of the same edition and format replaces the latest one returned, and says so.
     */
    @Transactional
    public ReportSnapshot export(long caseId, ReportEdition edition, ReportFormat format) {
        // Exports of one case take turns for their number, so each version names one document (a unique
        // constraint holds it too); exports of other cases and every other change go on meanwhile.
        AdvisoryLocks.lock(AdvisoryLocks.Space.REPORT_VERSIONS, Long.toString(caseId));
        int version = ReportSnapshot.nextVersion(caseId);
        LocalDate today = LocalDate.now(clock);
        ReportContent content = assembler.assemble(
                caseDirectory.record(caseId, false), edition, currentUser.getFullName(), version, today);
        byte[] bytes = render(content, format, true);
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
        snapshot.supersedesId = ReportSnapshot.returnedToReplace(caseId, edition, format)
                .map(r -> r.id)
                .orElse(null);
        snapshot.persist();
        ReportReview review = new ReportReview();
        review.snapshotId = snapshot.id;
        review.contentJson = assembler.canonicalJson(content);
        review.persist();
        audit.record(
                caseId,
                AuditAction.REPORT_EXPORTED,
                "Exported report version " + version + ", " + edition.param()
                        + " edition, " + format.extension + ", SHA-256 " + snapshot.sha256 + ", as a draft"
                        + (snapshot.supersedesId == null
                                ? ""
                                : ", replacing the returned report " + snapshot.supersedesId));
        return snapshot;
    }

    private byte[] render(ReportContent content, ReportFormat format, boolean draft) {
        return render(content, format, draft, null);
    }

    /** The report's file; {@code approval}, once given, replaces the draft marking on the cover and the last page. */
    private byte[] render(ReportContent content, ReportFormat format, boolean draft, Approval approval) {
        return switch (format) {
            case PDF ->
                pdf.render(
                        xhtml(content, draft, approval),
                        content.date(),
                        assembler.canonicalJson(content.withHash(null)),
                        content.inputSha256());
            case DOCX -> docx.render(layout.layout(content), draft, approval);
        };
    }

    /** Puts a draft to the case's leads and reviewers. */
    @Transactional
    public ReportReview requestReview(ReportSnapshot snapshot) {
        ReportReview review = locked(snapshot);
        if (review.status == ReviewStatus.IN_REVIEW) {
            throw new ReviewRefused(409, msg.review_already_requested());
        }
        // A returned report is not put up again unchanged: the team exports a new version, which replaces it.
        if (review.status == ReviewStatus.APPROVED || review.status == ReviewStatus.RETURNED) {
            throw new ReviewRefused(
                    409,
                    review.status == ReviewStatus.RETURNED ? msg.review_export_again() : msg.review_not_in_review());
        }
        if (review.contentJson == null) {
            throw new ReviewRefused(409, msg.review_no_content());
        }
        review.status = ReviewStatus.IN_REVIEW;
        review.requestedBy = currentUser.getUsername();
        review.requestedAt = OffsetDateTime.now(clock);
        review.decidedBy = null;
        review.decidedAt = null;
        review.comment = null;
        audit.record(
                snapshot.caseId,
                AuditAction.REPORT_REVIEW_REQUESTED,
                "Asked for review of report version " + snapshot.reportVersion);
        return review;
    }

    /**
     * Approves or returns a report in review. Four eyes: the decider is a lead or reviewer on the case team and not
     * the report's author; an administrator off the team is neither. Approval renders the same content again,
     * without the draft marking: that file is the final one.
     */
    @Transactional
    public ReportReview decide(ReportSnapshot snapshot, ReviewDecision decision) {
        boolean approve = decision.approves();
        String comment = decision.comment();
        if (snapshot.createdBy.equals(currentUser.getUsername())) {
            throw new ReviewRefused(403, msg.review_own_report());
        }
        if (!cases.canReview(snapshot.caseId)) {
            throw new ReviewRefused(403, msg.review_not_reviewer());
        }
        ReportReview review = locked(snapshot);
        if (review.status != ReviewStatus.IN_REVIEW) {
            throw new ReviewRefused(409, msg.review_not_in_review());
        }
        review.decidedBy = currentUser.getUsername();
        review.decidedAt = OffsetDateTime.now(clock);
        review.comment = comment;
        if (approve) {
            renderFinal(snapshot, review);
            review.status = ReviewStatus.APPROVED;
        } else {
            review.status = ReviewStatus.RETURNED;
        }
        audit.record(
                snapshot.caseId,
                approve ? AuditAction.REPORT_APPROVED : AuditAction.REPORT_RETURNED,
                (approve ? "Approved" : "Returned") + " report version " + snapshot.reportVersion
                        + (approve ? ", final SHA-256 " + review.finalSha256 : ""));
        return review;
    }

    /** Releases an approved non-confidential edition, recording who and when. */
    @Transactional
    public ReportReview release(ReportSnapshot snapshot) {
        ReportReview review = locked(snapshot);
        if (!review.isApproved() || snapshot.edition != ReportEdition.PUBLIC || review.isReleased()) {
            throw new ReviewRefused(409, msg.review_release_refused());
        }
        review.releasedBy = currentUser.getUsername();
        review.releasedAt = OffsetDateTime.now(clock);
        // The released file says so on its cover and last page: it is rendered once more, and its hash follows.
        renderFinal(snapshot, review);
        audit.record(
                snapshot.caseId,
                AuditAction.REPORT_RELEASED,
                "Released report version " + snapshot.reportVersion + " (non-confidential edition)");
        return review;
    }

    /**
     * The final file: the reviewed content without the draft marking, stating its approval (author, reviewer by
     * name, decision, date, and the release where released), with its hash.
     */
    private void renderFinal(ReportSnapshot snapshot, ReportReview review) {
        ReportContent content = content(review);
        Approval approval = new Approval(
                content.author(),
                users.displayName(review.decidedBy),
                msg.approval_decision_approved(),
                review.decidedAt.toLocalDate(),
                review.releasedAt == null ? null : review.releasedAt.toLocalDate());
        review.finalContent = render(content, snapshot.format, false, approval);
        review.finalSha256 = sha256(review.finalContent);
    }

    private ReportContent content(ReportReview review) {
        try {
            return contentReader.readValue(review.contentJson, ReportContent.class);
        } catch (IOException e) {
            throw new IllegalStateException("the stored content of report " + review.snapshotId + " is unreadable", e);
        }
    }

    private static ReportReview locked(ReportSnapshot snapshot) {
        ReportReview review =
                ReportReview.getEntityManager().find(ReportReview.class, snapshot.id, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new IllegalStateException("report " + snapshot.id + " has no review");
        }
        return review;
    }

    /** A report's file as stored, and whether it is the approved one. */
    public record StoredFile(byte[] bytes, boolean approved) {}

    /** The file as stored: the approved rendering once approved, the draft before; the download is recorded. */
    @Transactional
    public StoredFile download(ReportSnapshot snapshot) {
        ReportReview review = ReportReview.findById(snapshot.id);
        boolean approved = review != null && review.isApproved();
        audit.record(
                snapshot.caseId,
                AuditAction.REPORT_DOWNLOADED,
                "Downloaded report version " + snapshot.reportVersion
                        + " (" + snapshot.edition.param() + ", " + snapshot.format.extension
                        + (approved ? ", approved" : ", draft") + ")");
        return new StoredFile(approved ? review.finalContent : snapshot.content, approved);
    }

    @Transactional
    public void recordCsvExport(long caseId, String what, ReportEdition edition) {
        audit.record(
                caseId, AuditAction.CSV_EXPORTED, "Exported the " + what + " as CSV, " + edition.param() + " edition");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
