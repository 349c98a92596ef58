package eu.competitiondesk.notifications;

import eu.competitiondesk.cases.CaseRoutes;
import eu.competitiondesk.cases.KeyDateKind;
import eu.competitiondesk.deadlines.DeadlineBoard;
import eu.competitiondesk.deadlines.DeadlineLine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Announces each deadline of a user's open cases once it is within the user's chosen number of working days
 * (statutory and internal deadlines; milestones are not deadlines). Runs on every node on a schedule; the notice's
 * key (the key date and its day) keeps it once per user however many nodes or runs find it.
 */
@ApplicationScoped
public class DeadlineNotices {

    @Inject
    DeadlineBoard board;

    @Inject
    Notices notices;

    @Scheduled(
            identity = "deadline-notices",
            every = "${desk.notifications.deadline-check:1h}",
            delayed = "${desk.notifications.deadline-check-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Checks every active user's deadlines now; returns how many notices were new. */
    public int run() {
        List<Long> users = QuarkusTransaction.requiringNew()
                .call(() -> Notification.getEntityManager()
                        .createQuery("select u.id from AppUser u where u.active order by u.id", Long.class)
                        .getResultList());
        int raised = 0;
        for (long userId : users) {
            raised += QuarkusTransaction.requiringNew().call(() -> announce(userId));
        }
        return raised;
    }

    private int announce(long userId) {
        int days = notices.settings(userId).deadlineDays;
        int raised = 0;
        for (DeadlineLine line : board.of(userId)) {
            if (line.kind() == KeyDateKind.MILESTONE
                    || line.pressing() == DeadlineLine.Pressing.OVERDUE
                    || line.workingDays() > days) {
                continue;
            }
            raised += notices.raise(
                    new Notices.Notice(
                            NoticeKind.DEADLINE_NEAR,
                            line.caseId(),
                            line.reference(),
                            line.label(),
                            line.dueOn(),
                            CaseRoutes.show(line.caseId()) + "#key-dates",
                            "deadline:" + line.keyDateId() + ":" + line.dueOn()),
                    List.of(userId),
                    null,
                    null);
        }
        return raised;
    }
}
