package eu.competitiondesk.economics.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.economics.engine.VerticalEffects.Downstream;
import eu.competitiondesk.economics.engine.VerticalEffects.Result;
import eu.competitiondesk.economics.engine.VerticalEffects.Rival;
import eu.competitiondesk.economics.engine.VerticalEffects.Upstream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vertical GUPPIs worked by hand (Moresi and Salop 2013), and the foreclosure boundary on its strict side. */
class VerticalEffectsTest {

    private static final Upstream CLOUD = new Upstream("Cloud", new BigDecimal("20"));
    private static final Downstream MODELS =
            new Downstream("Models", new BigDecimal("100"), new BigDecimal("40"), new BigDecimal("30"));

    private static Rival rival(String diversionTo, String passThrough) {
        return new Rival(
                "Rival",
                new BigDecimal("80"),
                new BigDecimal("40"),
                new BigDecimal(diversionTo),
                new BigDecimal("20"),
                passThrough == null ? null : new BigDecimal(passThrough));
    }

    private static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " against " + actual);
    }

    /**
     * c_U = 20, P_D = 100, M_D = 40 %, w_D = 30; the rival pays w_R = 40 and sells at P_R = 80; D_RD = 25 %,
     * D_DR = 20 %, pass-through 50 %. vGUPPI_u = 0.25 x 0.40 x 100 / 40 = 25 %; vGUPPI_r = 0.5 x 0.25 x 40 / 80 =
     * 6.25 %; vGUPPI_d = 0.20 x (40 - 20) / 100 = 4 %; EDM = (30 - 20) / 100 = 10 %; net -6 %; critical diversion
     * (40 - 20) / (0.40 x 100) = 50 %, so 25 % does not make foreclosure profitable.
     */
    @Test
    void theWorkedExample() {
        Result result = VerticalEffects.evaluate(CLOUD, MODELS, List.of(rival("25", "50")));
        same("25", result.rivals().get(0).vguppiUpstreamPercent());
        same("6.25", result.rivals().get(0).vguppiRivalPercent());
        same("50", result.rivals().get(0).criticalDiversionPercent());
        assertFalse(result.rivals().get(0).foreclosureProfitable());
        same("4", result.vguppiDownstreamPercent());
        same("10", result.eliminationOfDoubleMarginalisationPercent());
        same("-6", result.netVguppiDownstreamPercent());
        assertEquals(2, result.sources().size());
    }

    @Test
    void foreclosureIsProfitableOnlyAboveTheCriticalDiversion() {
        // At 50 % the downstream margin recaptured, 0.5 x 0.4 x 100 = 20, equals the upstream margin lost: no gain.
        assertFalse(VerticalEffects.evaluate(CLOUD, MODELS, List.of(rival("50", null)))
                .rivals()
                .get(0)
                .foreclosureProfitable());
        assertTrue(VerticalEffects.evaluate(CLOUD, MODELS, List.of(rival("50.0001", null)))
                .rivals()
                .get(0)
                .foreclosureProfitable());
        assertFalse(VerticalEffects.evaluate(CLOUD, MODELS, List.of(rival("49.9999", null)))
                .rivals()
                .get(0)
                .foreclosureProfitable());
    }

    @Test
    void withoutPassThroughOrInternalPriceThoseFiguresAreAbsentOrNil() {
        Downstream noInternalPrice = new Downstream("Models", new BigDecimal("100"), new BigDecimal("40"), null);
        Result result = VerticalEffects.evaluate(CLOUD, noInternalPrice, List.of(rival("25", null)));
        assertNull(result.rivals().get(0).vguppiRivalPercent());
        same("0", result.eliminationOfDoubleMarginalisationPercent());
        same("4", result.netVguppiDownstreamPercent());
        Downstream noMargin = new Downstream("Models", new BigDecimal("100"), BigDecimal.ZERO, null);
        assertNull(VerticalEffects.evaluate(CLOUD, noMargin, List.of(rival("25", null)))
                .rivals()
                .get(0)
                .criticalDiversionPercent());
    }

    /**
     * A silent stake of 27 % (kappa_UD 27 %, kappa_DU 0): vGUPPI_u = 0.27 x 0.25 x 0.40 x 100 / 40 = 6.75 %; critical
     * diversion (40 - 20) / (0.27 x 0.40 x 100) = 185.185...% (no diversion reaches it); the downstream unit counts
     * nothing of the supplier's profit, so vGUPPI_d and the EDM are 0. A 50 % weight with all of the rival's sales
     * diverted: 0.5 x 1 x 40 = 20 equals the upstream margin, not profitable; a hair more is.
     */
    @Test
    void aMinorityStakeCountsTheOtherSidesProfitAtItsWeight() {
        VerticalEffects.Weights silent = new VerticalEffects.Weights(new BigDecimal("27"), BigDecimal.ZERO);
        Result result = VerticalEffects.evaluate(CLOUD, MODELS, List.of(rival("25", "50")), silent);
        same("6.75", result.rivals().get(0).vguppiUpstreamPercent());
        same("1.6875", result.rivals().get(0).vguppiRivalPercent());
        assertEquals(
                0,
                new BigDecimal("185.1851851851851851851851851851852")
                        .compareTo(result.rivals()
                                .get(0)
                                .criticalDiversionPercent()
                                .round(new java.math.MathContext(34))));
        assertFalse(result.rivals().get(0).foreclosureProfitable());
        same("0", result.vguppiDownstreamPercent());
        same("0", result.eliminationOfDoubleMarginalisationPercent());
        same("0", result.netVguppiDownstreamPercent());
        VerticalEffects.Weights half = new VerticalEffects.Weights(new BigDecimal("50"), new BigDecimal("50"));
        assertFalse(VerticalEffects.evaluate(CLOUD, MODELS, List.of(rival("100", null)), half)
                .rivals()
                .get(0)
                .foreclosureProfitable());
        assertTrue(VerticalEffects.evaluate(
                        CLOUD,
                        MODELS,
                        List.of(rival("100", null)),
                        new VerticalEffects.Weights(new BigDecimal("50.0001"), new BigDecimal("50")))
                .rivals()
                .get(0)
                .foreclosureProfitable());
        Result halfResult = VerticalEffects.evaluate(CLOUD, MODELS, List.of(rival("25", null)), half);
        same("2", halfResult.vguppiDownstreamPercent());
        same("5", halfResult.eliminationOfDoubleMarginalisationPercent());
    }
}
