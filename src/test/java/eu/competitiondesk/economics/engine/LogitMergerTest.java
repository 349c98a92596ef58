package eu.competitiondesk.economics.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.economics.engine.LogitMerger.Product;
import eu.competitiondesk.economics.engine.LogitMerger.ProductResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A case calibrated by hand: A (price 10, share 30%), B (8, 20%), C (12, 10%), outside good 40%, A's margin 50%.
 * alpha = 1 / (0.5 x 10 x 0.7) = 1 / 3.5; marginal costs c_i = p_i - 3.5 / (1 - s_i): 5, 3.625 and 12 - 3.5 / 0.9.
 */
class LogitMergerTest {

    private static final List<Product> PRODUCTS =
            List.of(new Product("A", 10, 0.3), new Product("B", 8, 0.2), new Product("C", 12, 0.1));

    @Test
    void calibrationReproducesTheHandComputedFigures() {
        LogitMerger.Result r = LogitMerger.simulate(PRODUCTS, 0.4, 0, 0.5, Set.of());
        assertEquals(1 / 3.5, r.alpha(), 1e-15);
        assertEquals(5, r.products().get(0).marginalCost(), 1e-12);
        assertEquals(3.625, r.products().get(1).marginalCost(), 1e-12);
        assertEquals(12 - 3.5 / 0.9, r.products().get(2).marginalCost(), 1e-12);
        // No merger: the pre-merger first-order conditions hold at the observed prices, which stay.
        assertTrue(r.converged());
        for (ProductResult p : r.products()) {
            assertEquals(p.priceBefore(), p.priceAfter(), 1e-9, p.name());
            assertEquals(p.shareBefore(), p.shareAfter(), 1e-12, p.name());
            double markup = p.priceBefore() - p.marginalCost();
            assertEquals(1, r.alpha() * markup * (1 - p.shareBefore()), 1e-12, "FOC of " + p.name());
        }
        assertEquals(0, r.consumerSurplusChange(), 1e-12);
    }

    @Test
    void theMergedFirmKeepsEqualAbsoluteMarkupsAndEveryConditionHolds() {
        LogitMerger.Result r = LogitMerger.simulate(PRODUCTS, 0.4, 0, 0.5, Set.of(0, 1));
        assertTrue(r.converged());
        assertTrue(r.residual() <= LogitMerger.TOLERANCE);
        ProductResult a = r.products().get(0);
        ProductResult b = r.products().get(1);
        ProductResult c = r.products().get(2);
        double markupA = a.priceAfter() - a.marginalCost();
        double markupB = b.priceAfter() - b.marginalCost();
        assertEquals(markupA, markupB, 1e-9, "a property of the logit: equal absolute markups in one firm");
        double merged = a.shareAfter() + b.shareAfter();
        assertEquals(1, r.alpha() * markupA * (1 - merged), 1e-10, "merged firm's condition");
        assertEquals(1, r.alpha() * (c.priceAfter() - c.marginalCost()) * (1 - c.shareAfter()), 1e-10, "C's");
        // Shares are logit shares of the prices found, the outside good included.
        double sum = 1;
        double[] utilities = new double[3];
        for (int i = 0; i < 3; i++) {
            ProductResult p = r.products().get(i);
            double xi = Math.log(PRODUCTS.get(i).share() / 0.4)
                    + r.alpha() * PRODUCTS.get(i).price();
            utilities[i] = Math.exp(xi - r.alpha() * p.priceAfter());
            sum += utilities[i];
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(utilities[i] / sum, r.products().get(i).shareAfter(), 1e-12);
        }
        assertEquals(1 / sum, r.outsideShareAfter(), 1e-12);
        // Prices rise, the rival's too (strategic complements); consumers lose; some leave for the outside good.
        assertTrue(a.priceChange() > 0 && b.priceChange() > 0 && c.priceChange() > 0);
        assertTrue(b.priceChange() > c.priceChange());
        assertTrue(r.outsideShareAfter() > 0.4);
        assertEquals((Math.log(sum) - Math.log(1 / 0.4)) / r.alpha(), r.consumerSurplusChange(), 1e-12);
        assertTrue(r.consumerSurplusChange() < 0);
    }

    @Test
    void aHundredProductsConvergeToTheTolerance() {
        Random random = new Random(7);
        List<Product> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new Product("P" + i, 5 + random.nextDouble() * 10, 0.005));
        }
        LogitMerger.Result r = LogitMerger.simulate(many, 0.5, 0, 0.4, Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertTrue(r.converged(), "residual " + r.residual());
        double first = r.products().get(0).priceAfter() - r.products().get(0).marginalCost();
        for (int i = 1; i < 10; i++) {
            ProductResult p = r.products().get(i);
            assertEquals(first, p.priceAfter() - p.marginalCost(), 1e-9);
        }
    }

    @Test
    void aCalibrationThatGivesANegativeCostIsRefusedNamingTheProduct() {
        // A 99% margin on A gives 1 / alpha = 6.93, and B's implied markup 6.93 / 0.8 = 8.66 exceeds its price of 8.
        LogitMerger.InconsistentCalibration e = assertThrows(
                LogitMerger.InconsistentCalibration.class,
                () -> LogitMerger.simulate(PRODUCTS, 0.4, 0, 0.99, Set.of(0, 1)));
        assertEquals("B", e.product());
    }
}
