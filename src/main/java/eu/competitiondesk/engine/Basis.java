package eu.competitiondesk.engine;

/**
 * One thing a finding rests on. {@code input} names what it refers to: the engine's input field (the stateless
 * API's field name, for example {@code buyerShare}), the question id once the assessment rules have mapped it, or
 * null for a fact the rule derived itself (a reason, a date counted). {@code value} is in words ("20%", "not known",
 * "EUR 7,500,000,000"); pages and reports show a question's own answer in its place, redacted where the answer is a
 * business secret.
 */
public record Basis(String input, String label, String value) {

    /** The value of an input no one has given yet; a rule that needs it cannot tell yet. */
    public static final String NOT_KNOWN = "not known";

    public static Basis of(String input, String label, String value) {
        return new Basis(input, label, value);
    }

    /** A fact the rule derived, not an input. */
    public static Basis derived(String text) {
        return new Basis(null, null, text);
    }

    /** The same reference under another name (an engine field mapped to its question). */
    public Basis as(String newInput) {
        return new Basis(newInput, label, value);
    }

    /** Whether the input is still unknown, wholly or for some year. */
    public boolean isUnknown() {
        return input != null && value != null && value.contains(NOT_KNOWN);
    }

    /** "label: value", or the derived fact. */
    public String text() {
        return label == null ? value : label + ": " + value;
    }
}
