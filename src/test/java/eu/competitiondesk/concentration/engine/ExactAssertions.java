package eu.competitiondesk.concentration.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

/** Assertions on the engine's decimals. */
final class ExactAssertions {

    private ExactAssertions() {}

    /** The value equals the decimal written, to the last digit (scale aside: 1800.00 equals 1800). */
    static void assertExact(String expected, BigDecimal actual) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(actual),
                () -> "expected " + expected + ", got " + actual.toPlainString());
    }

    /** For figures the tests compute as doubles (the modified HHI, quotients). */
    static void assertNear(double expected, BigDecimal actual, double tolerance) {
        assertTrue(
                Math.abs(expected - actual.doubleValue()) <= tolerance,
                () -> "expected " + expected + ", got " + actual.toPlainString());
    }
}
