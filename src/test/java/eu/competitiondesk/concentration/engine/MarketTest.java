package eu.competitiondesk.concentration.engine;

import static eu.competitiondesk.concentration.engine.ExactAssertions.assertExact;
import static eu.competitiondesk.concentration.engine.ExactAssertions.assertNear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples from docs/methodology.md and the edge cases around them. */
class MarketTest {

    private static final double EXACT = 1e-9;

    /** Worldwide cloud infrastructure services, Q2 2025, Synergy Research Group. */
    static Market synergyQ2_2025() {
        return Market.of(List.of(
                FirmShare.of("AWS", "30"),
                FirmShare.of("Microsoft", "20"),
                FirmShare.of("Google", "13"),
                FirmShare.of("Alibaba", "4"),
                FirmShare.of("Oracle", "3"),
                FirmShare.of("Salesforce", "2"),
                FirmShare.of("IBM", "2"),
                FirmShare.of("Tencent", "2")));
    }

    @Test
    void cloudMarketWorkedExample() {
        Market market = synergyQ2_2025();
        assertNear(1506, market.hhi(), EXACT);
        assertNear(24, market.othersShare(), EXACT);
        assertNear(1554, market.hhiUpperBound(new BigDecimal("2.0")), EXACT);
        assertNear(2082, market.hhiUpperBound(null), EXACT);
        assertNear(67, market.concentrationRatio(4), EXACT);
        assertExact("6.64", market.numbersEquivalent()); // 10,000 / 1,506 = 6.6401..., to two decimals
        assertNear(6.64, market.numbersEquivalent(), 0.005);
    }

    @Test
    void concentrationRatioForAnyN() {
        Market market = synergyQ2_2025();
        assertNear(30, market.concentrationRatio(1), EXACT);
        assertNear(50, market.concentrationRatio(2), EXACT);
        assertNear(76, market.concentrationRatio(8), EXACT);
        assertNear(76, market.concentrationRatio(50), EXACT);
        assertThrows(IllegalArgumentException.class, () -> market.concentrationRatio(0));
    }

    @Test
    void concentrationRatioTakesTheLargestFirmsWhateverTheOrder() {
        Market market =
                Market.of(List.of(FirmShare.of("Small", "5"), FirmShare.of("Big", "40"), FirmShare.of("Mid", "20")));
        assertNear(60, market.concentrationRatio(2), EXACT);
    }

    @Test
    void oneFirmWithTheWholeMarket() {
        Market monopoly = Market.of(List.of(FirmShare.of("Only", "100")));
        assertNear(10_000, monopoly.hhi(), EXACT);
        assertNear(1, monopoly.numbersEquivalent(), EXACT);
        assertNear(0, monopoly.othersShare(), EXACT);
        assertNear(10_000, monopoly.hhiUpperBound(null), EXACT);
        assertNear(10_000, monopoly.hhiUpperBound(new BigDecimal("1.0")), EXACT);
    }

    @Test
    void manyTinyFirms() {
        List<FirmShare> shares = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            shares.add(FirmShare.of("Firm " + i, "0.01"));
        }
        Market market = Market.of(shares);
        assertNear(1, market.hhi(), 1e-6);
        assertNear(10_000, market.numbersEquivalent(), 1e-3);
        assertNear(0.04, market.concentrationRatio(4), 1e-12);
        assertNear(0, market.othersShare(), 1e-6);
    }

    @Test
    void upperBoundWithARemainderFirm() {
        Market market = Market.of(List.of(FirmShare.of("A", "50"), FirmShare.of("B", "43")));
        // Others 7 with no unnamed firm above 3: two firms of 3 and one of 1.
        assertNear(2500 + 1849 + 9 + 9 + 1, market.hhiUpperBound(new BigDecimal("3.0")), EXACT);
        assertNear(2500 + 1849 + 49, market.hhiUpperBound(null), EXACT);
        assertNear(2500 + 1849 + 49, market.hhiUpperBound(new BigDecimal("7.0")), EXACT);
        assertNear(2500 + 1849 + 49, market.hhiUpperBound(new BigDecimal("50.0")), EXACT);
    }

    @Test
    void roundingBandMovesEveryShareHalfAPointFlooredAtZero() {
        Market market = Market.of(List.of(FirmShare.of("A", "30"), FirmShare.of("B", "0.3")));
        Band band = market.roundingBand();
        assertNear(29.5 * 29.5 + 0, band.low(), EXACT);
        assertNear(30.5 * 30.5 + 0.8 * 0.8, band.high(), EXACT);
        Band cloud = synergyQ2_2025().roundingBand();
        assertTrue(cloud.low().intValue() < 1506 && 1506 < cloud.high().intValue());
        assertNear(1506 - 76 + 8 * 0.25, cloud.low(), EXACT);
        assertNear(1506 + 76 + 8 * 0.25, cloud.high(), EXACT);
    }

    @Test
    void sharesThatDoNotAddUpToExactly100AreTolerated() {
        Market rounded = Market.of(List.of(FirmShare.of("A", "50.3"), FirmShare.of("B", "50.2")));
        assertNear(0, rounded.othersShare(), EXACT);
        InvalidConcentrationInput tooMuch = assertThrows(
                InvalidConcentrationInput.class,
                () -> Market.of(List.of(FirmShare.of("A", "60"), FirmShare.of("B", "40.6"))));
        assertEquals("shares", tooMuch.errors().get(0).field());
    }

    @Test
    void badSharesAreNamedOneByOne() {
        InvalidConcentrationInput e = assertThrows(
                InvalidConcentrationInput.class,
                () -> Market.of(List.of(
                        FirmShare.of("A", "0.00001"),
                        FirmShare.of("B", "-3"),
                        FirmShare.of("C", "100.1"),
                        FirmShare.of(" a ", "5"),
                        FirmShare.of("", "5"),
                        new FirmShare("D", null))));
        List<String> fields = e.errors().stream().map(InputError::field).toList();
        assertEquals(
                List.of(
                        "shares[0].share",
                        "shares[1].share",
                        "shares[2].share",
                        "shares[3].firm",
                        "shares[4].firm",
                        "shares[5].share"),
                fields);
    }

    @Test
    void emptyOrOversizedListsAreRefused() {
        assertThrows(InvalidConcentrationInput.class, () -> Market.of(List.of()));
        List<FirmShare> tooMany = new ArrayList<>();
        for (int i = 0; i <= Market.MAX_FIRMS; i++) {
            tooMany.add(FirmShare.of("F" + i, "0.001"));
        }
        InvalidConcentrationInput e = assertThrows(InvalidConcentrationInput.class, () -> Market.of(tooMany));
        assertTrue(e.errors().get(0).message().contains("10000"));
    }

    @Test
    void othersMaxShareMustBeAPercentage() {
        Market market = synergyQ2_2025();
        assertThrows(InvalidConcentrationInput.class, () -> market.hhiUpperBound(new BigDecimal("0.0")));
        assertThrows(InvalidConcentrationInput.class, () -> market.hhiUpperBound(new BigDecimal("120.0")));
    }

    @Test
    void decimalSharesGiveExactFigures() {
        // 2.9² + 17.5² = 8.41 + 306.25 = 314.66; a binary double gives 314.65999999999997.
        Market market = Market.of(List.of(FirmShare.of("A", "2.9"), FirmShare.of("B", "17.5")));
        assertExact("314.66", market.hhi());
        assertExact("79.6", market.othersShare());
        assertEquals("314.66", Figures.format(market.hhi()));
        assertEquals("2.95", Figures.format(new BigDecimal("2.950")));
        assertEquals("1,800", Figures.format(new BigDecimal("1800.00")));
        assertEquals("297.5625", Figures.format(new BigDecimal("17.25").pow(2)));
    }

    @Test
    void aPotentialEntrantHasAShareOfZero() {
        Market market = Market.of(List.of(FirmShare.of("A", "60"), FirmShare.of("Entrant", "0")));
        assertExact("3600", market.hhi());
        InvalidConcentrationInput none =
                assertThrows(InvalidConcentrationInput.class, () -> Market.of(List.of(FirmShare.of("A", "0"))));
        assertEquals("shares", none.errors().get(0).field());
    }
}
