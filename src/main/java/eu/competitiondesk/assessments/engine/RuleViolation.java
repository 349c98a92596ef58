package eu.competitiondesk.assessments.engine;

/** A field of an assessment's input that the rules cannot use, e.g. {@code services[0].monthlyActiveEndUsers}. */
public record RuleViolation(String field, String message) {}
