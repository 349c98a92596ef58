package eu.competitiondesk.platform;

/**
 * A change was recorded in the audit trail, inside its transaction: what a request changed commits or rolls back
 * together with whatever observes this (the single-use token of the form that asked for the change).
 */
public record ChangeRecorded(Long caseId, String action) {}
