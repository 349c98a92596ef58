package eu.competitiondesk.reports;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CasePanel;
import eu.competitiondesk.cases.CaseRoutes;
import eu.competitiondesk.reasoning.OfficerTexts;
import eu.competitiondesk.reasoning.ReasoningRoutes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The case page's reports: previews, CSV and JSON downloads, the export buttons and the snapshots exported so far. */
@ApplicationScoped
public class ReportsPanel implements CasePanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(
                CaseHeading caseFile,
                boolean canEdit,
                List<ReportRow> reports,
                String introductionHref,
                String closingHref);
    }

    /** A snapshot with its review, and what the viewer may do with it. */
    public record ReportRow(
            ReportSnapshot report,
            ReportReview review,
            boolean mayRequest,
            boolean mayDecide,
            boolean mayRelease,
            Integer supersedesVersion) {}

    @Inject
    eu.competitiondesk.cases.CaseAccess cases;

    @Inject
    eu.competitiondesk.security.CurrentUser currentUser;

    @Inject
    ReportMessages msg;

    @Override
    public int position() {
        return 40;
    }

    @Override
    public String render(CaseHeading caseFile, boolean canEdit) {
        List<ReportSnapshot> snapshots = ReportSnapshot.ofCase(caseFile.id());
        Map<Long, ReportReview> reviews = new HashMap<>();
        List<Long> ids = snapshots.stream().map(r -> r.id).toList();
        ReportReview.ofSnapshots(ids).forEach(r -> reviews.put(r.snapshotId, r));
        Set<Long> reviewable = ReportReview.withContent(ids);
        Map<Long, Integer> versions = new HashMap<>();
        // Newest first: the last rendition seen of a version is its first, whose exporter is the version's author.
        Map<Integer, String> authors = new HashMap<>();
        snapshots.forEach(r -> {
            versions.put(r.id, r.reportVersion);
            authors.put(r.reportVersion, r.createdBy);
        });
        boolean reviewer = cases.canReview(caseFile.id());
        String me = currentUser.getUsername();
        List<ReportRow> rows = snapshots.stream()
                .map(r -> {
                    ReportReview review = reviews.get(r.id);
                    ReviewStatus status = review == null ? ReviewStatus.DRAFT : review.status;
                    boolean open = status == ReviewStatus.DRAFT;
                    return new ReportRow(
                            r,
                            review,
                            canEdit && open && reviewable.contains(r.id),
                            reviewer
                                    && status == ReviewStatus.IN_REVIEW
                                    && !authors.get(r.reportVersion).equals(me),
                            canEdit
                                    && status == ReviewStatus.APPROVED
                                    && r.edition == ReportEdition.PUBLIC
                                    && !review.isReleased(),
                            r.supersedesId == null ? null : versions.get(r.supersedesId));
                })
                .toList();
        String back = CaseRoutes.show(caseFile.id()) + "#reports";
        return Templates.panel(
                        caseFile,
                        canEdit,
                        rows,
                        ReasoningRoutes.edit(
                                caseFile.id(), OfficerTexts.INTRODUCTION, msg.introduction_heading(), back),
                        ReasoningRoutes.edit(caseFile.id(), OfficerTexts.CLOSING, msg.closing_heading(), back))
                .render();
    }
}
