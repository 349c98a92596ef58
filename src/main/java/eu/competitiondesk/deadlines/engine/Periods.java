package eu.competitiondesk.deadlines.engine;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Time limits counted as Regulation (EEC, Euratom) No 1182/71 requires, which the procedures the application
 * follows (for instance the DMA's) apply:
 *
 * <ul>
 * <li>a period in days or working days starts on the day after the event (Art. 3(1));</li>
 * <li>a period in months ends on the day of the last month with the same date as the event, or on the last day of
 * that month when it has no such date (Art. 3(2)(c));</li>
 * <li>a period whose last day is a Saturday, Sunday or public holiday ends on the next working day (Art. 3(4));
 * this is applied to day and month periods, not to working-day periods, which end on a working day anyway.</li>
 * </ul>
 */
public final class Periods {

    private final WorkingDays calendar;

    public Periods(WorkingDays calendar) {
        this.calendar = calendar;
    }

    /** The last day of a period of {@code days} calendar days after {@code event}. */
    public Deadline days(LocalDate event, int days) {
        requireNonNegative(days);
        LocalDate nominal = event.plusDays(days);
        return Deadline.of(event, nominal, calendar.onOrNextWorkingDay(nominal), calendar);
    }

    /** The last day of a period of {@code workingDays} working days after {@code event}. */
    public Deadline workingDays(LocalDate event, int workingDays) {
        requireNonNegative(workingDays);
        LocalDate current = event;
        int counted = 0;
        while (counted < workingDays) {
            current = current.plusDays(1);
            if (calendar.isWorkingDay(current)) {
                counted++;
            }
        }
        return Deadline.of(event, current, current, calendar);
    }

    /** The last day of a period of {@code months} months after {@code event}. */
    public Deadline months(LocalDate event, int months) {
        requireNonNegative(months);
        YearMonth target = YearMonth.from(event).plusMonths(months);
        LocalDate nominal = target.atDay(Math.min(event.getDayOfMonth(), target.lengthOfMonth()));
        return Deadline.of(event, nominal, calendar.onOrNextWorkingDay(nominal), calendar);
    }

    private static void requireNonNegative(int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("a period cannot be negative");
        }
    }
}
