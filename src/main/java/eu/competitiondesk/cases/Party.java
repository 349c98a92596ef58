package eu.competitiondesk.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

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
        // setParameterList binds the ids as a list at once; a plain setParameter first tries (and fails, with an
        // exception) to read the whole collection as one id.
        return getEntityManager().unwrap(Session.class)
                .createSelectionQuery("from Party where caseFile.id in :ids order by position, id", Party.class)
                .setParameterList("ids", caseIds).getResultList();
    }
}
