package eu.competitiondesk.concentration.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MergerAndScreensTest {

    private static final double EXACT = 1e-9;

    private static Map<Guideline, ScreenResult> screens(MergerOutcome merger) {
        return Screens.evaluate(merger).stream().collect(Collectors.toMap(ScreenResult::guideline, Function.identity()));
    }

    private static MergerOutcome outcome(double post, double delta, double combined, double largestParty) {
        return new MergerOutcome(List.of(new FirmShare("P", largestParty), new FirmShare("Q", combined - largestParty)),
                post - delta, post, delta, combined);
    }

    @Test
    void microsoftGoogleWorkedExample() {
        MergerOutcome merger = MarketTest.synergyQ2_2025().merge(List.of("Microsoft", "google "));
        assertEquals(520, merger.delta(), EXACT);
        assertEquals(2026, merger.postHhi(), EXACT);
        assertEquals(33, merger.combinedShare(), EXACT);
        Map<Guideline, ScreenResult> verdicts = screens(merger);
        assertEquals(Verdict.FURTHER_ANALYSIS, verdicts.get(Guideline.EU_HMG_2004).verdict());
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, verdicts.get(Guideline.US_MG_2023).verdict());
        assertTrue(verdicts.get(Guideline.US_MG_2023).reason().startsWith("Both tests met"));
        assertEquals(Verdict.SIGNIFICANT_CONCERNS, verdicts.get(Guideline.US_HMG_2010).verdict());
        verdicts.values().forEach(r -> assertTrue(r.reason().matches(".*\\((EU|US) [^)]*(para|Guideline|section)[^)]*\\).*"),
                r.reason()));
    }

    @Test
    void threeWayMergerDeltaCountsEveryPair() {
        MergerOutcome merger = MarketTest.synergyQ2_2025().merge(List.of("Oracle", "IBM", "Tencent"));
        assertEquals(2 * (3 * 2 + 3 * 2 + 2 * 2), merger.delta(), EXACT);
        assertEquals(7, merger.combinedShare(), EXACT);
    }

    @Test
    void mergerMustNameTwoKnownFirmsOnce() {
        Market market = MarketTest.synergyQ2_2025();
        assertThrows(InvalidConcentrationInput.class, () -> market.merge(List.of("AWS")));
        InvalidConcentrationInput unknown = assertThrows(InvalidConcentrationInput.class,
                () -> market.merge(List.of("AWS", "Hetzner")));
        assertEquals("merger[1]", unknown.errors().get(0).field());
        InvalidConcentrationInput twice = assertThrows(InvalidConcentrationInput.class,
                () -> market.merge(List.of("AWS", "aws")));
        assertEquals("merger[1]", twice.errors().get(0).field());
    }

    @Test
    void euSafeZonesAndTheirEdges() {
        assertEquals(Verdict.UNLIKELY_CONCERNS, Screens.euHmg2004(outcome(999.99, 400, 26, 20)).verdict());
        assertEquals(Verdict.UNLIKELY_CONCERNS, Screens.euHmg2004(outcome(1000, 249.99, 26, 20)).verdict());
        assertEquals(Verdict.FURTHER_ANALYSIS, Screens.euHmg2004(outcome(1000, 250, 26, 20)).verdict());
        assertEquals(Verdict.UNLIKELY_CONCERNS, Screens.euHmg2004(outcome(2000, 249, 26, 20)).verdict());
        assertEquals(Verdict.FURTHER_ANALYSIS, Screens.euHmg2004(outcome(2000.01, 150, 26, 20)).verdict());
        assertEquals(Verdict.UNLIKELY_CONCERNS, Screens.euHmg2004(outcome(2000.01, 149.99, 26, 20)).verdict());
    }

    @Test
    void euCombinedShareAtMost25PercentIsPresumedCompatible() {
        ScreenResult result = Screens.euHmg2004(outcome(3000, 300, 25, 15));
        assertEquals(Verdict.UNLIKELY_CONCERNS, result.verdict());
        assertTrue(result.reason().contains("Recital 32"));
        assertEquals(Verdict.FURTHER_ANALYSIS, Screens.euHmg2004(outcome(3000, 300, 25.01, 15)).verdict());
    }

    @Test
    void euPartyWithHalfTheMarketLosesTheSafeZone() {
        ScreenResult result = Screens.euHmg2004(outcome(2600, 100, 51, 50));
        assertEquals(Verdict.FURTHER_ANALYSIS, result.verdict());
        assertTrue(result.reason().contains("20(f)"));
        assertEquals(Verdict.UNLIKELY_CONCERNS, Screens.euHmg2004(outcome(2600, 100, 51, 49.99)).verdict());
    }

    @Test
    void usMergerGuidelines2023BothTestsAndTheirEdges() {
        assertEquals(Verdict.NOT_PRESUMED, Screens.usMg2023(outcome(1800, 500, 30, 20)).verdict());
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, Screens.usMg2023(outcome(1800.01, 100.01, 20, 15)).verdict());
        assertEquals(Verdict.NOT_PRESUMED, Screens.usMg2023(outcome(3000, 100, 40, 30)).verdict());
        ScreenResult shareOnly = Screens.usMg2023(outcome(1200, 101, 30.01, 20));
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, shareOnly.verdict());
        assertTrue(shareOnly.reason().contains("share above 30%"));
    }

    @Test
    void usHorizontalMergerGuidelines2010Bands() {
        assertEquals(Verdict.UNLIKELY_ADVERSE_EFFECTS, Screens.usHmg2010(outcome(5000, 99.99, 60, 50)).verdict());
        assertEquals(Verdict.UNLIKELY_ADVERSE_EFFECTS, Screens.usHmg2010(outcome(1499.99, 400, 30, 20)).verdict());
        assertEquals(Verdict.SIGNIFICANT_CONCERNS, Screens.usHmg2010(outcome(1500, 101, 30, 20)).verdict());
        assertEquals(Verdict.SIGNIFICANT_CONCERNS, Screens.usHmg2010(outcome(2500, 300, 30, 20)).verdict());
        assertEquals(Verdict.SIGNIFICANT_CONCERNS, Screens.usHmg2010(outcome(2500.01, 200, 30, 20)).verdict());
        assertEquals(Verdict.PRESUMED_ANTICOMPETITIVE, Screens.usHmg2010(outcome(2500.01, 200.01, 30, 20)).verdict());
    }
}
