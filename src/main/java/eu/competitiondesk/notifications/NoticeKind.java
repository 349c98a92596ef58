package eu.competitiondesk.notifications;

/**
 * What a notice tells its reader. Stored by name (the names never change); people read each in the words of the
 * message bundle ({@code ntc:kind}).
 */
public enum NoticeKind {
    REVIEW_REQUESTED,
    REPORT_RETURNED,
    REPORT_APPROVED,
    PUBLIC_EDITION_RELEASED,
    DEADLINE_NEAR,
    ADDED_TO_TEAM
}
