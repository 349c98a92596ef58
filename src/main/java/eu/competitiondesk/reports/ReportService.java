package eu.competitiondesk.reports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseDirectory;
import eu.competitiondesk.cases.CaseRecord;
import eu.competitiondesk.export.WrittenDates;
import eu.competitiondesk.platform.AdvisoryLocks;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.security.CurrentUser;
import eu.competitiondesk.security.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    @Inject
    Event<ReviewStepTaken> reviewSteps;

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

    /** An export's rendition, and whether this export made it or found it made already. */
    public record Exported(ReportSnapshot snapshot, boolean created) {}

    /**
     * Exports an edition in a format. Unchanged content joins the version it belongs to (same number, author and date;
     * its review state, and its approval if given, apply to the new rendition too), and a rendition that exists is
     * returned as it is. Changed content starts a new version as a draft, which replaces the latest returned one of
     * the same edition and format, and says so.
     */
    @Transactional
    public Exported export(long caseId, ReportEdition edition, ReportFormat format) {
        // Exports of one case take turns, so each content state gets one version and each rendition is made once (a
        // unique constraint holds it too); exports of other cases and every other change go on meanwhile.
        AdvisoryLocks.lock(AdvisoryLocks.Space.REPORT_VERSIONS, Long.toString(caseId));
        CaseRecord record = caseDirectory.record(caseId, false);
        String fingerprint = assembler.fingerprint(record);
        Optional<ReportSnapshot> sibling =
                ReportSnapshot.latest(caseId).filter(latest -> fingerprint.equals(latest.contentFingerprint));
        if (sibling.isPresent()) {
            Optional<ReportSnapshot> made =
                    ReportSnapshot.rendition(caseId, sibling.get().reportVersion, edition, format);
            if (made.isPresent()) {
                // Asked again for a file of unchanged content: the one made then stands, and the request is on record.
                audit.record(
                        caseId,
                        AuditAction.REPORT_EXPORTED,
                        "Asked again for report version " + made.get().reportVersion + ", " + edition.param()
                                + " edition, " + format.extension + ": nothing in the case has changed, so the file"
                                + " made then stands, SHA-256 " + made.get().sha256);
                return new Exported(made.get(), false);
            }
        }
        ReportReview siblingReview = sibling.map(s -> ReportReview.of(s.id)).orElse(null);
        ReportContent siblingContent = siblingReview == null ? null : content(siblingReview);
        int version = sibling.map(s -> s.reportVersion).orElseGet(() -> ReportSnapshot.nextVersion(caseId));
        ReportContent content = assembler.assemble(
                record,
                edition,
                siblingContent == null ? currentUser.getFullName() : siblingContent.author(),
                version,
                siblingContent == null ? LocalDate.now(clock) : siblingContent.date());
        byte[] bytes = render(content, format, true);
        ReportSnapshot snapshot = new ReportSnapshot();
        snapshot.caseId = caseId;
        snapshot.edition = edition;
        snapshot.format = format;
        snapshot.reportVersion = version;
        snapshot.contentFingerprint = fingerprint;
        snapshot.sha256 = sha256(bytes);
        snapshot.inputSha256 = content.inputSha256();
        snapshot.sizeBytes = bytes.length;
        snapshot.content = bytes;
        snapshot.createdAt = OffsetDateTime.now(clock);
        snapshot.createdBy = currentUser.getUsername();
        snapshot.supersedesId = sibling.isPresent()
                ? null
                : ReportSnapshot.returnedToReplace(caseId, edition, format)
                        .map(r -> r.id)
                        .orElse(null);
        snapshot.persist();
        ReportReview review = new ReportReview();
        review.snapshotId = snapshot.id;
        review.contentJson = assembler.canonicalJson(content);
        if (siblingReview != null) {
            review.status = siblingReview.status;
            review.requestedBy = siblingReview.requestedBy;
            review.requestedAt = siblingReview.requestedAt;
            review.decidedBy = siblingReview.decidedBy;
            review.decidedAt = siblingReview.decidedAt;
            review.comment = siblingReview.comment;
            if (review.isApproved()) {
                renderFinal(snapshot, review);
            }
        }
        review.persist();
        audit.record(
                caseId,
                AuditAction.REPORT_EXPORTED,
                "Exported report version " + version + ", " + edition.param()
                        + " edition, " + format.extension + ", SHA-256 " + snapshot.sha256
                        + (sibling.isPresent() ? ", a further rendition of the version" : ", as a draft")
                        + (snapshot.supersedesId == null
                                ? ""
                                : ", replacing the returned report " + snapshot.supersedesId));
        return new Exported(snapshot, true);
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

    /** Puts a draft version, all its renditions, to the case's leads and reviewers. */
    @Transactional
    public ReportReview requestReview(ReportSnapshot snapshot) {
        List<ReportReview> version = lockedVersion(snapshot);
        ReportReview review = of(version, snapshot);
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
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ReportReview rendition : version) {
            rendition.status = ReviewStatus.IN_REVIEW;
            rendition.requestedBy = currentUser.getUsername();
            rendition.requestedAt = now;
            rendition.decidedBy = null;
            rendition.decidedAt = null;
            rendition.comment = null;
        }
        audit.record(
                snapshot.caseId,
                AuditAction.REPORT_REVIEW_REQUESTED,
                "Asked for review of report version " + snapshot.reportVersion);
        announce(
                snapshot,
                ReviewStepTaken.Step.REVIEW_REQUESTED,
                caseDirectory.team(snapshot.caseId).entrySet().stream()
                        .filter(member -> member.getValue().canReview())
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
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
        // The version's author is who exported its first rendition; its content is theirs whoever exported the rest.
        String author = ReportSnapshot.renditions(snapshot.caseId, snapshot.reportVersion)
                .get(0)
                .createdBy;
        if (author.equals(currentUser.getUsername())) {
            throw new ReviewRefused(403, msg.review_own_report());
        }
        if (!cases.canReview(snapshot.caseId)) {
            throw new ReviewRefused(403, msg.review_not_reviewer());
        }
        List<ReportReview> version = lockedVersion(snapshot);
        ReportReview review = of(version, snapshot);
        if (review.status != ReviewStatus.IN_REVIEW) {
            throw new ReviewRefused(409, msg.review_not_in_review());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // One decision for the version: every rendition, each edition in each format, is approved or returned.
        for (ReportReview rendition : version) {
            rendition.decidedBy = currentUser.getUsername();
            rendition.decidedAt = now;
            rendition.comment = comment;
            if (approve) {
                renderFinal(ReportSnapshot.findById(rendition.snapshotId), rendition);
                rendition.status = ReviewStatus.APPROVED;
            } else {
                rendition.status = ReviewStatus.RETURNED;
            }
        }
        audit.record(
                snapshot.caseId,
                approve ? AuditAction.REPORT_APPROVED : AuditAction.REPORT_RETURNED,
                (approve ? "Approved" : "Returned") + " report version " + snapshot.reportVersion
                        + (approve ? ", final SHA-256 " + review.finalSha256 : ""));
        announce(
                snapshot,
                approve ? ReviewStepTaken.Step.REPORT_APPROVED : ReviewStepTaken.Step.REPORT_RETURNED,
                Stream.of(author, review.requestedBy).filter(Objects::nonNull).collect(Collectors.toSet()));
        return review;
    }

    /**
     * A reviewer's comment on a version in review, anchored to a paragraph the version has; the same comment sent
     * twice (a double click) is kept once. The audit trail says where, not what: a comment may quote a secret.
     */
    @Transactional
    public void comment(ReportSnapshot snapshot, ReviewComment command) {
        if (!cases.canReview(snapshot.caseId)) {
            throw new ReviewRefused(403, msg.review_not_reviewer());
        }
        ReportReview review = of(lockedVersion(snapshot), snapshot);
        if (review.status != ReviewStatus.IN_REVIEW) {
            throw new ReviewRefused(409, msg.review_comment_closed());
        }
        int paragraphs = document(review).numberedParagraphs().size();
        int paragraph = command.paragraphNumber();
        if (paragraph < 1 || paragraph > paragraphs) {
            throw new InvalidCommand(Map.of("paragraph", msg.review_paragraph_unknown(paragraphs)));
        }
        String me = currentUser.getUsername();
        if (ReportComment.exists(snapshot.caseId, snapshot.reportVersion, paragraph, me, command.text())) {
            return;
        }
        ReportComment comment = new ReportComment();
        comment.caseId = snapshot.caseId;
        comment.reportVersion = snapshot.reportVersion;
        comment.paragraph = paragraph;
        comment.text = command.text();
        comment.author = me;
        comment.createdAt = OffsetDateTime.now(clock);
        comment.persist();
        audit.record(
                snapshot.caseId,
                AuditAction.REPORT_COMMENTED,
                "Commented on paragraph (" + paragraph + ") of report version " + snapshot.reportVersion);
    }

    /** The version's report as laid out, from the content its review keeps. */
    public ReportDocument document(ReportReview review) {
        return layout.layout(content(review));
    }

    /** Releases an approved version's non-confidential edition, in each format it has, recording who and when. */
    @Transactional
    public ReportReview release(ReportSnapshot snapshot) {
        List<ReportReview> version = lockedVersion(snapshot);
        ReportReview review = of(version, snapshot);
        if (!review.isApproved() || snapshot.edition != ReportEdition.PUBLIC || review.isReleased()) {
            throw new ReviewRefused(409, msg.review_release_refused());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ReportReview rendition : version) {
            ReportSnapshot file = ReportSnapshot.findById(rendition.snapshotId);
            if (file.edition == ReportEdition.PUBLIC && !rendition.isReleased()) {
                rendition.releasedBy = currentUser.getUsername();
                rendition.releasedAt = now;
                // The released file says so on its cover and last page: it is rendered once more, and its hash
                // follows.
                renderFinal(file, rendition);
            }
        }
        audit.record(
                snapshot.caseId,
                AuditAction.REPORT_RELEASED,
                "Released report version " + snapshot.reportVersion + " (non-confidential edition)");
        announce(
                snapshot,
                ReviewStepTaken.Step.PUBLIC_EDITION_RELEASED,
                caseDirectory.team(snapshot.caseId).keySet());
        return review;
    }

    /** Tells those a review step concerns, through whoever observes the steps (the notifications). */
    private void announce(ReportSnapshot snapshot, ReviewStepTaken.Step step, Set<String> concerned) {
        reviewSteps.fire(new ReviewStepTaken(
                snapshot.caseId,
                cases.viewable(snapshot.caseId).reference(),
                snapshot.reportVersion,
                step,
                Set.copyOf(concerned),
                ReportRoutes.review(snapshot.caseId, snapshot.id)));
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

    /** The reviews of every rendition of the snapshot's version, locked in the order of their ids. */
    private static List<ReportReview> lockedVersion(ReportSnapshot snapshot) {
        return ReportSnapshot.renditions(snapshot.caseId, snapshot.reportVersion).stream()
                .map(s -> {
                    ReportReview review = ReportReview.getEntityManager()
                            .find(ReportReview.class, s.id, LockModeType.PESSIMISTIC_WRITE);
                    if (review == null) {
                        throw new IllegalStateException("report " + s.id + " has no review");
                    }
                    return review;
                })
                .toList();
    }

    private static ReportReview of(List<ReportReview> version, ReportSnapshot snapshot) {
        return version.stream()
                .filter(r -> r.snapshotId.equals(snapshot.id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("report " + snapshot.id + " is not of its version"));
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
    public void recordTableExport(long caseId, String what, String format, ReportEdition edition) {
        audit.record(
                caseId,
                AuditAction.CSV_EXPORTED,
                "Exported the " + what + " as " + format + ", " + edition.param() + " edition");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
