package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every figure for one set of shares, and for a merger and stakes when asked: what the API answers and the market
 * and scenario pages show. All numbers are exact, but for the numbers equivalent and the modified HHI.
 */
public record Analysis(
        Market market,
        BigDecimal othersMaxShare,
        BigDecimal hhi,
        BigDecimal hhiUpper,
        BigDecimal othersShare,
        BigDecimal cr4,
        BigDecimal numbersEquivalent,
        Band roundingBand,
        MergerOutcome merger,
        List<ScreenResult> screens,
        OwnershipOutcome ownership) {

    /**
     * Runs the calculation, or throws {@link InvalidConcentrationInput} naming every bad field: the shares first;
     * when they are sound, the Others bound, the merger and the stakes together.
     */
    public static Analysis of(
            List<FirmShare> shares, BigDecimal othersMaxShare, List<String> merger, List<Stake> stakes) {
        Market market = Market.of(shares);
        List<InputError> errors = new ArrayList<>();
        BigDecimal upper = attempt(() -> market.hhiUpperBound(othersMaxShare), errors);
        MergerOutcome mergerOutcome =
                merger == null || merger.isEmpty() ? null : attempt(() -> market.merge(merger), errors);
        boolean stakesGiven = stakes != null && !stakes.isEmpty();
        OwnershipOutcome ownership = stakesGiven ? attempt(() -> market.withStakes(stakes), errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidConcentrationInput(errors);
        }
        Band band = market.roundingBand();
        return new Analysis(
                market,
                othersMaxShare,
                market.hhi(),
                upper,
                market.othersShare(),
                market.concentrationRatio(4),
                market.numbersEquivalent(),
                band,
                mergerOutcome,
                mergerOutcome == null ? null : Screens.evaluate(market, mergerOutcome, upper, band, stakesGiven),
                ownership);
    }

    private static <T> T attempt(Supplier<T> step, List<InputError> errors) {
        try {
            return step.get();
        } catch (InvalidConcentrationInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
