package eu.competitiondesk.assessments;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document of the case file an answer's evidence cites, with the place in it (page, paragraph, annex). */
@Embeddable
public class Citation {

    public static final int PINPOINT_MAX = 100;

    @Column(name = "document_id")
    public long documentId;

    public String pinpoint;

    public static Citation of(long documentId, String pinpoint) {
        Citation c = new Citation();
        c.documentId = documentId;
        c.pinpoint = pinpoint;
        return c;
    }
}
