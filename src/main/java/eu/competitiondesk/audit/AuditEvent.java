package eu.competitiondesk.audit;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One entry of the append-only audit trail: who did what, when, to which case. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends IdentifiedEntity {

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String actor;

    @Column(name = "case_id")
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
