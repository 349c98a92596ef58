package eu.competitiondesk.referencedata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Worked examples of docs/methodology.md, "Counting periods". */
class PeriodsTest {

    private static final Periods WEEKENDS = new Periods(WorkingDays.weekendsOnly());

    @Test
    void fortyFiveWorkingDaysFromMondayFifthOfJanuary2026() {
        Deadline deadline = WEEKENDS.workingDays(LocalDate.of(2026, 1, 5), 45);
        assertEquals(LocalDate.of(2026, 3, 9), deadline.due());
        assertFalse(deadline.holidaysComplete(), "2026 holidays not loaded here");
    }

    @Test
    void twoMonthsFromNewYearsEveClampToFebruaryThenLeaveTheWeekend() {
        Deadline deadline = WEEKENDS.months(LocalDate.of(2025, 12, 31), 2);
        assertEquals(LocalDate.of(2026, 2, 28), deadline.nominal());
        assertEquals(LocalDate.of(2026, 3, 2), deadline.due());
        assertTrue(deadline.moved());
    }

    @Test
    void monthPeriodsKeepTheDateWhenTheMonthHasIt() {
        assertEquals(
                LocalDate.of(2025, 3, 14),
                WEEKENDS.months(LocalDate.of(2025, 1, 14), 2).nominal());
        assertEquals(
                LocalDate.of(2024, 2, 29),
                WEEKENDS.months(LocalDate.of(2023, 12, 31), 2).nominal());
        assertEquals(
                LocalDate.of(2026, 6, 30),
                WEEKENDS.months(LocalDate.of(2025, 12, 31), 6).nominal());
    }

    @Test
    void dayPeriodsStartTheDayAfterAndLeaveWeekends() {
        // Friday 7 Nov 2025 + 1 day = Saturday 8 Nov, moved to Monday 10 Nov.
        Deadline deadline = WEEKENDS.days(LocalDate.of(2025, 11, 7), 1);
        assertEquals(LocalDate.of(2025, 11, 8), deadline.nominal());
        assertEquals(LocalDate.of(2025, 11, 10), deadline.due());
        assertEquals(
                LocalDate.of(2025, 11, 7),
                WEEKENDS.days(LocalDate.of(2025, 11, 7), 0).due());
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        LocalDate holiday = LocalDate.of(2023, 5, 9);
        Periods periods = new Periods(new WorkingDays(Set.of(holiday), Set.of(2023)));
        // Monday 8 May 2023 + 1 working day skips Tuesday 9 May (Schuman Day).
        Deadline deadline = periods.workingDays(LocalDate.of(2023, 5, 8), 1);
        assertEquals(LocalDate.of(2023, 5, 10), deadline.due());
        assertTrue(deadline.holidaysComplete());
        // A month period ending on the holiday moves to the next working day.
        assertEquals(
                LocalDate.of(2023, 5, 10),
                periods.months(LocalDate.of(2023, 4, 9), 1).due());
    }

    @Test
    void negativePeriodsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WEEKENDS.days(LocalDate.of(2025, 1, 1), -1));
    }

    @Test
    void aPeriodOfTwoDaysOrMoreHoldsAtLeastTwoWorkingDays() {
        // Event Thursday 24 December 2026; holidays 25 to 31 December and 1 January 2027 (illustrative, not the
        // Commission's list). Three days count to Sunday 27 December, moved by Art. 3(4) to Monday 28 December, a
        // holiday, and on to Monday 4 January 2027, which is the first working day. Art. 3(5) asks for two working
        // days: Monday 4 and Tuesday 5 January 2027.
        Set<LocalDate> holidays = new java.util.HashSet<>();
        for (int day = 25; day <= 31; day++) {
            holidays.add(LocalDate.of(2026, 12, day));
        }
        holidays.add(LocalDate.of(2027, 1, 1));
        Periods periods = new Periods(new WorkingDays(holidays, Set.of(2026, 2027)));
        Deadline deadline = periods.days(LocalDate.of(2026, 12, 24), 3);
        assertEquals(LocalDate.of(2026, 12, 27), deadline.nominal());
        assertEquals(LocalDate.of(2027, 1, 5), deadline.due());
        // Weekends only: Thursday 24 + 3 = Sunday 27, moved to Monday 28; Friday 25 and Monday 28 are two working days.
        assertEquals(
                LocalDate.of(2026, 12, 28),
                WEEKENDS.days(LocalDate.of(2026, 12, 24), 3).due());
    }
}
