package eu.competitiondesk.concentration.engine;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the engine writes numbers into its reasons: thousands separated, at most two decimals, no trailing zeros. */
public final class Figures {

    private Figures() {
    }

    public static String format(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
