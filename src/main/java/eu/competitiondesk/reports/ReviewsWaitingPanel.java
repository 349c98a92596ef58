package eu.competitiondesk.reports;

import eu.competitiondesk.cases.StartPagePanel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The start page's reports waiting for the user's review: in review, on a case the user leads or reviews, not theirs. */
@ApplicationScoped
public class ReviewsWaitingPanel implements StartPagePanel {

    /** One report to review: its case, its version and who asked. */
    public record Waiting(long caseId, String reference, long reportId, int version, String requestedBy) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(List<Waiting> waiting);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String render(long userId, String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ReportReview.getEntityManager()
                .createNativeQuery("""
                select c.id, c.reference, s.id, s.report_version, r.requested_by
                  from report_review r
                  join report_snapshot s on s.id = r.snapshot_id
                  join case_file c on c.id = s.case_id
                  join case_team_member m on m.case_id = c.id and m.user_id = ?1
                 where r.status = 'IN_REVIEW' and m.team_role in ('LEAD', 'REVIEWER') and s.created_by <> ?2
                 order by r.requested_at, s.id
                 limit 50""")
                .setParameter(1, userId)
                .setParameter(2, username)
                .getResultList();
        return Templates.panel(rows.stream()
                        .map(r -> new Waiting(
                                ((Number) r[0]).longValue(),
                                (String) r[1],
                                ((Number) r[2]).longValue(),
                                ((Number) r[3]).intValue(),
                                (String) r[4]))
                        .toList())
                .render();
    }
}
