package eu.competitiondesk.referencedata.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * An amount in a currency (ISO 4217) for a financial year (the year it ends), and its conversion into a regime's own
 * currency at the rate the regime uses for that year: amount / rate, the rate quoted as units of the currency per one
 * unit of the regime's currency (the ECB's way). Kept to ten decimals, so a comparison with a threshold is not moved
 * by rounding.
 */
public record Money(BigDecimal amount, String currency, Integer financialYear) {

    /** Decimals a converted amount keeps. */
    public static final int SCALE = 10;

    /** A rate a regime converts a currency at for a financial year, with its source. */
    public record Rate(Jurisdiction regime, String currency, int financialYear, BigDecimal rate, String source) {}

    /** The amount given, the amount in the regime's currency (null where no rate is held) and the rate used. */
    public record Converted(String field, Money given, BigDecimal converted, Rate rate) {}

    /** What a regime counts in. */
    public static String currencyOf(Jurisdiction regime) {
        return switch (regime) {
            case EU -> "EUR";
            case UK -> "GBP";
            case US -> "USD";
        };
    }

    /**
     * This amount in {@code regime}'s currency: as given where it is in that currency already, otherwise at the rate
     * {@code rates} holds for its currency and financial year; null where none is held.
     */
    public Converted in(Jurisdiction regime, String field, Function<Money, Optional<Rate>> rates) {
        if (currency.equals(currencyOf(regime))) {
            return new Converted(field, this, amount, null);
        }
        Optional<Rate> rate = rates.apply(this);
        return new Converted(
                field,
                this,
                rate.map(r -> amount.divide(r.rate(), SCALE, RoundingMode.HALF_EVEN)
                                .stripTrailingZeros())
                        .map(v -> v.scale() < 0 ? v.setScale(0) : v)
                        .orElse(null),
                rate.orElse(null));
    }
}
