package eu.competitiondesk.export;

import java.math.BigDecimal;

/**
 * How a non-confidential edition (of a report, or of an analysis in it) shows what is confidential: text becomes
 * {@code [...]}, a percentage the band of {@link ShareBands} it lies in, e.g. 23.4 becomes {@code [20-30]%}.
 */
public final class Redaction {

    public static final String MARK = "[...]";

    private Redaction() {}

    /**
     * What an edition does with business secrets: the confidential edition shows them, a non-confidential one
     * redacts them, percentages as their {@code bands}. Every read model that feeds an edition takes one.
     */
    public record Policy(boolean redacts, ShareBands bands) {

        /** The confidential edition, and every page: nothing redacted. */
        public static final Policy NONE = new Policy(false, ShareBands.COMMISSION);

        /** The share in percent as shown: its band where it is secret and redacted. */
        public String share(BigDecimal percent, boolean secret, String shown) {
            return redacts && secret ? bands.band(percent) : shown;
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
