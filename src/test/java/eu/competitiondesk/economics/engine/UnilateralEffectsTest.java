package eu.competitiondesk.economics.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.economics.engine.UnilateralEffects.Diversion;
import eu.competitiondesk.economics.engine.UnilateralEffects.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every formula on a case computed by hand. */
class UnilateralEffectsTest {

    private static final double EXACT = 1e-12;

    // A: price 100, margin 40%, share 30%; B: price 80, margin 50%, share 20%.
    private static final Product A = new Product("A", 100, 0.4, 0.3);
    private static final Product B = new Product("B", 80, 0.5, 0.2);

    @Test
    void diversionFromSharesAndEveryFigureBothWays() {
        UnilateralEffects.Result r = UnilateralEffects.evaluate(A, B, null, 0);
        assertTrue(r.diversionFromShares());
        // D_AB = 0.2 / 0.7, D_BA = 0.3 / 0.8
        double dAB = 0.2 / 0.7;
        double dBA = 0.3 / 0.8;
        assertEquals(dAB, r.a().diversion(), EXACT);
        assertEquals(dBA, r.b().diversion(), EXACT);
        // UPP_A = D_AB (P_B - C_B) = 0.2857 x 40 = 11.43; UPP_B = 0.375 x 40 = 15
        assertEquals(dAB * 40, r.a().upp(), EXACT);
        assertEquals(15, r.b().upp(), EXACT);
        // GUPPI_A = D_AB x 0.5 x 80 / 100 = 11.43%; GUPPI_B = 0.375 x 0.4 x 100 / 80 = 18.75%
        assertEquals(dAB * 0.4, r.a().guppi(), EXACT);
        assertEquals(0.1875, r.b().guppi(), EXACT);
        // CMCR_A = (0.4 D_AB D_BA + 0.5 D_AB 0.8) / (0.6 (1 - D_AB D_BA))
        double cmcrA = (0.4 * dAB * dBA + 0.5 * dAB * 0.8) / (0.6 * (1 - dAB * dBA));
        assertEquals(cmcrA, r.a().cmcr(), EXACT);
        // Symmetric illustration with A's figures: linear 0.4 D / (2 (1 - D)); isoelastic 0.4 D / (1 - 0.4 - D)
        assertEquals(0.4 * dAB / (2 * (1 - dAB)), r.a().linearPriceRise(), EXACT);
        assertEquals(0.4 * dAB / (0.6 - dAB), r.a().isoelasticPriceRise(), EXACT);
    }

    @Test
    void givenDiversionAndAnEfficiencyCredit() {
        UnilateralEffects.Result r = UnilateralEffects.evaluate(A, B, new Diversion(0.25, 0.4), 0.05);
        // UPP_A = 0.25 x 40 - 0.05 x 60 = 7; UPP_B = 0.4 x 40 - 0.05 x 40 = 14
        assertEquals(7, r.a().upp(), EXACT);
        assertEquals(14, r.b().upp(), EXACT);
        assertEquals(0.25 * 0.5 * 0.8, r.a().guppi(), EXACT);
    }

    @Test
    void theSensitivityTableMovesThePartnersMarginTenPointsEachWay() {
        UnilateralEffects.Result r = UnilateralEffects.evaluate(A, B, new Diversion(0.25, 0.4), 0);
        var rows = r.a().guppiSensitivity();
        assertEquals(5, rows.size());
        assertEquals(0.4, rows.get(0).partnerMargin(), EXACT);
        assertEquals(0.25 * 0.4 * 0.8, rows.get(0).guppi(), EXACT);
        assertEquals(0.6, rows.get(4).partnerMargin(), EXACT);
        assertEquals(r.a().guppi(), rows.get(2).guppi(), EXACT);
    }

    @Test
    void isoelasticRiseHasNoFiniteValueWhenMarginAndDiversionReachOne() {
        Product high = new Product("H", 10, 0.7, 0.5);
        UnilateralEffects.Result r = UnilateralEffects.evaluate(high, B, new Diversion(0.3, 0.2), 0);
        assertNull(r.a().isoelasticPriceRise(), "0.7 + 0.3 = 1");
        assertThrows(IllegalArgumentException.class, () -> UnilateralEffects.evaluate(A, B, new Diversion(1, 1), 0));
    }

    /**
     * A silent 27 % stake of A in B: A's owners draw 0.27 of B's profit per unit of A's, B's controllers nothing of
     * A's, so kappa_AB = 0.27 and kappa_BA = 0. With D_AB = 0.3, D_BA = 0.2: UPP_A = 0.27 x 0.3 x (80 - 40) = 3.24;
     * GUPPI_A = 0.27 x 0.3 x 0.5 x 80 / 100 = 0.0324; CMCR_A = 0.0324 / 0.6 = 0.054; B feels no pressure.
     */
    @Test
    void aSilentStakeWeighsThePartnersProfitByItsShare() {
        var weights = eu.competitiondesk.concentration.engine.Market.of(List.of(
                        new eu.competitiondesk.concentration.engine.FirmShare("A", new java.math.BigDecimal("30")),
                        new eu.competitiondesk.concentration.engine.FirmShare("B", new java.math.BigDecimal("20"))))
                .profitWeights(List.of(eu.competitiondesk.concentration.engine.Stake.of("A", "B", "0.27", "0")));
        assertEquals(0.27, weights.get("A").get("B"), EXACT);
        assertEquals(0, weights.get("B").get("A"), EXACT);
        var result =
                UnilateralEffects.evaluate(A, B, new Diversion(0.3, 0.2), 0, new UnilateralEffects.Weights(0.27, 0));
        assertEquals(3.24, result.a().upp(), EXACT);
        assertEquals(0.0324, result.a().guppi(), EXACT);
        assertEquals(0.054, result.a().cmcr(), EXACT);
        assertEquals(0, result.b().upp(), EXACT);
        assertEquals(0, result.b().cmcr(), EXACT);
    }

    /**
     * With 27 % of B's control too, B's controllers are A's owners (0.27) and B's own (0.73): they draw 0.27 x 1 from
     * A per 0.27 x 0.27 + 0.73 x 0.73 = 0.6058 from B, so kappa_BA = 0.27 / 0.6058 = 0.445692...; kappa_AB stays
     * 0.27. CMCR_A = (0.0324 + 0.27 x 0.445692 x 0.4 x 0.3 x 0.2) / (0.6 x (1 - 0.27 x 0.445692 x 0.06)).
     */
    @Test
    void controlAsWellGivesTheOtherSideAWeightToo() {
        var weights = eu.competitiondesk.concentration.engine.Market.of(List.of(
                        new eu.competitiondesk.concentration.engine.FirmShare("A", new java.math.BigDecimal("30")),
                        new eu.competitiondesk.concentration.engine.FirmShare("B", new java.math.BigDecimal("20"))))
                .profitWeights(List.of(eu.competitiondesk.concentration.engine.Stake.of("A", "B", "0.27", "0.27")));
        double kappaBA = 0.27 / (0.27 * 0.27 + 0.73 * 0.73);
        assertEquals(0.445692, kappaBA, 5e-7);
        assertEquals(kappaBA, weights.get("B").get("A"), EXACT);
        assertEquals(0.27, weights.get("A").get("B"), EXACT);
        var result = UnilateralEffects.evaluate(
                A, B, new Diversion(0.3, 0.2), 0, new UnilateralEffects.Weights(0.27, kappaBA));
        double both = 0.27 * kappaBA;
        assertEquals(
                (0.0324 + both * 0.4 * 0.3 * 0.2) / (0.6 * (1 - both * 0.06)),
                result.a().cmcr(),
                EXACT);
        // B's view: kappa_BA D_BA M_A P_A / P_B = 0.445692 x 0.2 x 0.4 x 100 / 80.
        assertEquals(kappaBA * 0.2 * 0.4 * 100 / 80, result.b().guppi(), EXACT);
    }
}
