package eu.competitiondesk.cases;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case references as the Commission writes them: an instrument prefix, a dot and a number, e.g. AT.40987
 * (antitrust), M.11234 (merger), DMA.100011 (Digital Markets Act), SA.12345 (State aid).
 */
public final class CaseReference {

    /** Prefix of 1 to 6 letters, a dot, 3 to 8 digits. */
    public static final String PATTERN = "^[A-Z]{1,6}\\.[0-9]{3,8}$";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private CaseReference() {}

    /** Upper-cases and trims what a user typed, so "at.40987 " and "AT.40987" are the same reference. */
    public static String normalise(String typed) {
        return typed == null ? null : typed.trim().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return normalised != null && COMPILED.matcher(normalised).matches();
    }
}
