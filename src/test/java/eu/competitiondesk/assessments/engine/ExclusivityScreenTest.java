package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.assessments.engine.ExclusivityScreen.DominanceIndicator;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.Input;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.Result;
import eu.competitiondesk.assessments.engine.ExclusivityScreen.VberReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExclusivityScreenTest {

    static Result run(double supplier, double buyer, double requirements, Integer months, boolean tacit,
            boolean terminable, boolean competitors, Double dominant) {
        return ExclusivityScreen.evaluate(new Input(supplier, buyer, requirements, months, tacit, terminable,
                competitors, dominant));
    }

    @Test
    void withinEveryLimitTheSafeHarbourCanApply() {
        Result result = run(30, 30, 80, 60, false, false, false, null);
        assertFalse(result.nonCompete(), "80% exactly is quantity forcing, not a non-compete");
        assertTrue(result.vberSafeHarbour());
        assertEquals(List.of(), result.vberReasons());
        assertNull(result.dominanceIndicator());
    }

    @Test
    void sharesAboveThirtyPercent() {
        assertEquals(List.of(VberReason.SUPPLIER_SHARE_ABOVE_30), run(30.01, 30, 50, 12, false, false, false, null)
                .vberReasons());
        assertEquals(List.of(VberReason.BUYER_SHARE_ABOVE_30), run(10, 30.01, 50, 12, false, false, false, null)
                .vberReasons());
    }

    @Test
    void nonCompeteDurationEdges() {
        assertTrue(run(10, 10, 80.01, 60, false, false, false, null).vberSafeHarbour());
        assertEquals(List.of(VberReason.NON_COMPETE_OVER_FIVE_YEARS), run(10, 10, 80.01, 61, false, false, false,
                null).vberReasons());
        assertEquals(List.of(VberReason.NON_COMPETE_INDEFINITE), run(10, 10, 100, null, false, false, false, null)
                .vberReasons());
    }

    @Test
    void tacitRenewalCountsAsLongUnlessTheBuyerCanLeave() {
        assertEquals(List.of(VberReason.NON_COMPETE_OVER_FIVE_YEARS), run(10, 10, 90, 12, true, false, false, null)
                .vberReasons());
        assertTrue(run(10, 10, 90, 12, true, true, false, null).vberSafeHarbour());
    }

    @Test
    void durationRulesApplyOnlyToANonCompete() {
        assertTrue(run(10, 10, 50, null, true, false, false, null).vberSafeHarbour());
    }

    @Test
    void competitorsFallOutside() {
        Result result = run(40, 35, 100, null, false, false, true, null);
        assertEquals(List.of(VberReason.SUPPLIER_SHARE_ABOVE_30, VberReason.BUYER_SHARE_ABOVE_30,
                VberReason.NON_COMPETE_INDEFINITE, VberReason.COMPETITORS), result.vberReasons());
    }

    @Test
    void dominanceIndicatorEdges() {
        assertEquals(DominanceIndicator.UNLIKELY, run(10, 10, 10, 1, false, false, false, 39.99).dominanceIndicator());
        assertEquals(DominanceIndicator.POSSIBLE, run(10, 10, 10, 1, false, false, false, 40.0).dominanceIndicator());
        assertEquals(DominanceIndicator.POSSIBLE, run(10, 10, 10, 1, false, false, false, 49.99).dominanceIndicator());
        Result presumed = run(10, 10, 10, 1, false, false, false, 50.0);
        assertEquals(DominanceIndicator.PRESUMED, presumed.dominanceIndicator());
        assertTrue(presumed.findings().stream().anyMatch(f -> f.source().contains("AKZO")));
    }

    @Test
    void badInputNamesEveryField() {
        InvalidAssessmentInput e = assertThrows(InvalidAssessmentInput.class, () -> ExclusivityScreen.evaluate(
                new Input(null, 101.0, -1.0, -3, false, false, false, 100.5)));
        assertEquals(List.of("supplierShare", "buyerShare", "requirementsSharePercent", "dominantPartyShare",
                "durationMonths"), e.violations().stream().map(RuleViolation::field).toList());
    }

    @Test
    void anUnknownBuyerShareLeavesTheSafeHarbourUnconfirmed() {
        Result unknown = ExclusivityScreen.evaluate(new Input(20.0, null, 50.0, 12, false, false, false, null));
        assertFalse(unknown.vberSafeHarbour());
        assertEquals(List.of(), unknown.vberReasons());
        assertTrue(unknown.findings().stream().anyMatch(f -> f.id().equals("vber-safe-harbour")
                && f.outcome() == Outcome.UNDETERMINED));
    }

    @Test
    void aFindingWithoutASourceCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new Finding("x", Outcome.MET, "t", "r", List.of(), " "));
    }
}
