package eu.competitiondesk.documents;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import java.util.List;

/** A document on a case file: its description and fingerprint. The bytes are a {@link DocumentContent}. */
@Entity
public class CaseDocument extends IdentifiedEntity {

    public Long caseId;

    /** As uploaded, reduced to a plain file name (no folders, no control characters). */
    public String fileName;

    /** Detected from the content, never taken from the browser. */
    public String mediaType;

    public long sizeBytes;

    public String sha256;

    /** Holds business secrets of a party; tagged wherever the document is listed. */
    public boolean confidential;

    public String description;

    public String uploadedBy;

    public OffsetDateTime uploadedAt;

    public static List<CaseDocument> ofCase(long caseId) {
        return list("caseId = ?1 order by uploadedAt desc, id desc", caseId);
    }
}
