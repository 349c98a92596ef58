package eu.competitiondesk.cases;

import java.time.LocalDate;

/** How pressing a deadline is on a given day: flagged two weeks ahead, and overdue once the day has passed. */
public enum Urgency {
    OVERDUE,
    DUE_SOON,
    LATER;

    static final int DUE_SOON_DAYS = 14;

    public static Urgency of(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(today.plusDays(DUE_SOON_DAYS)) ? LATER : DUE_SOON;
    }
}
