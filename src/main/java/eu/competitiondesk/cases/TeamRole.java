package eu.competitiondesk.cases;

/** What a member of a case team may do on that case. */
public enum TeamRole {
    /** Leads the case; may change everything on it. */
    LEAD,
    /** Works on the case; may change everything on it. */
    OFFICER,
    /** Granted read access only. */
    READER;

    public boolean canEdit() {
        return this != READER;
    }
}
