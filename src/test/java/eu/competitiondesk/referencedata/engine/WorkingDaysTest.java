package eu.competitiondesk.referencedata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working days between two dates, as the deadlines page counts them. */
class WorkingDaysTest {

    /** Friday 4 December 2026; Friday 25 December a Commission holiday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    private static final WorkingDays DAYS = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25)), Set.of(2026));

    @Test
    void countsTheDaysAfterTheFirstUpToAndIncludingTheLast() {
        assertEquals(0, DAYS.between(FRIDAY, FRIDAY), "today is no working day away");
        // Saturday and Sunday do not count; Monday 7 December is the first working day after Friday.
        assertEquals(0, DAYS.between(FRIDAY, FRIDAY.plusDays(2)));
        assertEquals(1, DAYS.between(FRIDAY, FRIDAY.plusDays(3)));
        // Friday 4 to Friday 18 December: two weeks of five working days.
        assertEquals(10, DAYS.between(FRIDAY, FRIDAY.plusDays(14)));
        // To Monday 28 December: 7-11, 14-18, 21-24 (25 is a holiday), 28 = 5 + 5 + 4 + 1.
        assertEquals(15, DAYS.between(FRIDAY, LocalDate.of(2026, 12, 28)));
    }

    @Test
    void aDayAlreadyPastCountsBackwards() {
        // Wednesday 2 December seen from Friday 4: Thursday 3 and Friday 4 lie between, two working days ago.
        assertEquals(-2, DAYS.between(FRIDAY, LocalDate.of(2026, 12, 2)));
    }
}
