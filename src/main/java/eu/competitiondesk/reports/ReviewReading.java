package eu.competitiondesk.reports;

import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the review page shows of a version: the report itself as laid out for its files, what changed since the
 * version last returned (or else the last approved one), the comments anchored to its paragraphs, and what the
 * signed-in user may do with it.
 */
@ApplicationScoped
public class ReviewReading {

    @Inject
    ReportService reports;

    @Inject
    ReportMessages msg;

    @Inject
    CaseAccess cases;

    @Inject
    CurrentUser currentUser;

    /**
     * {@code document} is null for a report exported before reviews kept their content; {@code comparedWith} the
     * version the changes are counted from, or null when there is none.
     */
    public record View(
            ReportDocument document,
            Integer comparedWith,
            List<ReportChanges.Line> changes,
            List<ReportComment> comments,
            Map<Integer, List<ReportComment>> commentsByParagraph,
            boolean mayDecide,
            boolean mayComment) {}

    public View of(ReportSnapshot snapshot, ReportReview review) {
        ReportDocument document = review.contentJson == null ? null : reports.document(review);
        Optional<ReportSnapshot> compared = ReportSnapshot.lastEnded(
                        snapshot.caseId, snapshot.reportVersion, ReviewStatus.RETURNED, snapshot.edition)
                .or(() -> ReportSnapshot.lastEnded(
                        snapshot.caseId, snapshot.reportVersion, ReviewStatus.APPROVED, snapshot.edition));
        List<ReportChanges.Line> changes = document == null || compared.isEmpty()
                ? List.of()
                : ReportChanges.between(
                        reports.document(ReportReview.of(compared.get().id)),
                        document,
                        new ReportChanges.Words(msg.change_added(), msg.change_removed()));
        List<ReportComment> comments = ReportComment.ofVersion(snapshot.caseId, snapshot.reportVersion);
        String author = ReportSnapshot.renditions(snapshot.caseId, snapshot.reportVersion)
                .get(0)
                .createdBy;
        boolean reviewing = review.status == ReviewStatus.IN_REVIEW
                && cases.canReview(snapshot.caseId)
                && !author.equals(currentUser.getUsername());
        return new View(
                document,
                compared.map(s -> s.reportVersion).orElse(null),
                changes,
                comments,
                comments.stream().collect(Collectors.groupingBy(c -> c.paragraph)),
                reviewing,
                reviewing && document != null);
    }
}
