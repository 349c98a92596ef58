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

    public boolean moved() {
        return !nominal.equals(due);
    }

    public boolean holidaysComplete() {
        return yearsWithoutHolidays.isEmpty();
    }
}
