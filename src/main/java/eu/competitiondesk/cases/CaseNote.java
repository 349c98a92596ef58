package eu.competitiondesk.cases;

import eu.competitiondesk.security.AppUser;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.List;

/** A dated note on a case file by a member of its team. */
@Entity
public class CaseNote extends CaseChild {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    public AppUser author;

    public String body;

    public OffsetDateTime createdAt;

    /** The newest notes of a case first, {@code size} a page, with their authors. */
    public static List<CaseNote> page(long caseId, int page, int size) {
        return CaseNote.<CaseNote>find(
                        "from CaseNote n join fetch n.author where n.caseFile.id = ?1"
                                + " order by n.createdAt desc, n.id desc",
                        caseId)
                .range(page * size, page * size + size - 1)
                .list();
    }

    public static long countOf(long caseId) {
        return count("caseFile.id", caseId);
    }
}
