package eu.competitiondesk.platform;

/** Clean-up of typed text before validation. */
public final class FormText {

    private FormText() {}

    /** Trimmed text, or null for a missing or blank value, so an empty field gets one "enter a value" message. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
