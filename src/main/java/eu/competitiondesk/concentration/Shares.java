package eu.competitiondesk.concentration;

import java.math.BigDecimal;

/** How a share in percent is typed on the market pages and in their commands. */
final class Shares {

    /** A decimal with a point, e.g. 23 or 23.5. */
    static final String DECIMAL = "^[0-9]{1,3}(\\.[0-9]{1,4})?$";

    private Shares() {}

    /** The figure as a person would type it back: no exponent, no trailing zeros. */
    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
