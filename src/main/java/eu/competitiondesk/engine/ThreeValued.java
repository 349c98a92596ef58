package eu.competitiondesk.engine;

/**
 * The logic every rule engine uses for a test that is met, not met, or cannot be told yet because a figure it needs
 * is not known: {@code Boolean.TRUE}, {@code Boolean.FALSE} and {@code null}. It is Kleene's: "and" is false as
 * soon as one part is false, "or" true as soon as one part is true, and otherwise not known while any part is. An
 * unknown is never read as "no".
 */
public final class ThreeValued {

    private ThreeValued() {}

    public static Boolean and(Boolean... values) {
        boolean open = false;
        for (Boolean v : values) {
            if (Boolean.FALSE.equals(v)) {
                return Boolean.FALSE;
            }
            open |= v == null;
        }
        return open ? null : Boolean.TRUE;
    }

    public static Boolean or(Boolean... values) {
        boolean open = false;
        for (Boolean v : values) {
            if (Boolean.TRUE.equals(v)) {
                return Boolean.TRUE;
            }
            open |= v == null;
        }
        return open ? null : Boolean.FALSE;
    }

    public static Boolean not(Boolean value) {
        return value == null ? null : !value;
    }

    /** The finding's outcome for a test: met, not met, or cannot tell yet. */
    public static Outcome outcome(Boolean met) {
        return met == null ? Outcome.UNDETERMINED : met ? Outcome.MET : Outcome.NOT_MET;
    }

    /** The test's value from a finding's outcome; any outcome but met or not met is not known. */
    public static Boolean met(Outcome outcome) {
        return outcome == Outcome.MET ? Boolean.TRUE : outcome == Outcome.NOT_MET ? Boolean.FALSE : null;
    }

    /** The test in the words a finding uses: {@code yes} or {@code no} as given, or "cannot tell yet". */
    public static String word(Boolean met, String yes, String no) {
        return met == null ? CANNOT_TELL : met ? yes : no;
    }

    /** What a finding says of a test it cannot decide on the figures known. */
    public static final String CANNOT_TELL = "cannot tell yet";
}
