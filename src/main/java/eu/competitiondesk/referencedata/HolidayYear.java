package eu.competitiondesk.referencedata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A year whose holiday list is loaded, with the decision it was taken from. */
@Entity
@Table(name = "holiday_year")
public class HolidayYear extends PanacheEntityBase {

    @Id
    public Integer year;

    /** The Commission decision the list comes from, e.g. its Official Journal reference. */
    public String source;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
