package eu.competitiondesk.assessments;

import jakarta.persistence.Embeddable;

/** A document of the case file an answer's evidence cites, with the place in it (page, paragraph, annex). */
@Embeddable
public class Citation {

    public static final int PINPOINT_MAX = 100;

    public long documentId;

    public String pinpoint;

    /** Whether a typed place in a document can be kept: short, and with no characters no one types. */
    public static boolean isValidPinpoint(String pinpoint) {
        return pinpoint == null
                || pinpoint.strip().length() <= PINPOINT_MAX
                        && !eu.competitiondesk.assessments.questionnaire.AnswerCheck.hasUntypable(pinpoint);
    }

    public static Citation of(long documentId, String pinpoint) {
        Citation c = new Citation();
        c.documentId = documentId;
        c.pinpoint = pinpoint;
        return c;
    }
}
