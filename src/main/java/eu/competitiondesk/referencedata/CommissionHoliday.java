package eu.competitiondesk.referencedata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;

/** A public holiday of the Commission: not a working day when counting deadlines. */
@Entity
public class CommissionHoliday extends PanacheEntityBase {

    @Id
    public LocalDate day;

    public String label;

    public static List<CommissionHoliday> ofYear(int year) {
        return list("day >= ?1 and day <= ?2 order by day", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
