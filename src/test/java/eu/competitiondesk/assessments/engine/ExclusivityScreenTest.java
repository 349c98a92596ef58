package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.assessments.engine.ExclusivityScreen.DominanceIndicator;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.Input;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.RestraintType;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.Result;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.VberReason;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exclusivity screen at the edges of each rule; shares as typed decimals. */
class ExclusivityScreenTest {

    /** The facts, with every optional fact unset; each test sets what it needs. */
    static final class Facts {
        String supplier = "10";
        String buyer = "10";
        RestraintType type;
        String requirements = "50";
        Integer months = 12;
        Boolean tacit = false;
        Boolean terminable = false;
        Boolean competitors = false;
        Boolean dual;
        Boolean exchange;
        Boolean parallel = false;
        String tied;
        Integer shareYear;
        Integer assessmentYear;
        Integer above30;
        Integer above35;
        String dominant;

        Result run() {
            return ExclusivityScreen.evaluate(new Input(
                    dec(supplier),
                    dec(buyer),
                    type,
                    dec(requirements),
                    months,
                    tacit,
                    terminable,
                    competitors,
                    dual,
                    exchange,
                    parallel,
                    dec(tied),
                    shareYear,
                    assessmentYear,
                    above30,
                    above35,
                    dec(dominant)));
        }

        private static BigDecimal dec(String value) {
            return value == null ? null : new BigDecimal(value);
        }
    }

    static Facts facts() {
        return new Facts();
    }

    private static Finding finding(Result result, String id) {
        return result.findings().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withinEveryLimitTheAgreementIsCovered() {
        Facts f = facts();
        f.supplier = "30";
        f.buyer = "30";
        f.requirements = "80";
        f.months = 60;
        Result result = f.run();
        assertFalse(result.nonCompete(), "80% exactly is quantity forcing, not more than 80%");
        assertEquals(Boolean.TRUE, result.vberSafeHarbour(), "30% does not exceed 30%");
        assertNull(result.nonCompeteExempted(), "no non-compete");
        assertEquals(List.of(), result.vberReasons());
        assertNull(result.dominanceIndicator());
    }

    @Test
    void sharesAboveThirtyPercent() {
        Facts supplier = facts();
        supplier.supplier = "30.01";
        assertEquals(List.of(VberReason.SUPPLIER_SHARE_ABOVE_30), supplier.run().vberReasons());
        Facts buyer = facts();
        buyer.buyer = "30.01";
        assertEquals(List.of(VberReason.BUYER_SHARE_ABOVE_30), buyer.run().vberReasons());
        assertEquals(Boolean.FALSE, buyer.run().vberSafeHarbour());
    }

    @Test
    void aPlainNonCompeteIsOneWhateverTheShareOfRequirements() {
        Facts f = facts();
        f.type = RestraintType.NON_COMPETE;
        f.requirements = "20";
        assertTrue(f.run().nonCompete(), "Art. 1(1)(f), first limb");
        f.requirements = null;
        assertTrue(f.run().nonCompete(), "no share of requirements needed for a plain non-compete");
        Facts forcing = facts();
        forcing.type = RestraintType.QUANTITY_FORCING;
        forcing.requirements = "80";
        assertFalse(forcing.run().nonCompete());
        forcing.requirements = "80.01";
        assertTrue(forcing.run().nonCompete(), "more than 80% of purchases");
    }

    @Test
    void exclusiveSupplyAndDistributionNeverGetADurationReason() {
        for (RestraintType type : List.of(RestraintType.EXCLUSIVE_SUPPLY, RestraintType.EXCLUSIVE_DISTRIBUTION)) {
            Facts f = facts();
            f.type = type;
            f.requirements = "100";
            f.months = null;
            Result result = f.run();
            assertFalse(result.nonCompete(), type.name());
            assertEquals(List.of(), result.vberReasons(), type.name());
            assertNull(result.nonCompeteExempted());
            assertTrue(result.findings().stream().noneMatch(x -> x.id().equals("non-compete-duration")));
        }
    }

    @Test
    void anExcludedNonCompeteLeavesTheRestOfTheAgreementExempted() {
        Facts f = facts();
        f.type = RestraintType.NON_COMPETE;
        f.months = 61;
        Result result = f.run();
        assertEquals(Boolean.TRUE, result.vberSafeHarbour(), "Arts. 2 and 3 are met");
        assertEquals(Boolean.FALSE, result.nonCompeteExempted());
        assertEquals(List.of(VberReason.NON_COMPETE_OVER_FIVE_YEARS), result.vberReasons());
        String title = finding(result, "vber-safe-harbour").title();
        assertTrue(title.contains("covers the agreement except the non-compete"), title);
        assertTrue(title.contains("severable"), title);
        f.months = 60;
        assertEquals(Boolean.TRUE, f.run().nonCompeteExempted(), "five years exactly is not longer than five years");
        f.months = null;
        assertEquals(List.of(VberReason.NON_COMPETE_INDEFINITE), f.run().vberReasons());
    }

    @Test
    void tacitRenewalCountsAsLongUnlessTheBuyerCanLeave() {
        Facts f = facts();
        f.requirements = "90";
        f.tacit = true;
        assertEquals(List.of(VberReason.NON_COMPETE_OVER_FIVE_YEARS), f.run().vberReasons());
        assertEquals(Boolean.FALSE, f.run().nonCompeteExempted());
        f.terminable = true;
        assertEquals(Boolean.TRUE, f.run().nonCompeteExempted());
    }

    @Test
    void competitorsFallOutsideSaveNonReciprocalDualDistribution() {
        Facts f = facts();
        f.competitors = true;
        assertNull(f.run().vberSafeHarbour(), "dual distribution not known: cannot tell yet");
        f.dual = false;
        assertEquals(Boolean.FALSE, f.run().vberSafeHarbour());
        assertEquals(List.of(VberReason.COMPETITORS), f.run().vberReasons());
        f.dual = true;
        assertEquals(Boolean.TRUE, f.run().vberSafeHarbour());
        assertTrue(finding(f.run(), "competitors").source().contains("Art. 2(4)(a) and (b)"));
        f.exchange = true;
        Finding exchange = finding(f.run(), "information-exchange");
        assertEquals(Outcome.NOT_MET, exchange.outcome());
        assertEquals("VBER Art. 2(5)", exchange.source());
        assertEquals(Boolean.TRUE, f.run().vberSafeHarbour(), "the exchange alone falls outside, not the agreement");
    }

    @Test
    void gracePeriodsOfArticle7() {
        // A share of 33% that first rose above 30% in 2024: covered in 2025 and 2026, not in 2027 (Art. 7(d)).
        Facts f = facts();
        f.supplier = "33";
        f.above30 = 2024;
        f.assessmentYear = 2026;
        f.shareYear = 2025;
        assertEquals(Boolean.TRUE, f.run().vberSafeHarbour());
        assertTrue(finding(f.run(), "market-share-cap").title().contains("until the end of 2026"));
        f.assessmentYear = 2027;
        f.shareYear = 2026;
        assertEquals(Boolean.FALSE, f.run().vberSafeHarbour());
        // 36%: above 35% first in 2025, so one year after it (2026), within two years of 2024 (Art. 7(e), (f)).
        Facts high = facts();
        high.supplier = "36";
        high.above30 = 2024;
        high.above35 = 2025;
        high.assessmentYear = 2026;
        assertEquals(Boolean.TRUE, high.run().vberSafeHarbour());
        high.above35 = 2026;
        high.assessmentYear = 2027;
        assertEquals(Boolean.FALSE, high.run().vberSafeHarbour(), "never more than two years after 2024");
    }

    @Test
    void sharesMustBeOfThePrecedingCalendarYear() {
        Facts f = facts();
        f.shareYear = 2023;
        f.assessmentYear = 2026;
        Result result = f.run();
        assertNull(result.vberSafeHarbour());
        assertEquals(Outcome.UNDETERMINED, finding(result, "market-share-cap").outcome());
        assertTrue(finding(result, "market-share-cap").title().contains("Art. 7(a) calls for 2025"));
    }

    @Test
    void deMinimisThresholds() {
        Facts f = facts();
        f.supplier = "15";
        f.buyer = "15";
        assertEquals(Boolean.TRUE, f.run().deMinimis(), "15% each does not exceed 15%");
        f.buyer = "15.01";
        assertEquals(Boolean.FALSE, f.run().deMinimis());
        Facts competitors = facts();
        competitors.competitors = true;
        competitors.supplier = "6";
        competitors.buyer = "4";
        assertEquals(Boolean.TRUE, competitors.run().deMinimis(), "10% combined");
        competitors.buyer = "4.01";
        assertEquals(Boolean.FALSE, competitors.run().deMinimis());
        Facts cumulative = facts();
        cumulative.parallel = true;
        cumulative.tied = "30";
        cumulative.supplier = "5";
        cumulative.buyer = "5";
        assertEquals(Boolean.TRUE, cumulative.run().deMinimis(), "5% each where networks tie 30% or more");
        cumulative.supplier = "5.01";
        assertEquals(Boolean.FALSE, cumulative.run().deMinimis());
        cumulative.tied = null;
        assertNull(cumulative.run().deMinimis(), "5.01%: below 15% but above 5%, the coverage decides");
        cumulative.supplier = "16";
        assertEquals(Boolean.FALSE, cumulative.run().deMinimis(), "above every threshold");
    }

    /**
     * De minimis point 9: where it is not stated whether the parties compete, the competitors' 10% combined applies.
     * 8% + 6% = 14% > 10%: not of minor importance (under the non-competitors' 15% each it would be); 4% + 6% = 10%,
     * which does not exceed 10%: of minor importance.
     */
    @Test
    void whetherThePartiesCompeteUnstatedTheTenPercentApplies() {
        Facts f = facts();
        f.competitors = null;
        f.supplier = "8";
        f.buyer = "6";
        Result result = f.run();
        assertEquals(Boolean.FALSE, result.deMinimis());
        assertTrue(finding(result, "de-minimis").source().contains("point"), "cites the Notice");
        assertTrue(finding(result, "de-minimis").source().contains(" 9"), "cites point 9");
        assertTrue(finding(result, "de-minimis").title().contains("10% threshold for competitors applies"));
        assertNull(result.vberSafeHarbour(), "the block exemption waits for whether they compete");
        f.supplier = "4";
        assertEquals(Boolean.TRUE, f.run().deMinimis(), "4% + 6% = 10% does not exceed 10%");
        f.supplier = "4.01";
        assertEquals(Boolean.FALSE, f.run().deMinimis(), "10.01% combined exceeds 10%");
    }

    /**
     * Art. 5(1)(a): a non-compete of four years whose renewal is not stated cannot be judged yet; tacitly renewed
     * and not terminable with reasonable notice it is excluded; tacitly renewed with that freedom it is not; the rest
     * of the agreement keeps the exemption throughout.
     */
    @Test
    void aNonCompetesRenewalUnstatedIsNotReadAsNo() {
        Facts f = facts();
        f.type = RestraintType.NON_COMPETE;
        f.months = 48;
        f.tacit = null;
        f.terminable = null;
        Result unknown = f.run();
        assertEquals(
                Outcome.UNDETERMINED, finding(unknown, "non-compete-duration").outcome());
        assertTrue(
                finding(unknown, "non-compete-duration").title().contains("whether it renews tacitly is not stated"));
        assertNull(unknown.nonCompeteExempted());
        assertEquals(Boolean.TRUE, unknown.vberSafeHarbour(), "the rest of the agreement is covered");
        f.tacit = true;
        Result tacitOnly = f.run();
        assertEquals(
                Outcome.UNDETERMINED, finding(tacitOnly, "non-compete-duration").outcome());
        assertNull(tacitOnly.nonCompeteExempted());
        f.terminable = false;
        assertEquals(Boolean.FALSE, f.run().nonCompeteExempted());
        f.terminable = true;
        assertEquals(Boolean.TRUE, f.run().nonCompeteExempted());
        f.tacit = false;
        f.terminable = null;
        assertEquals(Boolean.TRUE, f.run().nonCompeteExempted(), "not renewed tacitly: termination does not matter");
    }

    @Test
    void dominanceIndicatorEdges() {
        Facts f = facts();
        f.dominant = "39.99";
        assertEquals(DominanceIndicator.UNLIKELY, f.run().dominanceIndicator());
        assertTrue(finding(f.run(), "dominance").title().contains("not excluded"));
        assertTrue(finding(f.run(), "dominance").source().contains("British Airways"));
        f.dominant = "40";
        assertEquals(DominanceIndicator.POSSIBLE, f.run().dominanceIndicator());
        f.dominant = "49.99";
        assertEquals(DominanceIndicator.POSSIBLE, f.run().dominanceIndicator());
        f.dominant = "50";
        assertEquals(DominanceIndicator.PRESUMED, f.run().dominanceIndicator());
        assertTrue(f.run().findings().stream().anyMatch(x -> x.source().contains("AKZO")));
    }

    @Test
    void badInputNamesEveryField() {
        InvalidAssessmentInput e = assertThrows(
                InvalidAssessmentInput.class,
                () -> ExclusivityScreen.evaluate(new Input(
                        null,
                        new BigDecimal("101"),
                        null,
                        new BigDecimal("-1"),
                        -3,
                        false,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal("100.5"))));
        assertEquals(
                List.of(
                        "supplierShare",
                        "buyerShare",
                        "requirementsSharePercent",
                        "dominantPartyShare",
                        "durationMonths"),
                e.violations().stream().map(RuleViolation::field).toList());
    }

    @Test
    void anUnknownBuyerShareLeavesTheSafeHarbourUnconfirmed() {
        Facts f = facts();
        f.buyer = null;
        Result unknown = f.run();
        assertNull(unknown.vberSafeHarbour());
        assertEquals(List.of(), unknown.vberReasons());
        assertEquals(Outcome.UNDETERMINED, finding(unknown, "vber-safe-harbour").outcome());
    }

    @Test
    void aFindingWithoutASourceCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new Finding("x", Outcome.MET, "t", "r", List.of(), " "));
    }
}
