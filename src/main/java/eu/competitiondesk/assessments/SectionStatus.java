package eu.competitiondesk.assessments;

/** Where a section of an assessment stands, as the task list shows it. */
public enum SectionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    /** Every question of the section is hidden by earlier answers. */
    NOT_APPLICABLE
}
