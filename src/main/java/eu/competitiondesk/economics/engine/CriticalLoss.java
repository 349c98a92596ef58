package eu.competitiondesk.economics.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Critical loss analysis for the hypothetical monopolist test. With X the price rise and M the margin (P - C) / P,
 * both as fractions: break-even critical loss X / (X + M), critical elasticity 1 / (X + M), and the profit-maximising
 * critical loss under linear demand X / (2X + M). The comparisons with an actual loss or an aggregate diversion ratio
 * are made exactly, by cross-multiplying, so a figure equal to the critical loss falls on the side the test's wording
 * gives ("below" and "above" are strict).
 */
public final class CriticalLoss {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Inputs and results in percent (the elasticity as a number). {@code priceRiseProfitable}: the actual loss is
     * below the break-even critical loss (null without an actual loss). {@code diversionTestMet}: the aggregate
     * diversion ratio is above the break-even critical loss (null without it).
     */
    public record Result(
            BigDecimal priceRisePercent,
            BigDecimal marginPercent,
            BigDecimal breakEvenCriticalLossPercent,
            BigDecimal profitMaximisingCriticalLossPercent,
            BigDecimal criticalElasticity,
            BigDecimal actualLossPercent,
            Boolean priceRiseProfitable,
            BigDecimal aggregateDiversionPercent,
            Boolean diversionTestMet) {}

    private CriticalLoss() {}

    /** All figures in percent; the price rise more than 0, the margin from 0 to 100. */
    public static Result evaluate(
            BigDecimal priceRisePercent,
            BigDecimal marginPercent,
            BigDecimal actualLossPercent,
            BigDecimal aggregateDiversionPercent) {
        if (priceRisePercent.signum() <= 0 || marginPercent.signum() < 0 || marginPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("price rise must be positive and the margin between 0 and 100");
        }
        BigDecimal x = priceRisePercent;
        BigDecimal m = marginPercent;
        BigDecimal xPlusM = x.add(m);
        BigDecimal breakEven = plain(HUNDRED.multiply(x).divide(xPlusM, MathContext.DECIMAL64));
        BigDecimal profitMaximising = plain(HUNDRED.multiply(x).divide(x.add(x).add(m), MathContext.DECIMAL64));
        BigDecimal elasticity = plain(HUNDRED.divide(xPlusM, MathContext.DECIMAL64));
        // loss < 100 X / (X + M)  <=>  loss (X + M) < 100 X, exact in decimals
        BigDecimal hundredX = HUNDRED.multiply(x);
        Boolean profitable = actualLossPercent == null
                ? null
                : actualLossPercent.multiply(xPlusM).compareTo(hundredX) < 0;
        Boolean diversion = aggregateDiversionPercent == null
                ? null
                : aggregateDiversionPercent.multiply(xPlusM).compareTo(hundredX) > 0;
        return new Result(
                x,
                m,
                breakEven,
                profitMaximising,
                elasticity,
                actualLossPercent,
                profitable,
                aggregateDiversionPercent,
                diversion);
    }

    /** 10 rather than 1E+1: a quotient written as people and JSON readers expect. */
    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
