package eu.competitiondesk.concentration.engine;

/** What a concentration screen indicates. A first indicator for the case team, never a conclusion. */
public enum Verdict {
    /** EU HMG 2004: competition concerns unlikely on these figures. */
    UNLIKELY_CONCERNS,
    /** EU HMG 2004: the figures do not rule concerns out; analyse further. */
    FURTHER_ANALYSIS,
    /** US MG 2023 or HMG 2010: the merger is presumed to lessen competition or enhance market power. */
    PRESUMED_ANTICOMPETITIVE,
    /** US MG 2023: the structural presumption does not apply. */
    NOT_PRESUMED,
    /** US HMG 2010: the merger potentially raises significant competitive concerns. */
    SIGNIFICANT_CONCERNS,
    /** US HMG 2010: the merger is unlikely to have adverse competitive effects. */
    UNLIKELY_ADVERSE_EFFECTS
}
