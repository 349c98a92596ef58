package eu.competitiondesk.concentration.engine;

import static eu.competitiondesk.concentration.engine.ExactAssertions.assertExact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Merger figures and the guideline screens at every boundary, each market built from shares typed with decimals and
 * computed by hand in its comment. The last two firms listed merge. Several of these fall on the wrong side of the
 * threshold in binary floating point (37.2² + 20.4² is 1800.0000000000002 there).
 */
class MergerAndScreensTest {

    /** A market of the given shares in which the last two firms merge; no stakes, Others as one firm. */
    private static Map<Guideline, ScreenResult> screens(String... shares) {
        Analysis a = analysis(false, shares);
        return a.screens().stream().collect(Collectors.toMap(ScreenResult::guideline, Function.identity()));
    }

    private static Analysis analysis(boolean withStake, String... shares) {
        List<FirmShare> firms = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            firms.add(FirmShare.of("F" + i, shares[i]));
        }
        List<String> merging = List.of("F" + (shares.length - 2), "F" + (shares.length - 1));
        return Analysis.of(firms, null, merging, withStake ? List.of(Stake.of("F0", "F1", "0.1", "0")) : null);
    }

    private static Verdict eu(String... shares) {
        return screens(shares).get(Guideline.EU_HMG_2004).verdict();
    }

    private static Verdict us2023(String... shares) {
        return screens(shares).get(Guideline.US_MG_2023).verdict();
    }

    private static Verdict us2010(String... shares) {
        return screens(shares).get(Guideline.US_HMG_2010).verdict();
    }

    @Test
    void microsoftGoogleWorkedExample() {
        MergerOutcome merger = MarketTest.synergyQ2_2025().merge(List.of("Microsoft", "google "));
        assertExact("520", merger.delta());
        assertExact("2026", merger.postHhi());
        assertExact("33", merger.combinedShare());
        Analysis a = Analysis.of(
                MarketTest.synergyQ2_2025().shares(), new BigDecimal("2"), List.of("Microsoft", "Google"), null);
        Map<Guideline, ScreenResult> verdicts =
                a.screens().stream().collect(Collectors.toMap(ScreenResult::guideline, Function.identity()));
        assertEquals(
                Verdict.FURTHER_ANALYSIS, verdicts.get(Guideline.EU_HMG_2004).verdict());
        assertEquals(
                Verdict.PRESUMED_ANTICOMPETITIVE,
                verdicts.get(Guideline.US_MG_2023).verdict());
        assertTrue(verdicts.get(Guideline.US_MG_2023).reason().startsWith("Both tests met"));
        assertEquals(
                Verdict.SIGNIFICANT_CONCERNS,
                verdicts.get(Guideline.US_HMG_2010).verdict());
        verdicts.values()
                .forEach(r -> assertTrue(
                        r.reason().matches(".*\\((EU|US) [^)]*(para|Guideline|section)[^)]*\\).*"), r.reason()));
    }

    @Test
    void threeWayMergerDeltaCountsEveryPair() {
        MergerOutcome merger = MarketTest.synergyQ2_2025().merge(List.of("Oracle", "IBM", "Tencent"));
        assertExact("32", merger.delta()); // 2 * (3*2 + 3*2 + 2*2)
        assertExact("7", merger.combinedShare());
    }

    @Test
    void mergerMustNameTwoKnownFirmsOnce() {
        Market market = MarketTest.synergyQ2_2025();
        assertThrows(InvalidConcentrationInput.class, () -> market.merge(List.of("AWS")));
        InvalidConcentrationInput unknown =
                assertThrows(InvalidConcentrationInput.class, () -> market.merge(List.of("AWS", "Hetzner")));
        assertEquals("merger[1]", unknown.errors().get(0).field());
        InvalidConcentrationInput twice =
                assertThrows(InvalidConcentrationInput.class, () -> market.merge(List.of("AWS", "aws")));
        assertEquals("merger[1]", twice.errors().get(0).field());
    }

    @Test
    void euBelow1000IsStrict() {
        // 1.2² + (18.9 + 12.7)² = 1.44 + 998.56 = 1,000 exactly; delta 2 * 18.9 * 12.7 = 480.06; combined 31.6.
        // Not below 1,000 (para 19), and between 1,000 and 2,000 the delta must be below 250 (para 20).
        assertExact("1000", analysis(false, "1.2", "18.9", "12.7").merger().postHhi());
        assertEquals(Verdict.FURTHER_ANALYSIS, eu("1.2", "18.9", "12.7"));
        // 1.1² + 31.6² = 1.21 + 998.56 = 999.77: below 1,000.
        assertEquals(Verdict.UNLIKELY_CONCERNS, eu("1.1", "18.9", "12.7"));
    }

    @Test
    void euHhiOf2000IsBetween1000And2000() {
        // 30.4² + (30.1 + 2.7)² = 924.16 + 1,075.84 = 2,000 exactly; delta 2 * 30.1 * 2.7 = 162.54; combined 32.8.
        // "Between 1,000 and 2,000" includes 2,000, where a delta below 250 suffices; above 2,000 it would need
        // a delta below 150.
        assertExact("2000", analysis(false, "30.4", "30.1", "2.7").merger().postHhi());
        assertExact("162.54", analysis(false, "30.4", "30.1", "2.7").merger().delta());
        assertEquals(Verdict.UNLIKELY_CONCERNS, eu("30.4", "30.1", "2.7"));
        // 30.5² + 32.8² = 930.25 + 1,075.84 = 2,006.09: above 2,000 with delta 162.54, not below 150.
        assertEquals(Verdict.FURTHER_ANALYSIS, eu("30.5", "30.1", "2.7"));
    }

    @Test
    void euDeltaOf250IsNotBelow250() {
        // 30² + (25 + 5)² = 900 + 900 = 1,800; delta 2 * 25 * 5 = 250; combined 30.
        assertEquals(Verdict.FURTHER_ANALYSIS, eu("30", "25", "5"));
        // 30² + 29.99² = 900 + 899.4001 = 1,799.4001; delta 2 * 25 * 4.99 = 249.5.
        assertEquals(Verdict.UNLIKELY_CONCERNS, eu("30", "25", "4.99"));
    }

    @Test
    void euDeltaOf150AboveHhi2000IsNotBelow150() {
        // 40² + (25 + 3)² = 1,600 + 784 = 2,384; delta 2 * 25 * 3 = 150; combined 28.
        assertEquals(Verdict.FURTHER_ANALYSIS, eu("40", "25", "3"));
        // 40² + 27.99² = 1,600 + 783.4401 = 2,383.4401; delta 2 * 25 * 2.99 = 149.5.
        assertEquals(Verdict.UNLIKELY_CONCERNS, eu("40", "25", "2.99"));
    }

    @Test
    void euCombinedShareOf25IsAnIndicationOfCompatibility() {
        // 50² + (12.5 + 12.5)² = 2,500 + 625 = 3,125; delta 312.5; combined exactly 25: "does not exceed 25%".
        ScreenResult result = screens("50", "12.5", "12.5").get(Guideline.EU_HMG_2004);
        assertEquals(Verdict.COMPATIBILITY_INDICATED, result.verdict());
        assertTrue(result.reason().contains("an indication of compatibility, not a presumption"), result.reason());
        assertTrue(result.reason().contains("Recital 32"));
        // Combined 25.01: 2,500 + 25.01² = 3,125.5001, delta 2 * 12.5 * 12.51 = 312.75: outside the safe zones.
        assertEquals(Verdict.FURTHER_ANALYSIS, eu("50", "12.5", "12.51"));
    }

    @Test
    void euPartyWithHalfTheMarketLosesTheSafeZone() {
        // (50 + 1)² = 2,601; delta 2 * 50 * 1 = 100 would be below 150 above 2,000, but a party holds 50%.
        ScreenResult result = screens("0.5", "50", "1").get(Guideline.EU_HMG_2004);
        assertEquals(Verdict.FURTHER_ANALYSIS, result.verdict());
        assertTrue(result.reason().contains("20(f)"));
        assertEquals(List.of(SpecialCircumstance.LARGE_PARTY), result.specialCircumstances());
        // 0.5² + 50.99² = 0.25 + 2,599.9801; delta 2 * 49.99 * 1 = 99.98, below 150.
        assertEquals(Verdict.UNLIKELY_CONCERNS, eu("0.5", "49.99", "1"));
    }

    @Test
    void euPotentialEntrantTakesTheMergerOutOfTheSafeZone() {
        // 40² + (30 + 0)² = 2,500; delta 0: above 2,000 with a delta below 150, but one party sells nothing yet.
        ScreenResult result = screens("40", "30", "0").get(Guideline.EU_HMG_2004);
        assertEquals(Verdict.FURTHER_ANALYSIS, result.verdict());
        assertEquals(List.of(SpecialCircumstance.POTENTIAL_ENTRANT), result.specialCircumstances());
        assertTrue(result.reason().contains("20(a)"));
    }

    @Test
    void euFlagsCrossShareholdingsWheneverStakesAreGiven() {
        // 30.4² + 32.8² = 2,000 with delta 162.54, as above: in the safe zone, with the para 20(c) flag.
        ScreenResult result = analysis(true, "30.4", "30.1", "2.7").screens().get(0);
        assertEquals(Guideline.EU_HMG_2004, result.guideline());
        assertEquals(List.of(SpecialCircumstance.CROSS_SHAREHOLDINGS), result.specialCircumstances());
        assertTrue(result.reason().contains("para 20(c)"), result.reason());
        assertTrue(analysis(false, "30.4", "30.1", "2.7")
                .screens()
                .get(0)
                .specialCircumstances()
                .isEmpty());
    }

    @Test
    void usMg2023HhiOf1800IsNotGreaterThan1800() {
        // 37.2² + (17.5 + 2.9)² = 1,383.84 + 416.16 = 1,800 exactly; delta 2 * 17.5 * 2.9 = 101.5; merged 20.4%.
        assertExact("1800", analysis(false, "37.2", "17.5", "2.9").merger().postHhi());
        assertEquals(Verdict.NOT_PRESUMED, us2023("37.2", "17.5", "2.9"));
        // 37.3² + 20.4² = 1,391.29 + 416.16 = 1,807.45 with delta 101.5.
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, us2023("37.3", "17.5", "2.9"));
    }

    @Test
    void usMg2023DeltaOf100IsNotGreaterThan100() {
        // 45² + (10 + 5)² = 2,025 + 225 = 2,250; delta 2 * 10 * 5 = 100.
        assertEquals(Verdict.NOT_PRESUMED, us2023("45", "10", "5"));
        // delta 2 * 10 * 5.01 = 100.2; 2,025 + 15.01² = 2,250.3001.
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, us2023("45", "10", "5.01"));
    }

    @Test
    void usMg2023ShareOf30IsNotGreaterThan30() {
        // 20² + (20 + 10)² = 400 + 900 = 1,300; delta 400; merged exactly 30%.
        assertEquals(Verdict.NOT_PRESUMED, us2023("20", "20", "10"));
        // Merged 30.01%: 400 + 30.01² = 1,300.6001; delta 2 * 20.01 * 10 = 400.2.
        ScreenResult shareOnly = screens("20", "20.01", "10").get(Guideline.US_MG_2023);
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, shareOnly.verdict());
        assertTrue(shareOnly.reason().contains("share greater than 30%"));
    }

    @Test
    void usHmg2010DeltaOf100IsBetween100And200() {
        // 48² + (12.5 + 4)² = 2,304 + 272.25 = 2,576.25, highly concentrated; delta 2 * 12.5 * 4 = 100.
        assertEquals(Verdict.SIGNIFICANT_CONCERNS, us2010("48", "12.5", "4"));
        // delta 2 * 12.5 * 3.99 = 99.75: less than 100.
        assertEquals(Verdict.UNLIKELY_ADVERSE_EFFECTS, us2010("48", "12.5", "3.99"));
        // Moderately concentrated, 38² + 15² = 1,444 + 225 = 1,669, with delta exactly 100: the reading is stated.
        ScreenResult moderate = screens("38", "10", "5").get(Guideline.US_HMG_2010);
        assertEquals(Verdict.SIGNIFICANT_CONCERNS, moderate.verdict());
        assertTrue(moderate.reason().contains("exactly 100"), moderate.reason());
    }

    @Test
    void usHmg2010DeltaOf200IsNotMoreThan200() {
        // 48² + (12.5 + 8)² = 2,304 + 420.25 = 2,724.25; delta 2 * 12.5 * 8 = 200.
        assertEquals(Verdict.SIGNIFICANT_CONCERNS, us2010("48", "12.5", "8"));
        // delta 2 * 12.5 * 8.01 = 200.25; 2,304 + 20.51² = 2,724.6601.
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, us2010("48", "12.5", "8.01"));
    }

    @Test
    void usHmg2010HhiOf1500IsModeratelyConcentrated() {
        // 30² + 10² + 10² + (10 + 10)² = 900 + 100 + 100 + 400 = 1,500; delta 200.
        assertEquals(Verdict.SIGNIFICANT_CONCERNS, us2010("30", "10", "10", "10", "10"));
        // 29.9² + 600 = 894.01 + 600 = 1,494.01: below 1,500.
        assertEquals(Verdict.UNLIKELY_ADVERSE_EFFECTS, us2010("29.9", "10", "10", "10", "10"));
    }

    @Test
    void usHmg2010HhiOf2500IsModeratelyConcentrated() {
        // 17.6² + (29.2 + 17.6)² = 309.76 + 2,190.24 = 2,500; delta 2 * 29.2 * 17.6 = 1,027.84.
        assertEquals(Verdict.SIGNIFICANT_CONCERNS, us2010("17.6", "29.2", "17.6"));
        // 17.7² + 2,190.24 = 313.29 + 2,190.24 = 2,503.53: highly concentrated, delta above 200.
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, us2010("17.7", "29.2", "17.6"));
    }

    @Test
    void everyScreenRunsOnEveryBoundAndNamesTheOneThatFlipsIt() {
        // Named: 1,800 and delta 101.5 (above): not presumed. Others 100 - 57.6 = 42.4 as one firm add
        // 42.4² = 1,797.76: 3,597.76 at the upper bound, presumed. Rounding band: low end 36.7² + (17 + 2.4)²
        // = 1,346.89 + 376.36 = 1,723.25 with delta 2 * 17 * 2.4 = 81.6; high end 37.7² + (18 + 3.4)²
        // = 1,421.29 + 457.96 = 1,879.25 with delta 2 * 18 * 3.4 = 122.4, presumed.
        ScreenResult us = screens("37.2", "17.5", "2.9").get(Guideline.US_MG_2023);
        assertEquals(Verdict.NOT_PRESUMED, us.verdict());
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, us.verdictAtUpperBound());
        assertEquals(List.of(Verdict.NOT_PRESUMED, Verdict.PRESUMED_ANTICOMPETITIVE), us.verdictRange());
        assertTrue(us.verdictDiffersAcrossBounds());
        assertTrue(us.boundNote().contains("the upper bound with Others"), us.boundNote());
        assertTrue(us.boundNote().contains("high end"), us.boundNote());
        assertFalse(us.boundNote().contains("low end"), us.boundNote());
        Map<Bound, ScreenResult.BoundVerdict> bounds =
                us.bounds().stream().collect(Collectors.toMap(ScreenResult.BoundVerdict::bound, Function.identity()));
        assertExact("3597.76", bounds.get(Bound.UPPER_WITH_OTHERS).figures().postHhi());
        assertExact("1723.25", bounds.get(Bound.ROUNDING_LOW).figures().postHhi());
        assertExact("81.6", bounds.get(Bound.ROUNDING_LOW).figures().delta());
        assertExact("1879.25", bounds.get(Bound.ROUNDING_HIGH).figures().postHhi());
        assertExact("122.4", bounds.get(Bound.ROUNDING_HIGH).figures().delta());
        assertEquals(
                Verdict.PRESUMED_ANTICOMPETITIVE,
                bounds.get(Bound.ROUNDING_HIGH).verdict());
        // The 2010 Guidelines: named 1,800 with delta 101.5 is moderately concentrated; the low end's delta of
        // 81.6 is less than 100 (unlikely); the upper bound is highly concentrated with delta under 200.
        ScreenResult us2010 = screens("37.2", "17.5", "2.9").get(Guideline.US_HMG_2010);
        assertEquals(List.of(Verdict.UNLIKELY_ADVERSE_EFFECTS, Verdict.SIGNIFICANT_CONCERNS), us2010.verdictRange());
    }

    @Test
    void theSameVerdictOnEveryBoundIsSaid() {
        Analysis a = Analysis.of(
                MarketTest.synergyQ2_2025().shares(), new BigDecimal("2"), List.of("Microsoft", "Google"), null);
        ScreenResult eu = a.screens().get(0);
        assertEquals(List.of(Verdict.FURTHER_ANALYSIS), eu.verdictRange());
        assertFalse(eu.verdictDiffersAcrossBounds());
        assertTrue(eu.boundNote().startsWith("The same verdict on every bound"));
        // 2,026 + (1,554 - 1,506) = 2,074 at the upper bound with no unnamed firm above 2%.
        assertExact("2074", eu.bounds().get(1).figures().postHhi());
    }
}
