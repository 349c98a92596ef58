package eu.competitiondesk.referencedata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.InterlockingDirectorates.Corporation;
import eu.competitiondesk.referencedata.engine.InterlockingDirectorates.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clayton Act s.8 at each of its boundaries, on the 2025 figures (90 FR 7697: USD 51,380,000 for s.8(a)(1),
 * USD 5,138,000 for s.8(a)(2)(A)). Every comparison word is strict: "more than" the capital figure, "less than" the
 * sales figure, "less than 2 per centum", "less than 4 per centum".
 */
public class InterlockingDirectoratesTest {

    public static final FigureSet CLAYTON_2025 = new FigureSet(
            ThresholdLaw.CLAYTON_8,
            LocalDate.of(2025, 1, 22),
            "90 FR 7697",
            null,
            Map.of(
                    Figure.US_INTERLOCK_CAPITAL,
                    new BigDecimal("51380000"),
                    Figure.US_INTERLOCK_COMPETITIVE_SALES,
                    new BigDecimal("5138000")));

    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    /** A large corporation: capital USD 1 bn, competitive sales USD 100 m of total sales USD 1 bn (10 %). */
    private static Corporation large(String name) {
        return new Corporation(name, BILLION, new BigDecimal("100000000"), BILLION);
    }

    private static Result judge(Corporation a, Corporation b) {
        return InterlockingDirectorates.evaluate(a, b, Boolean.TRUE, CLAYTON_2025);
    }

    @Test
    void twoLargeCompetitorsAreCovered() {
        // Capital 1,000,000,000 > 51,380,000 for each; sales 100,000,000 >= 5,138,000; 10 % >= 2 % and >= 4 %.
        Result r = judge(large("A"), large("B"));
        assertTrue(r.capitalTest());
        assertFalse(r.exempt());
        assertTrue(r.prohibited());
        assertEquals(Outcome.MET, r.findings().get(2).outcome());
    }

    @Test
    void capitalExactlyAtTheFigureIsNotMoreThanIt() {
        // s.8(a)(1) "more than $10,000,000" as adjusted: 51,380,000 is not more than 51,380,000; 51,380,000.01 is.
        Corporation at = new Corporation("B", new BigDecimal("51380000"), new BigDecimal("100000000"), BILLION);
        assertFalse(judge(large("A"), at).capitalTest());
        assertFalse(judge(large("A"), at).prohibited());
        Corporation above = new Corporation("B", new BigDecimal("51380000.01"), new BigDecimal("100000000"), BILLION);
        assertTrue(judge(large("A"), above).capitalTest());
        assertTrue(judge(large("A"), above).prohibited());
    }

    @Test
    void competitiveSalesBelowTheFigureExempt() {
        // s.8(a)(2)(A) "less than $1,000,000" as adjusted: 5,137,999.99 < 5,138,000 exempts; 5,138,000 does not.
        // Total sales 100,000,000 keep the percentage exceptions out: 5,138,000 / 100,000,000 = 5.138 % >= 4 %.
        BigDecimal total = new BigDecimal("100000000");
        Corporation below = new Corporation("B", BILLION, new BigDecimal("5137999.99"), total);
        assertTrue(judge(large("A"), below).belowCompetitiveSalesFigure());
        assertFalse(judge(large("A"), below).prohibited());
        Corporation at = new Corporation("B", BILLION, new BigDecimal("5138000"), total);
        assertFalse(judge(large("A"), at).belowCompetitiveSalesFigure());
        assertTrue(judge(large("A"), at).prohibited());
    }

    @Test
    void competitiveSalesOfEitherBelowTwoPercentExempt() {
        // s.8(a)(2)(B): 20,000,000 of 1,000,000,000 is exactly 2 %, not less: no exception by (B); and A's 10 %
        // keeps (C) out. 19,999,999.99 is less than 2 %: exempt.
        Corporation atTwo = new Corporation("B", BILLION, new BigDecimal("20000000"), BILLION);
        assertFalse(judge(large("A"), atTwo).belowTwoPercentOfEither());
        assertTrue(judge(large("A"), atTwo).prohibited());
        Corporation belowTwo = new Corporation("B", BILLION, new BigDecimal("19999999.99"), BILLION);
        assertTrue(judge(large("A"), belowTwo).belowTwoPercentOfEither());
        assertFalse(judge(large("A"), belowTwo).prohibited());
    }

    @Test
    void competitiveSalesOfEachBelowFourPercentExempt() {
        // s.8(a)(2)(C): both at 39,999,999.99 of 1,000,000,000 (3.99999999 %) are each less than 4 %: exempt. One at
        // exactly 40,000,000 (4 %, not less): no exception by (C), and 3.99... % >= 2 % keeps (B) out: prohibited.
        Corporation justBelow = new Corporation("A", BILLION, new BigDecimal("39999999.99"), BILLION);
        Corporation atFour = new Corporation("B", BILLION, new BigDecimal("40000000"), BILLION);
        assertTrue(judge(justBelow, new Corporation("B", BILLION, new BigDecimal("39999999.99"), BILLION))
                .belowFourPercentOfEach());
        Result one = judge(justBelow, atFour);
        assertFalse(one.belowFourPercentOfEach());
        assertFalse(one.belowTwoPercentOfEither());
        assertTrue(one.prohibited());
    }

    @Test
    void unknownFiguresAndUnstatedCompetitionStayOpen() {
        // A's capital unknown, B's above: the capital test cannot be told; nothing else exempts, so neither can the
        // prohibition.
        Corporation unknownCapital = new Corporation("A", null, new BigDecimal("100000000"), BILLION);
        Result r = judge(unknownCapital, large("B"));
        assertNull(r.capitalTest());
        assertNull(r.prohibited());
        // A's capital unknown but its competitive sales below the figure: the exception settles it without it.
        Corporation smallOverlap = new Corporation("A", null, new BigDecimal("1000"), BILLION);
        assertFalse(judge(smallOverlap, large("B")).prohibited());
        // Competition not stated: never read as "not competitors".
        Result unstated = InterlockingDirectorates.evaluate(large("A"), large("B"), null, CLAYTON_2025);
        assertNull(unstated.prohibited());
        assertEquals(Outcome.UNDETERMINED, unstated.findings().get(2).outcome());
        assertFalse(InterlockingDirectorates.evaluate(large("A"), large("B"), false, CLAYTON_2025)
                .prohibited());
    }

    @Test
    void onlyTheSection8FiguresAreAccepted() {
        assertThrows(
                IllegalArgumentException.class,
                () -> InterlockingDirectorates.evaluate(large("A"), large("B"), true, MergerThresholdsTest.US));
    }
}
