package eu.competitiondesk.cases;

import eu.competitiondesk.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A dated note on a case file by a member of its team. */
@Entity
@Table(name = "case_note")
public class CaseNote extends CaseChild {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id")
    public AppUser author;

    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
