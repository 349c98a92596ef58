package eu.competitiondesk.referencedata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A year whose holiday list is loaded, with the decision it was taken from. */
@Entity
public class HolidayYear extends PanacheEntityBase {

    @Id
    public Integer year;

    /** The Commission decision the list comes from, e.g. its Official Journal reference. */
    public String source;

    /** What is still to check against the decision's text; null once an administrator has confirmed the list. */
    public String verificationNote;

    public OffsetDateTime updatedAt;
}
