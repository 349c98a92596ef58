package eu.competitiondesk.referencedata.engine;

import java.time.LocalDate;
import java.util.Set;

/**
 * The last day of a period: {@code nominal} as counted, {@code due} after moving off a weekend or holiday, and the
 * years in between whose Commission holidays were not loaded (then only weekends were skipped: say so).
 */
public record Deadline(LocalDate event, LocalDate nominal, LocalDate due, Set<Integer> yearsWithoutHolidays) {

    static Deadline of(LocalDate event, LocalDate nominal, LocalDate due, WorkingDays calendar) {
        return new Deadline(event, nominal, due, calendar.yearsWithoutHolidays(event, due));
    }

    /** A date a text fixes in calendar days, with no rule that moves it off a weekend or holiday. */
    public static Deadline onCalendarDay(LocalDate event, LocalDate due) {
        return new Deadline(event, due, due, Set.of());
    }

    public boolean moved() {
        return !nominal.equals(due);
    }

    public boolean holidaysComplete() {
        return yearsWithoutHolidays.isEmpty();
    }
}
