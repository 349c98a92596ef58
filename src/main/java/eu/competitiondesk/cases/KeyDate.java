package eu.competitiondesk.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated event of a case: a statutory deadline, an internal deadline or a milestone. */
@Entity
@Table(name = "case_key_date")
public class KeyDate extends CaseChild {

    public String label;

    @Enumerated(EnumType.STRING)
    public KeyDateKind kind;

    public LocalDate dueOn;

    /** The provision that sets the date, e.g. "DMA Art. 3(4)". */
    public String legalBasis;

    public Urgency urgency(LocalDate today) {
        return Urgency.of(dueOn, today);
    }
}
