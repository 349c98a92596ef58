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

/**
 * One rendition of a report version (an edition in a format), kept byte for byte; the database refuses any update.
 * The renditions of a version share its number and the fingerprint of the case content they were rendered from.
 */
@Entity
public class ReportSnapshot extends IdentifiedEntity {

    public Long caseId;

    @Enumerated(EnumType.STRING)
    public ReportEdition edition;

    @Enumerated(EnumType.STRING)
    public ReportFormat format;

    public int reportVersion;

    /** SHA-256 of the case content the version shows, whatever the edition, author and date: its identity. */
    public String contentFingerprint;

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

    /** The case's latest rendition, whose version the next export of unchanged content joins. */
    static Optional<ReportSnapshot> latest(long caseId) {
        return find("caseId = ?1 order by reportVersion desc, id desc", caseId).firstResultOptional();
    }

    /** The version's rendition in this edition and format, if it was exported already. */
    static Optional<ReportSnapshot> rendition(long caseId, int version, ReportEdition edition, ReportFormat format) {
        return find(
                        "caseId = ?1 and reportVersion = ?2 and edition = ?3 and format = ?4",
                        caseId,
                        version,
                        edition,
                        format)
                .firstResultOptional();
    }

    /** All renditions of a version, in the order they were exported. */
    static List<ReportSnapshot> renditions(long caseId, int version) {
        return list("caseId = ?1 and reportVersion = ?2 order by id", caseId, version);
    }

    /**
     * The latest rendition of an earlier version whose review ended in {@code status}, in the edition asked for when
     * there is one: what a version under review is compared with.
     */
    static Optional<ReportSnapshot> lastEnded(long caseId, int before, ReviewStatus status, ReportEdition edition) {
        String query = "from ReportSnapshot s where s.caseId = ?1 and s.reportVersion < ?2 and exists (select 1 from"
                + " ReportReview r where r.snapshotId = s.id and r.status = ?3 and r.contentJson is not null)";
        return ReportSnapshot.<ReportSnapshot>find(
                        query + " and s.edition = ?4 order by s.reportVersion desc, s.id desc",
                        caseId,
                        before,
                        status,
                        edition)
                .firstResultOptional()
                .or(() -> find(query + " order by s.reportVersion desc, s.id desc", caseId, before, status)
                        .firstResultOptional());
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
