package eu.competitiondesk.reasoning;

/** One paragraph the officer wrote; a confidential one is redacted in the non-confidential edition. */
public record Passage(String text, boolean confidential) {}
