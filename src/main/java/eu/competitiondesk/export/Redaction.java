package eu.competitiondesk.export;

/**
 * How a non-confidential edition (of a report, or of an analysis in it) shows what is confidential: text becomes
 * {@code [...]}, a share becomes the band it lies in, e.g. 23.4 with width 10 becomes {@code [20-30]%}.
 */
public final class Redaction {

    public static final String MARK = "[...]";

    private Redaction() {
    }

    public static String band(double share, int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("band width must be positive");
        }
        int low = (int) Math.floor(share / width) * width;
        int high = Math.min(100, low + width);
        if (low >= 100) {
            low = 100 - width;
            high = 100;
        }
        return "[" + low + "-" + high + "]%";
    }
}
