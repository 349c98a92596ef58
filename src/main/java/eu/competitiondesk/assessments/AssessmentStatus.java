package eu.competitiondesk.assessments;

/** Whether the officer still works on an assessment or has marked it complete. */
public enum AssessmentStatus {
    IN_PROGRESS,
    COMPLETED
}
