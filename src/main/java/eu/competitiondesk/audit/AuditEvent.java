package eu.competitiondesk.audit;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.List;

/** One entry of the append-only audit trail: who did what, when, to which case. */
@Entity
public class AuditEvent extends IdentifiedEntity {

    public OffsetDateTime occurredAt;

    public String actor;

    public Long caseId;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    /** Names what changed (fields, before and after of non-confidential values), never confidential content. */
    public String summary;

    public static List<AuditEvent> latestForCase(long caseId, int limit) {
        return find("caseId = ?1 order by occurredAt desc, id desc", caseId)
                .page(0, limit)
                .list();
    }
}
