package eu.competitiondesk.cases;

/** The part an undertaking plays in a case. */
public enum PartyRole {
    NOTIFYING_PARTY,
    UNDERTAKING_CONCERNED,
    COMPLAINANT,
    ADDRESSEE,
    THIRD_PARTY
}
