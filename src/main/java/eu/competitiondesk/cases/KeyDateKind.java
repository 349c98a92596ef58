package eu.competitiondesk.cases;

/**
 * Kinds of key dates on a case: statutory deadlines bind the authority, statutory targets are dates a text asks it to
 * endeavour to meet (the DMA's market investigation), internal ones bind only the team.
 */
public enum KeyDateKind {
    STATUTORY_DEADLINE,
    STATUTORY_TARGET,
    INTERNAL_DEADLINE,
    MILESTONE
}
