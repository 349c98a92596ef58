package eu.competitiondesk.economics.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.economics.engine.UnilateralEffects.Diversion;
import eu.competitiondesk.economics.engine.UnilateralEffects.Product;
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
}
