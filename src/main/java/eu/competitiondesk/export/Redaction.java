package eu.competitiondesk.export;

import java.math.BigDecimal;

/**
 * How a non-confidential edition (of a report, or of an analysis in it) shows what is confidential: text becomes
 * {@code [...]}, a share becomes the band it lies in, e.g. 23.4 with width 10 becomes {@code [20-30]%}.
 */
public final class Redaction {

    public static final String MARK = "[...]";

    private Redaction() {}

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

    /**
     * What an edition does with business secrets: the confidential edition shows them, a non-confidential one
     * redacts them, shares as bands of {@code bandWidth} points. Every read model that feeds an edition takes one.
     */
    public record Policy(boolean redacts, int bandWidth) {

        /** The confidential edition, and every page: nothing redacted. */
        public static final Policy NONE = new Policy(false, 10);

        /** The share in percent as shown: its band where it is secret and redacted. */
        public String share(BigDecimal percent, boolean secret, String shown) {
            return redacts && secret ? band(percent.doubleValue(), bandWidth) : shown;
        }

        /** Text as shown: the mark where it is secret and redacted. */
        public String text(String text, boolean secret) {
            return redacts && secret && text != null ? MARK : text;
        }

        public boolean hides(boolean secret) {
            return redacts && secret;
        }
    }
}
