package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.engine.Periods;
import eu.competitiondesk.referencedata.engine.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** The Commission's working days as stored now, for deadline arithmetic. */
@ApplicationScoped
public class CommissionCalendar {

    /** Reads the holidays and the loaded years afresh: an administrator's change applies to the next deadline. */
    @Transactional
    public WorkingDays workingDays() {
        Set<LocalDate> holidays = CommissionHoliday.<CommissionHoliday>listAll().stream()
                .map(h -> h.day)
                .collect(Collectors.toSet());
        Set<Integer> years =
                HolidayYear.<HolidayYear>listAll().stream().map(y -> y.year).collect(Collectors.toSet());
        return new WorkingDays(holidays, years);
    }

    public Periods periods() {
        return new Periods(workingDays());
    }
}
