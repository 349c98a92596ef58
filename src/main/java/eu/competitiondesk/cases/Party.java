package eu.competitiondesk.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An undertaking taking part in a case, in a given role. */
@Entity
@Table(name = "case_party")
public class Party extends CaseChild {

    public String name;

    @Enumerated(EnumType.STRING)
    public PartyRole role;

    public int position;
}
