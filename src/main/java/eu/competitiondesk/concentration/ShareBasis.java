package eu.competitiondesk.concentration;

/** What market shares are measured in. */
public enum ShareBasis {
    REVENUE,
    CAPACITY,
    USERS,
    VOLUME,
    OTHER
}
