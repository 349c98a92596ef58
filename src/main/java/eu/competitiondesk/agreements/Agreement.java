package eu.competitiondesk.agreements;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An agreement between parties of a case, held as the history of its clauses. */
@Entity
public class Agreement extends IdentifiedEntity {

    public static final int TITLE_MAX = 200;
    public static final int PARTIES_MAX = 500;

    /** The case it belongs to (the cases feature owns the case; this feature keeps its id). */
    public long caseId;

    public String title;

    public String parties;

    public OffsetDateTime createdAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveFrom, id")
    public List<AgreementClause> clauses = new ArrayList<>();

    public static List<Agreement> ofCase(long caseId) {
        return list("caseId = ?1 order by title, id", caseId);
    }

    public static Optional<Agreement> inCase(long caseId, long agreementId) {
        return find("id = ?1 and caseId = ?2", agreementId, caseId).firstResultOptional();
    }

    public Optional<AgreementClause> clause(long clauseId) {
        return clauses.stream().filter(c -> c.id == clauseId).findFirst();
    }
}
