package eu.competitiondesk.referencedata.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days for the Commission: not a Saturday, not a Sunday, not one of its public holidays.
 * Holidays are reference data, loaded per year from the Commission's published decision; for a year whose list is
 * not loaded only weekends count, and {@link #holidaysKnown(int)} says so, so the caller can warn.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<Integer> yearsLoaded;

    public WorkingDays(Set<LocalDate> holidays, Set<Integer> yearsLoaded) {
        this.holidays = Set.copyOf(holidays);
        this.yearsLoaded = Set.copyOf(yearsLoaded);
    }

    /** Weekends only: for tests and for years without a published list. */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    public boolean holidaysKnown(int year) {
        return yearsLoaded.contains(year);
    }

    /** The years between two dates (inclusive) whose holiday list is not loaded. */
    public Set<Integer> yearsWithoutHolidays(LocalDate from, LocalDate to) {
        Set<Integer> missing = new TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!yearsLoaded.contains(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /**
     * The working days from {@code from} to {@code to}: those after {@code from} up to and including {@code to}, so a
     * deadline due on the next working day is one working day away; negative, counted the same way backwards, for a
     * day already past.
     */
    public long between(LocalDate from, LocalDate to) {
        boolean ahead = !to.isBefore(from);
        LocalDate day = ahead ? from : to;
        LocalDate end = ahead ? to : from;
        long count = 0;
        while (day.isBefore(end)) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return ahead ? count : -count;
    }

    /** The day itself when it is a working day, otherwise the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate current = day;
        while (!isWorkingDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }
}
