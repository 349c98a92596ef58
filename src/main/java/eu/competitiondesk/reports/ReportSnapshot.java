package eu.competitiondesk.reports;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** An exported report, kept byte for byte; the database refuses any update. */
@Entity
public class ReportSnapshot extends IdentifiedEntity {

    public Long caseId;

    @Enumerated(EnumType.STRING)
    public ReportEdition edition;

    @Enumerated(EnumType.STRING)
    public ReportFormat format;

    public int reportVersion;

    /** SHA-256 of the stored bytes. */
    public String sha256;

    /** SHA-256 of the report's input content, printed in the report itself. */
    public String inputSha256;

    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    public OffsetDateTime createdAt;

    public String createdBy;

    /** The snapshot this one replaces (a returned one of the same edition and format), or null. */
    public Long supersedesId;

    /** The latest returned snapshot of this edition and format that no later export replaces yet. */
    static Optional<ReportSnapshot> returnedToReplace(long caseId, ReportEdition edition, ReportFormat format) {
        return find(
                        "from ReportSnapshot s where s.caseId = ?1 and s.edition = ?2 and s.format = ?3 and exists (select 1"
                                + " from ReportReview r where r.snapshotId = s.id and r.status = ?4) and not exists (select 1 from"
                                + " ReportSnapshot later where later.supersedesId = s.id) order by s.id desc",
                        caseId,
                        edition,
                        format,
                        ReviewStatus.RETURNED)
                .firstResultOptional();
    }

    /** The snapshots of a case without their bytes, newest first. */
    public static List<ReportSnapshot> ofCase(long caseId) {
        return list("caseId = ?1 order by createdAt desc, id desc", caseId);
    }

    /** The number the case's next report takes: one above the highest so far. */
    public static int nextVersion(long caseId) {
        Integer highest = getEntityManager()
                .createQuery("select max(s.reportVersion) from ReportSnapshot s where s.caseId = ?1", Integer.class)
                .setParameter(1, caseId)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }
}
