package eu.competitiondesk.reports;

import java.util.Set;

/**
 * A step of a report's four-eyes review, fired inside the step's transaction with the people it concerns: for a
 * request, the case's leads and reviewers; for a decision, the report's author and whoever asked for the review; for a
 * release, the whole team. Whoever tells people about it observes it; the reports do not know them.
 */
public record ReviewStepTaken(
        long caseId, String caseReference, int reportVersion, Step step, Set<String> concerned, String reviewPath) {

    /** Which step was taken. */
    public enum Step {
        REVIEW_REQUESTED,
        REPORT_RETURNED,
        REPORT_APPROVED,
        PUBLIC_EDITION_RELEASED
    }
}
