package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the engine writes numbers into its reasons: thousands separated and every decimal the value carries (so a
 * share typed as 2.95 or an HHI of 297.5625 is shown as it is, never rounded into another side of a threshold).
 */
public final class Figures {

    private Figures() {}

    public static String format(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        BigDecimal plain = plain(value);
        format.setMinimumFractionDigits(plain.scale());
        format.setMaximumFractionDigits(plain.scale());
        return format.format(plain);
    }

    /** A figure that is not exact by nature (a quotient), written with at most two decimals. */
    public static String format(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** Without trailing zeros and never in exponent form: 1800.00 becomes 1800, 2.50 becomes 2.5. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
