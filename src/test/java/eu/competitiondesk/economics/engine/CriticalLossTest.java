package eu.competitiondesk.economics.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Critical loss on hand-computed cases, and the comparisons exactly on their boundary. */
class CriticalLossTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void domainCheckMarginFortyPriceRiseFive() {
        CriticalLoss.Result r = CriticalLoss.evaluate(d("5"), d("40"), null, null);
        // 5 / 45 = 11.11...%; linear demand 5 / 50 = 10%; elasticity 1 / 0.45 = 2.22...
        assertEquals(0, r.breakEvenCriticalLossPercent().compareTo(d("11.11111111111111")));
        assertEquals(0, r.profitMaximisingCriticalLossPercent().compareTo(d("10")));
        assertEquals(2.2222222222, r.criticalElasticity().doubleValue(), 1e-9);
        assertNull(r.priceRiseProfitable(), "no actual loss: not known, not no");
        assertNull(r.diversionTestMet());
    }

    @Test
    void tenPercentRiseOnAFortyPercentMargin() {
        CriticalLoss.Result r = CriticalLoss.evaluate(d("10"), d("40"), d("15"), d("25"));
        assertEquals(0, r.breakEvenCriticalLossPercent().compareTo(d("20")));
        assertEquals(16.666666666, r.profitMaximisingCriticalLossPercent().doubleValue(), 1e-8);
        assertEquals(0, r.criticalElasticity().compareTo(d("2")));
        assertTrue(r.priceRiseProfitable(), "a loss of 15% is below 20%");
        assertTrue(r.diversionTestMet(), "25% diverted is above 20%");
    }

    @Test
    void aLossEqualToTheCriticalLossIsNotBelowItNorADiversionEqualToItAbove() {
        // 10 / (10 + 40) = 20% exactly
        CriticalLoss.Result atEdge = CriticalLoss.evaluate(d("10"), d("40"), d("20"), d("20"));
        assertFalse(atEdge.priceRiseProfitable());
        assertFalse(atEdge.diversionTestMet());
        CriticalLoss.Result justBelow = CriticalLoss.evaluate(d("10"), d("40"), d("19.9999"), d("20.0001"));
        assertTrue(justBelow.priceRiseProfitable());
        assertTrue(justBelow.diversionTestMet());
        // 5 / 45 is not a terminating decimal: the comparison cross-multiplies and stays exact.
        CriticalLoss.Result ninth = CriticalLoss.evaluate(d("5"), d("40"), d("11.1111111111111111111"), null);
        assertTrue(ninth.priceRiseProfitable(), "11.111...1 is still below 100/9");
    }

    @Test
    void aZeroMarginMakesEveryLossCritical() {
        CriticalLoss.Result r = CriticalLoss.evaluate(d("5"), d("0"), d("99"), null);
        assertEquals(0, r.breakEvenCriticalLossPercent().compareTo(d("100")));
        assertTrue(r.priceRiseProfitable());
        assertThrows(IllegalArgumentException.class, () -> CriticalLoss.evaluate(d("0"), d("40"), null, null));
    }
}
