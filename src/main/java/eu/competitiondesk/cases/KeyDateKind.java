package eu.competitiondesk.cases;

/** Kinds of key dates on a case: statutory deadlines bind the authority, internal ones only the team. */
public enum KeyDateKind {
    STATUTORY_DEADLINE,
    INTERNAL_DEADLINE,
    MILESTONE
}
