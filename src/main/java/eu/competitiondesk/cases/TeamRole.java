package eu.competitiondesk.cases;

/** What a member of a case team may do on that case. */
public enum TeamRole {
    /** Leads the case; may change everything on it. */
    LEAD,
    /** Works on the case; may change everything on it. */
    OFFICER,
    /** The second pair of eyes: reads the case and approves or returns its reports, changes nothing else. */
    REVIEWER,
    /** Granted read access only. */
    READER;

    public boolean canEdit() {
        return this == LEAD || this == OFFICER;
    }

    /** May approve or return a report someone else exported (never their own). */
    public boolean canReview() {
        return this == LEAD || this == REVIEWER;
    }
}
