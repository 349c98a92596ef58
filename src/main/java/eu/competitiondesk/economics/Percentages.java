package eu.competitiondesk.economics;

import java.math.BigDecimal;

/** How the analyses' percentages and prices are typed, and read back for their edit pages. */
final class Percentages {

    /** A percentage with a point for decimals: 5, 42.5. */
    static final String PERCENT = "^[0-9]{1,3}(\\.[0-9]{1,4})?$";

    /** A price with a point for decimals: 100, 0.85. */
    static final String PRICE = "^[0-9]{1,15}(\\.[0-9]{1,4})?$";

    private Percentages() {}

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
