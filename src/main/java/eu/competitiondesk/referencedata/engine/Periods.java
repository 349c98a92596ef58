package eu.competitiondesk.referencedata.engine;

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
 * this is applied to day and month periods, not to working-day periods, which end on a working day anyway;</li>
 * <li>a period of two days or more includes at least two working days (Art. 3(5)): where weekends and holidays
 * leave fewer, it ends on the second working day after the event.</li>
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
        LocalDate due = calendar.onOrNextWorkingDay(nominal);
        return Deadline.of(event, nominal, days >= 2 ? atLeastTwoWorkingDays(event, due) : due, calendar);
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
        LocalDate due = calendar.onOrNextWorkingDay(nominal);
        return Deadline.of(event, nominal, months >= 1 ? atLeastTwoWorkingDays(event, due) : due, calendar);
    }

    /** Art. 3(5): the period from the day after the event to {@code due} must hold two working days. */
    private LocalDate atLeastTwoWorkingDays(LocalDate event, LocalDate due) {
        int found = 0;
        LocalDate day = event;
        while (found < 2) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                found++;
            }
        }
        return day.isAfter(due) ? day : due;
    }

    private static void requireNonNegative(int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("a period cannot be negative");
        }
    }
}
