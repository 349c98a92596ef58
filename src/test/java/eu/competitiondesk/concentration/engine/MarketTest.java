package eu.competitiondesk.concentration.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples from docs/methodology.md and the edge cases around them. */
class MarketTest {

    private static final double EXACT = 1e-9;

    /** Worldwide cloud infrastructure services, Q2 2025, Synergy Research Group. */
    static Market synergyQ2_2025() {
        return Market.of(List.of(new FirmShare("AWS", 30), new FirmShare("Microsoft", 20),
                new FirmShare("Google", 13), new FirmShare("Alibaba", 4), new FirmShare("Oracle", 3),
                new FirmShare("Salesforce", 2), new FirmShare("IBM", 2), new FirmShare("Tencent", 2)));
    }

    @Test
    void cloudMarketWorkedExample() {
        Market market = synergyQ2_2025();
        assertEquals(1506, market.hhi(), EXACT);
        assertEquals(24, market.othersShare(), EXACT);
        assertEquals(1554, market.hhiUpperBound(2.0), EXACT);
        assertEquals(2082, market.hhiUpperBound(null), EXACT);
        assertEquals(67, market.concentrationRatio(4), EXACT);
        assertEquals(10_000 / 1506.0, market.numbersEquivalent(), EXACT);
        assertEquals(6.64, market.numbersEquivalent(), 0.005);
    }

    @Test
    void concentrationRatioForAnyN() {
        Market market = synergyQ2_2025();
        assertEquals(30, market.concentrationRatio(1), EXACT);
        assertEquals(50, market.concentrationRatio(2), EXACT);
        assertEquals(76, market.concentrationRatio(8), EXACT);
        assertEquals(76, market.concentrationRatio(50), EXACT);
        assertThrows(IllegalArgumentException.class, () -> market.concentrationRatio(0));
    }

    @Test
    void concentrationRatioTakesTheLargestFirmsWhateverTheOrder() {
        Market market = Market.of(List.of(new FirmShare("Small", 5), new FirmShare("Big", 40),
                new FirmShare("Mid", 20)));
        assertEquals(60, market.concentrationRatio(2), EXACT);
    }

    @Test
    void oneFirmWithTheWholeMarket() {
        Market monopoly = Market.of(List.of(new FirmShare("Only", 100)));
        assertEquals(10_000, monopoly.hhi(), EXACT);
        assertEquals(1, monopoly.numbersEquivalent(), EXACT);
        assertEquals(0, monopoly.othersShare(), EXACT);
        assertEquals(10_000, monopoly.hhiUpperBound(null), EXACT);
        assertEquals(10_000, monopoly.hhiUpperBound(1.0), EXACT);
    }

    @Test
    void manyTinyFirms() {
        List<FirmShare> shares = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            shares.add(new FirmShare("Firm " + i, 0.01));
        }
        Market market = Market.of(shares);
        assertEquals(1, market.hhi(), 1e-6);
        assertEquals(10_000, market.numbersEquivalent(), 1e-3);
        assertEquals(0.04, market.concentrationRatio(4), 1e-12);
        assertEquals(0, market.othersShare(), 1e-6);
    }

    @Test
    void upperBoundWithARemainderFirm() {
        Market market = Market.of(List.of(new FirmShare("A", 50), new FirmShare("B", 43)));
        // Others 7 with no unnamed firm above 3: two firms of 3 and one of 1.
        assertEquals(2500 + 1849 + 9 + 9 + 1, market.hhiUpperBound(3.0), EXACT);
        assertEquals(2500 + 1849 + 49, market.hhiUpperBound(null), EXACT);
        assertEquals(2500 + 1849 + 49, market.hhiUpperBound(7.0), EXACT);
        assertEquals(2500 + 1849 + 49, market.hhiUpperBound(50.0), EXACT);
    }

    @Test
    void roundingBandMovesEveryShareHalfAPointFlooredAtZero() {
        Market market = Market.of(List.of(new FirmShare("A", 30), new FirmShare("B", 0.3)));
        Band band = market.roundingBand();
        assertEquals(29.5 * 29.5 + 0, band.low(), EXACT);
        assertEquals(30.5 * 30.5 + 0.8 * 0.8, band.high(), EXACT);
        Band cloud = synergyQ2_2025().roundingBand();
        assertTrue(cloud.low() < 1506 && 1506 < cloud.high());
        assertEquals(1506 - 76 + 8 * 0.25, cloud.low(), EXACT);
        assertEquals(1506 + 76 + 8 * 0.25, cloud.high(), EXACT);
    }

    @Test
    void sharesThatDoNotAddUpToExactly100AreTolerated() {
        Market rounded = Market.of(List.of(new FirmShare("A", 50.3), new FirmShare("B", 50.2)));
        assertEquals(0, rounded.othersShare(), EXACT);
        InvalidConcentrationInput tooMuch = assertThrows(InvalidConcentrationInput.class,
                () -> Market.of(List.of(new FirmShare("A", 60), new FirmShare("B", 40.6))));
        assertEquals("shares", tooMuch.errors().get(0).field());
    }

    @Test
    void badSharesAreNamedOneByOne() {
        InvalidConcentrationInput e = assertThrows(InvalidConcentrationInput.class, () -> Market.of(List.of(
                new FirmShare("A", 0), new FirmShare("B", -3), new FirmShare("C", 100.1), new FirmShare(" a ", 5),
                new FirmShare("", 5), new FirmShare("D", Double.NaN))));
        List<String> fields = e.errors().stream().map(InputError::field).toList();
        assertEquals(List.of("shares[0].share", "shares[1].share", "shares[2].share", "shares[3].firm",
                "shares[4].firm", "shares[5].share"), fields);
    }

    @Test
    void emptyOrOversizedListsAreRefused() {
        assertThrows(InvalidConcentrationInput.class, () -> Market.of(List.of()));
        List<FirmShare> tooMany = new ArrayList<>();
        for (int i = 0; i <= Market.MAX_FIRMS; i++) {
            tooMany.add(new FirmShare("F" + i, 0.001));
        }
        InvalidConcentrationInput e = assertThrows(InvalidConcentrationInput.class, () -> Market.of(tooMany));
        assertTrue(e.errors().get(0).message().contains("10000"));
    }

    @Test
    void othersMaxShareMustBeAPercentage() {
        Market market = synergyQ2_2025();
        assertThrows(InvalidConcentrationInput.class, () -> market.hhiUpperBound(0.0));
        assertThrows(InvalidConcentrationInput.class, () -> market.hhiUpperBound(120.0));
    }
}
