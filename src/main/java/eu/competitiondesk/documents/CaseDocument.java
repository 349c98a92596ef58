package eu.competitiondesk.documents;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A document on a case file: its description and fingerprint. The bytes are a {@link DocumentContent}. */
@Entity
@Table(name = "case_document")
public class CaseDocument extends IdentifiedEntity {

    @Column(name = "case_id")
    public Long caseId;

    /** As uploaded, reduced to a plain file name (no folders, no control characters). */
    @Column(name = "file_name")
    public String fileName;

    /** Detected from the content, never taken from the browser. */
    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    /** Holds business secrets of a party; tagged wherever the document is listed. */
    public boolean confidential;

    public String description;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    public static List<CaseDocument> ofCase(long caseId) {
        return list("caseId = ?1 order by uploadedAt desc, id desc", caseId);
    }
}
