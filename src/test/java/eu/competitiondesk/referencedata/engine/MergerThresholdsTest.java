package eu.competitiondesk.referencedata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.MergerThresholds.EuThreshold;
import eu.competitiondesk.referencedata.engine.MergerThresholds.EuUndertaking;
import eu.competitiondesk.referencedata.engine.MergerThresholds.UkHybrid;
import eu.competitiondesk.referencedata.engine.MergerThresholds.UkInput;
import eu.competitiondesk.referencedata.engine.MergerThresholds.UkParty;
import eu.competitiondesk.referencedata.engine.MergerThresholds.UsInput;
import eu.competitiondesk.referencedata.engine.MergerThresholds.UsInterest;
import eu.competitiondesk.referencedata.engine.MergerThresholds.UsReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every threshold on the side of its boundary the text's wording gives, and unknown figures left open. */
public class MergerThresholdsTest {

    public static final FigureSet EU = new FigureSet(
            ThresholdLaw.EUMR,
            LocalDate.of(2004, 5, 1),
            "EUMR",
            null,
            Map.of(
                    Figure.EU_1_2_COMBINED_WORLDWIDE,
                    m(5000),
                    Figure.EU_1_2_EACH_UNION,
                    m(250),
                    Figure.EU_1_3_COMBINED_WORLDWIDE,
                    m(2500),
                    Figure.EU_1_3_COMBINED_MEMBER_STATE,
                    m(100),
                    Figure.EU_1_3_EACH_MEMBER_STATE,
                    m(25),
                    Figure.EU_1_3_EACH_UNION,
                    m(100)));
    public static final FigureSet UK = new FigureSet(
            ThresholdLaw.EA2002_S23,
            LocalDate.of(2025, 1, 1),
            "EA 2002",
            "check",
            Map.of(
                    Figure.UK_TARGET_TURNOVER,
                    m(100),
                    Figure.UK_SHARE_OF_SUPPLY,
                    new BigDecimal("25"),
                    Figure.UK_HYBRID_SHARE,
                    new BigDecimal("33"),
                    Figure.UK_HYBRID_TURNOVER,
                    m(350),
                    Figure.UK_SAFE_HARBOUR_TURNOVER,
                    m(10)));
    public static final FigureSet US = new FigureSet(
            ThresholdLaw.HSR,
            LocalDate.of(2025, 2, 21),
            "FTC 2025",
            null,
            Map.of(
                    Figure.US_SIZE_OF_TRANSACTION,
                    new BigDecimal("126400000"),
                    Figure.US_SIZE_OF_PERSON_SMALLER,
                    new BigDecimal("25300000"),
                    Figure.US_SIZE_OF_PERSON_LARGER,
                    new BigDecimal("252900000"),
                    Figure.US_UPPER_THRESHOLD,
                    new BigDecimal("505800000")));

    static BigDecimal m(long millions) {
        return BigDecimal.valueOf(millions).multiply(BigDecimal.valueOf(1_000_000));
    }

    static EuUndertaking firm(String name, String worldwide, String union, Map<String, BigDecimal> states) {
        return new EuUndertaking(
                name,
                worldwide == null ? null : new BigDecimal(worldwide),
                union == null ? null : new BigDecimal(union),
                states);
    }

    @Test
    void exactlyFiveThousandMillionIsNotMoreThan() {
        List<EuUndertaking> atFigure =
                List.of(firm("A", "4000000000", "300000000", Map.of()), firm("B", "1000000000", "300000000", Map.of()));
        assertFalse(MergerThresholds.eu(atFigure, EU).article12());
        List<EuUndertaking> aboveFigure = List.of(
                firm("A", "4000000000.01", "300000000", Map.of()), firm("B", "1000000000", "300000000", Map.of()));
        MergerThresholds.EuResult above = MergerThresholds.eu(aboveFigure, EU);
        assertTrue(above.article12());
        assertTrue(above.dimension());
        assertEquals(EuThreshold.ARTICLE_1_2, above.threshold());
    }

    @Test
    void unionTurnoverOfExactlyTwoHundredFiftyMillionDoesNotCount() {
        List<EuUndertaking> firms =
                List.of(firm("A", "6000000000", "250000000", Map.of()), firm("B", "1000000000", "900000000", Map.of()));
        assertFalse(MergerThresholds.eu(firms, EU).article12());
    }

    @Test
    void exactlyTwoThirdsIsNotMoreThanTwoThirds() {
        // 200 of 300 in Germany is exactly two-thirds: the rule does not apply and the dimension stands.
        Map<String, BigDecimal> twoThirds = Map.of("DE", m(200), "FR", m(100));
        List<EuUndertaking> firms = List.of(
                firm("A", "6000000000", "300000000", twoThirds), firm("B", "6000000000", "300000000", twoThirds));
        MergerThresholds.EuResult exactly = MergerThresholds.eu(firms, EU);
        assertFalse(exactly.twoThirdsRule());
        assertTrue(exactly.dimension());
        Map<String, BigDecimal> more =
                Map.of("DE", new BigDecimal("200000000.01"), "FR", new BigDecimal("99999999.99"));
        MergerThresholds.EuResult above = MergerThresholds.eu(
                List.of(firm("A", "6000000000", "300000000", more), firm("B", "6000000000", "300000000", more)), EU);
        assertTrue(above.twoThirdsRule());
        assertFalse(above.dimension());
        assertNull(above.threshold());
    }

    @Test
    void twoThirdsInDifferentMemberStatesDoNotRemoveTheDimension() {
        MergerThresholds.EuResult result = MergerThresholds.eu(
                List.of(
                        firm("A", "6000000000", "300000000", Map.of("DE", m(290))),
                        firm("B", "6000000000", "300000000", Map.of("FR", m(290)))),
                EU);
        assertFalse(result.twoThirdsRule());
        assertTrue(result.dimension());
    }

    @Test
    void articleOneThreeNeedsThreeMemberStatesWithTwoUndertakingsEach() {
        Map<String, BigDecimal> a = Map.of("DE", m(60), "FR", m(60), "IT", m(60));
        Map<String, BigDecimal> b = Map.of("DE", m(50), "FR", m(50), "IT", m(50));
        List<EuUndertaking> three =
                List.of(firm("A", "2000000000", "200000000", a), firm("B", "600000000", "150000000", b));
        MergerThresholds.EuResult result = MergerThresholds.eu(three, EU);
        assertFalse(result.article12());
        assertTrue(result.article13());
        assertEquals(EuThreshold.ARTICLE_1_3, result.threshold());
        // B's Italian turnover of exactly EUR 25 million is not more than 25 million: two Member States remain.
        Map<String, BigDecimal> aMoreInItaly = Map.of("DE", m(60), "FR", m(60), "IT", m(80));
        Map<String, BigDecimal> bAtFigure = Map.of("DE", m(50), "FR", m(50), "IT", m(25), "ES", m(10));
        assertFalse(MergerThresholds.eu(
                        List.of(
                                firm("A", "2000000000", "200000000", aMoreInItaly),
                                firm("B", "600000000", "150000000", bAtFigure)),
                        EU)
                .article13());
    }

    @Test
    void anUnknownFigureLeavesTheDimensionOpenUnlessTheOthersSettleIt() {
        List<EuUndertaking> unknownWorldwide = List.of(
                firm("A", null, "300000000", Map.of("DE", m(100))),
                firm("B", "1000000000", "300000000", Map.of("FR", m(100))));
        MergerThresholds.EuResult open = MergerThresholds.eu(unknownWorldwide, EU);
        assertNull(open.article12());
        assertNull(open.dimension());
        assertTrue(open.findings().stream()
                .anyMatch(f -> f.outcome() == Outcome.UNDETERMINED
                        && f.basis().stream().anyMatch(Basis::isUnknown)));
        // The known turnover already exceeds the combined figure: Art. 1(2) is met whatever the other is.
        List<EuUndertaking> settled = List.of(
                firm("A", null, "300000000", Map.of("DE", m(100))),
                firm("B", "6000000000", "300000000", Map.of("FR", m(100))));
        assertTrue(MergerThresholds.eu(settled, EU).article12());
        // No figures by Member State: the two-thirds rule cannot be told, so neither can the dimension.
        assertNull(MergerThresholds.eu(
                        List.of(firm("A", "6000000000", "300000000", null), firm("B", "6000000000", "300000000", null)),
                        EU)
                .dimension());
    }

    @Test
    void everyFindingNamesTheFigureSetItUsed() {
        MergerThresholds.EuResult result = MergerThresholds.eu(List.of(firm("A", "1", "1", Map.of())), EU);
        assertTrue(result.findings().stream()
                .allMatch(f -> f.basis().stream().anyMatch(b -> b.text().contains("in force from 2004-05-01 (EUMR)"))));
        assertTrue(MergerThresholds.uk(new UkInput(m(1), List.of(), null, null, null), UK).findings().stream()
                .allMatch(f -> f.basis().stream().anyMatch(b -> b.text().contains("to verify: check"))));
    }

    @Test
    void ukTurnoverOfExactlyOneHundredMillionIsNotMet() {
        assertFalse(MergerThresholds.uk(
                        new UkInput(m(100), List.of(new UkParty("Acquirer", m(500))), null, null, null), UK)
                .turnoverTest());
        MergerThresholds.UkResult above = MergerThresholds.uk(
                new UkInput(new BigDecimal("100000000.01"), List.of(new UkParty("Acquirer", m(500))), null, null, null),
                UK);
        assertTrue(above.turnoverTest());
        assertFalse(above.smallMergerSafeHarbour());
        assertTrue(above.jurisdiction());
    }

    @Test
    void ukShareOfSupplyOfExactlyTwentyFivePercentWithAnIncrementIsMet() {
        assertTrue(MergerThresholds.uk(
                        new UkInput(m(20), List.of(new UkParty("Acquirer", m(50))), new BigDecimal("25"), true, null),
                        UK)
                .shareOfSupplyTest());
        assertFalse(MergerThresholds.uk(new UkInput(m(20), List.of(), new BigDecimal("24.99"), true, null), UK)
                .shareOfSupplyTest());
        assertFalse(MergerThresholds.uk(new UkInput(m(20), List.of(), new BigDecimal("40"), false, null), UK)
                .shareOfSupplyTest());
        assertNull(MergerThresholds.uk(new UkInput(m(20), List.of(), new BigDecimal("40"), null, null), UK)
                .shareOfSupplyTest());
    }

    @Test
    void ukHybridTestAtItsEdges() {
        UkInput atEdges = new UkInput(
                m(5),
                List.of(new UkParty("Acquirer", m(400))),
                null,
                null,
                new UkHybrid(new BigDecimal("33"), new BigDecimal("350000000.01"), true));
        assertTrue(MergerThresholds.uk(atEdges, UK).hybridTest());
        assertFalse(MergerThresholds.uk(
                        new UkInput(m(5), List.of(), null, null, new UkHybrid(new BigDecimal("33"), m(350), true)), UK)
                .hybridTest());
        assertNull(MergerThresholds.uk(
                        new UkInput(m(5), List.of(), null, null, new UkHybrid(new BigDecimal("40"), m(400), null)), UK)
                .hybridTest());
    }

    /**
     * EA 2002 s.23(2)(c) as inserted from 1 January 2025: the share of supply test needs the UK turnover of the target
     * or another enterprise concerned to "exceed £10 million". GBP 9,999,999.99 each: none exceeds, so the test fails
     * and the safe harbour applies; GBP 10,000,000 exactly: still none exceeds (strict), same result; GBP
     * 10,000,000.01 for the target: it exceeds, the test is met with a 60% share and an increment, jurisdiction.
     */
    @Test
    void ukSafeHarbourAppliesUnlessSomeoneExceedsTenMillion() {
        MergerThresholds.UkResult small = MergerThresholds.uk(
                new UkInput(
                        new BigDecimal("9999999.99"),
                        List.of(new UkParty("Acquirer", new BigDecimal("9999999.99"))),
                        new BigDecimal("60"),
                        true,
                        null),
                UK);
        assertFalse(small.shareOfSupplyTest());
        assertTrue(small.smallMergerSafeHarbour());
        assertFalse(small.jurisdiction());
        MergerThresholds.UkResult atFigure = MergerThresholds.uk(
                new UkInput(m(10), List.of(new UkParty("Acquirer", m(10))), new BigDecimal("60"), true, null), UK);
        assertTrue(atFigure.smallMergerSafeHarbour(), "exactly GBP 10 m does not exceed GBP 10 m");
        assertFalse(atFigure.shareOfSupplyTest());
        assertFalse(atFigure.jurisdiction());
        Finding harbour = atFigure.findings().stream()
                .filter(f -> f.id().equals("uk-safe-harbour"))
                .findFirst()
                .orElseThrow();
        assertTrue(harbour.source().contains("s.23(2)(c)"), harbour.source());
        MergerThresholds.UkResult above = MergerThresholds.uk(
                new UkInput(
                        new BigDecimal("10000000.01"),
                        List.of(new UkParty("Acquirer", m(1))),
                        new BigDecimal("60"),
                        true,
                        null),
                UK);
        assertFalse(above.smallMergerSafeHarbour());
        assertTrue(above.shareOfSupplyTest());
        assertTrue(above.jurisdiction());
        // The acquirer's turnover unknown and the target's below: neither the safe harbour nor the jurisdiction.
        MergerThresholds.UkResult unknown = MergerThresholds.uk(
                new UkInput(m(1), List.of(new UkParty("Acquirer", null)), new BigDecimal("60"), true, null), UK);
        assertNull(unknown.smallMergerSafeHarbour());
        assertNull(unknown.jurisdiction());
    }

    /** The UK law before 1 January 2025: target's UK turnover over GBP 70 m, 25% share of supply, nothing else. */
    static final FigureSet UK_BEFORE_2025 = new FigureSet(
            ThresholdLaw.EA2002_S23,
            LocalDate.of(2003, 6, 20),
            "EA 2002 s.23 before the DMCC Act 2024",
            null,
            Map.of(Figure.UK_TARGET_TURNOVER, m(70), Figure.UK_SHARE_OF_SUPPLY, new BigDecimal("25")));

    /**
     * On the law before 2025: GBP 70 m exactly does not exceed GBP 70 m, GBP 70,000,000.01 does; two firms of GBP 1 m
     * each with 30% and an increment meet the share of supply test (no safe harbour then); the hybrid test and the safe
     * harbour were not in the law, so both are false and say why.
     */
    @Test
    void ukBefore2025TheTurnoverFigureIsSeventyMillionWithNoHybridTestOrSafeHarbour() {
        assertFalse(MergerThresholds.uk(new UkInput(m(70), List.of(), null, null, null), UK_BEFORE_2025)
                .turnoverTest());
        assertTrue(MergerThresholds.uk(
                        new UkInput(new BigDecimal("70000000.01"), List.of(), null, null, null), UK_BEFORE_2025)
                .turnoverTest());
        MergerThresholds.UkResult small = MergerThresholds.uk(
                new UkInput(
                        m(1),
                        List.of(new UkParty("Acquirer", m(1))),
                        new BigDecimal("30"),
                        true,
                        new UkHybrid(new BigDecimal("40"), m(400), true)),
                UK_BEFORE_2025);
        assertTrue(small.shareOfSupplyTest());
        assertFalse(small.hybridTest());
        assertFalse(small.smallMergerSafeHarbour());
        assertTrue(small.jurisdiction());
        assertTrue(small.findings().stream()
                .filter(f -> f.id().equals("uk-hybrid"))
                .allMatch(f -> f.title().contains("not in the law on the transaction's date")));
    }

    static UsInput votingShares(String size, String acquiring, String acquired) {
        return new UsInput(
                new BigDecimal(size),
                acquiring == null ? null : new BigDecimal(acquiring),
                acquired == null ? null : new BigDecimal(acquired),
                UsInterest.VOTING_SECURITIES,
                null,
                new BigDecimal("30"),
                false);
    }

    @Test
    void usSizeOfTransactionMustExceedTheThreshold() {
        MergerThresholds.UsResult atFigure =
                MergerThresholds.us(votingShares("126400000", "999999999999", "999999999999"), US);
        assertFalse(atFigure.reportable());
        assertTrue(atFigure.reasons().contains(UsReason.SIZE_OF_TRANSACTION_NOT_EXCEEDED));
        assertEquals(new BigDecimal("126400000"), atFigure.sizeOfTransactionThresholdUsd());
        // Just above it, with persons exactly at the size-of-person figures: "or more" includes them.
        MergerThresholds.UsResult above =
                MergerThresholds.us(votingShares("126400000.01", "252900000", "25300000"), US);
        assertTrue(above.reportable());
        assertTrue(above.reasons().contains(UsReason.SIZE_OF_PERSON_MET));
        assertFalse(MergerThresholds.us(votingShares("200000000", "252899999.99", "25300000"), US)
                .reportable());
    }

    @Test
    void usSizeOfPersonAppliesUpToTheUpperThresholdInclusive() {
        assertFalse(MergerThresholds.us(votingShares("505800000", "1000", "1000"), US)
                .reportable());
        MergerThresholds.UsResult above = MergerThresholds.us(votingShares("505800000.01", null, null), US);
        assertTrue(above.reportable());
        assertTrue(above.reasons().contains(UsReason.ABOVE_UPPER_THRESHOLD));
        MergerThresholds.UsResult unknown = MergerThresholds.us(votingShares("300000000", null, "30000000"), US);
        assertNull(unknown.reportable());
        assertTrue(unknown.reasons().contains(UsReason.SIZE_OF_PERSON_NOT_KNOWN));
    }

    @Test
    void aNonCorporateInterestBelowHalfTheProfitsConfersNoControl() {
        UsInput below = new UsInput(
                new BigDecimal("13000000000"),
                null,
                null,
                UsInterest.NON_CORPORATE,
                new BigDecimal("49.99"),
                null,
                null);
        MergerThresholds.UsResult result = MergerThresholds.us(below, US);
        assertFalse(result.reportable());
        assertTrue(result.reasons().contains(UsReason.NON_CORPORATE_NO_CONTROL));
        UsInput half = new UsInput(
                new BigDecimal("13000000000"), null, null, UsInterest.NON_CORPORATE, new BigDecimal("50"), null, null);
        assertTrue(MergerThresholds.us(half, US).reportable());
        UsInput unknown =
                new UsInput(new BigDecimal("13000000000"), null, null, UsInterest.NON_CORPORATE, null, null, null);
        assertNull(MergerThresholds.us(unknown, US).reportable());
    }

    @Test
    void votingSecuritiesOfTenPercentOrLessHeldForInvestmentAreExempt() {
        UsInput ten = new UsInput(
                new BigDecimal("600000000"),
                null,
                null,
                UsInterest.VOTING_SECURITIES,
                null,
                new BigDecimal("10"),
                true);
        MergerThresholds.UsResult exempt = MergerThresholds.us(ten, US);
        assertFalse(exempt.reportable());
        assertTrue(exempt.reasons().contains(UsReason.INVESTMENT_ONLY_EXEMPT));
        UsInput more = new UsInput(
                new BigDecimal("600000000"),
                null,
                null,
                UsInterest.VOTING_SECURITIES,
                null,
                new BigDecimal("10.01"),
                true);
        assertTrue(MergerThresholds.us(more, US).reportable());
        UsInput notSaid = new UsInput(
                new BigDecimal("600000000"), null, null, UsInterest.VOTING_SECURITIES, null, new BigDecimal("5"), null);
        MergerThresholds.UsResult open = MergerThresholds.us(notSaid, US);
        assertNull(open.reportable());
        assertTrue(open.reasons().contains(UsReason.INVESTMENT_ONLY_NOT_KNOWN));
    }

    @Test
    void memberStateCodesAreIsoWithElForGreece() {
        assertEquals("GR", MergerThresholds.memberState("EL"));
        assertEquals("GR", MergerThresholds.memberState("gr"));
        assertEquals("DE", MergerThresholds.memberState("DE"));
        assertNull(MergerThresholds.memberState("UK"));
        assertNull(MergerThresholds.memberState("XX"));
    }
}
