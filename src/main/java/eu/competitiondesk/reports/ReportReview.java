package eu.competitiondesk.reports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The review of one report snapshot (four eyes): requested by a team member, decided by a lead or reviewer who is
 * not the author. The snapshot keeps the draft it was exported as; approval adds the final rendering of the same
 * content, without the draft marking, and only an approved non-confidential edition can be released.
 */
@Entity
public class ReportReview extends PanacheEntityBase {

    @Id
    public Long snapshotId;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status = ReviewStatus.DRAFT;

    /** The report's content as exported, to render the approved file from; null for snapshots older than reviews. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] contentJson;

    public String requestedBy;

    public OffsetDateTime requestedAt;

    public String decidedBy;

    public OffsetDateTime decidedAt;

    public String comment;

    @Basic(fetch = FetchType.LAZY)
    public byte[] finalContent;

    public String finalSha256;

    public String releasedBy;

    public OffsetDateTime releasedAt;

    @Version
    public long version;

    public boolean isReleased() {
        return releasedAt != null;
    }

    public boolean isApproved() {
        return status == ReviewStatus.APPROVED;
    }

    public static ReportReview of(long snapshotId) {
        ReportReview review = findById(snapshotId);
        if (review == null) {
            throw new IllegalStateException("report " + snapshotId + " has no review");
        }
        return review;
    }

    /**
     * Of the snapshots {@code snapshotIds}, those whose content was kept (so they can be put up for review), asked of
     * the database rather than by reading each content, which is the whole report as JSON.
     */
    public static Set<Long> withContent(List<Long> snapshotIds) {
        return snapshotIds.isEmpty()
                ? Set.of()
                : Set.copyOf(getEntityManager()
                        .createQuery(
                                "select r.snapshotId from ReportReview r where r.snapshotId in ?1 and r.contentJson is not null",
                                Long.class)
                        .setParameter(1, snapshotIds)
                        .getResultList());
    }

    /** The reviews of a case's snapshots, for the case page. */
    public static List<ReportReview> ofSnapshots(List<Long> snapshotIds) {
        return snapshotIds.isEmpty() ? List.of() : list("snapshotId in ?1", snapshotIds);
    }
}
