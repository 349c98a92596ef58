package eu.competitiondesk.deadlines;

import eu.competitiondesk.cases.KeyDateKind;
import java.time.LocalDate;

/**
 * One deadline of an officer's case as the deadlines page and the calendar show it: the case, what is due, its kind,
 * the provision it rests on, the working days from today (negative once past) and how pressing it is; {@code
 * holidaysKnown} false where the Commission's holidays of a year between today and the date are not loaded, so the
 * count is of weekdays only there.
 */
public record DeadlineLine(
        long keyDateId,
        long caseId,
        String reference,
        String caseTitle,
        String label,
        KeyDateKind kind,
        LocalDate dueOn,
        String legalBasis,
        long workingDays,
        Pressing pressing,
        boolean holidaysKnown) {

    /** How pressing a deadline is today. */
    public enum Pressing {
        OVERDUE,
        WITHIN_TEN_WORKING_DAYS,
        LATER
    }

    /** Working days a deadline is marked within. */
    static final int SOON = 10;
}
