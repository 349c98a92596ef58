package eu.competitiondesk.security;

/** What a user may do across the whole application; access to a single case also depends on its team. */
public enum Role {
    /** Manages users and sees every case. */
    ADMIN,
    /** Opens cases and works on the cases whose team they belong to. */
    CASE_OFFICER,
    /** Reads the cases they are granted on, changes nothing. */
    READER
}
