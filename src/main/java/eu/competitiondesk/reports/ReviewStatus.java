package eu.competitiondesk.reports;

/** Where a report snapshot stands in its review; only an approved one is final. */
public enum ReviewStatus {
    /** Exported, not yet put to a reviewer. */
    DRAFT,
    /** Waiting for a lead or reviewer other than its author. */
    IN_REVIEW,
    /** Approved by a second team member: final, without draft marking. */
    APPROVED,
    /** Sent back with a comment; a new export replaces it. */
    RETURNED
}
