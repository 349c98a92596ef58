package eu.competitiondesk.cases;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What every record belonging to one case file has: its own id and its case (column case_id). */
@MappedSuperclass
public abstract class CaseChild extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;
}
