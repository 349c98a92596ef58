package eu.competitiondesk.economics.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.economics.engine.Sensitivity.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Percentiles as R's default quantile computes them, and draws that repeat with their seed. */
class SensitivityTest {

    /**
     * R: quantile(1:10, c(0.05, 0.5, 0.95)) gives 1.45, 5.5 and 9.55: h = 9 p, so 0.45, 4.5 and 8.55 positions past
     * the first value, interpolated between its neighbours.
     */
    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] values = {10, 3, 7, 1, 5, 2, 9, 4, 8, 6};
        Sensitivity.Distribution d = Sensitivity.distribution(values);
        assertEquals(10, d.count());
        assertEquals(1.45, d.p5(), 1e-12);
        assertEquals(5.5, d.p50(), 1e-12);
        assertEquals(9.55, d.p95(), 1e-12);
        assertEquals(1, d.min());
        assertEquals(10, d.max());
        assertEquals(10, values[0], "the values given are left in their order");
        // R: quantile(c(2, 4, 16), 0.95) = 4 + 0.9 x 12 = 14.8.
        assertEquals(14.8, Sensitivity.quantile(new double[] {2, 4, 16}, 0.95), 1e-12);
        assertEquals(7, Sensitivity.quantile(new double[] {7}, 0.05));
        assertNull(Sensitivity.distribution(new double[0]));
    }

    @Test
    void aSeedRepeatsItsDrawsAndEachLiesInItsRange() {
        List<Range> ranges = List.of(new Range(20, 30), new Range(-3, -2));
        double[][] first = Sensitivity.draws(ranges, 1000, 42);
        double[][] again = Sensitivity.draws(ranges, 1000, 42);
        double[][] other = Sensitivity.draws(ranges, 1000, 43);
        for (int d = 0; d < first.length; d++) {
            assertArrayEquals(first[d], again[d]);
            assertTrue(first[d][0] >= 20 && first[d][0] <= 30, "margin " + first[d][0]);
            assertTrue(first[d][1] >= -3 && first[d][1] <= -2, "elasticity " + first[d][1]);
        }
        assertNotEquals(first[0][0], other[0][0]);
        double mean = 0;
        for (double[] draw : first) {
            mean += draw[0] / first.length;
        }
        // Uniform on [20, 30]: mean 25, standard error of the mean 10 / sqrt(12 x 1000) = 0.09.
        assertEquals(25, mean, 0.5);
    }

    @Test
    void aRangeOfOneValueGivesItExactlyAndLeavesTheOtherDrawsAlone() {
        double[][] fixed = Sensitivity.draws(List.of(new Range(0.25, 0.25), new Range(1, 2)), 50, 7);
        double[][] free = Sensitivity.draws(List.of(new Range(0, 1), new Range(1, 2)), 50, 7);
        for (int d = 0; d < fixed.length; d++) {
            assertEquals(0.25, fixed[d][0]);
            assertEquals(free[d][1], fixed[d][1]);
        }
        assertThrows(IllegalArgumentException.class, () -> new Range(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Range(Double.NaN, 1));
    }
}
