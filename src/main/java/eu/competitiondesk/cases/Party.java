package eu.competitiondesk.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;

/** An undertaking taking part in a case, in a given role. */
@Entity
@Table(name = "case_party")
public class Party extends CaseChild {

    public String name;

    @Enumerated(EnumType.STRING)
    public PartyRole role;

    public int position;

    /** The parties of several cases in one query, for list pages. */
    public static List<Party> ofCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return list("caseFile.id in ?1 order by position, id", caseIds);
    }
}
