package eu.competitiondesk.reports;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import java.util.List;

/** A reviewer's comment on a report version, anchored to one of its paragraph numbers. */
@Entity
public class ReportComment extends IdentifiedEntity {

    public Long caseId;

    public int reportVersion;

    public int paragraph;

    public String text;

    public String author;

    public OffsetDateTime createdAt;

    /** A version's comments in paragraph order, then as they were made. */
    static List<ReportComment> ofVersion(long caseId, int version) {
        return list("caseId = ?1 and reportVersion = ?2 order by paragraph, id", caseId, version);
    }

    static boolean exists(long caseId, int version, int paragraph, String author, String text) {
        return count(
                        "caseId = ?1 and reportVersion = ?2 and paragraph = ?3 and author = ?4 and text = ?5",
                        caseId,
                        version,
                        paragraph,
                        author,
                        text)
                > 0;
    }
}
