package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;

/**
 * A stake of {@code holder} in {@code target}: {@code financial} of the target's profit rights and {@code control}
 * of its control rights, both fractions from 0 to 1, taken from the target's own outside shareholders. The target
 * is a firm of the market; the holder is either a firm of the market or an owner outside it (a fund, or a parent
 * holding several firms).
 */
public record Stake(String holder, String target, BigDecimal financial, BigDecimal control) {

    /** For tests and callers that hold the fractions as text. */
    public static Stake of(String holder, String target, String financial, String control) {
        return new Stake(holder, target, new BigDecimal(financial), new BigDecimal(control));
    }
}
