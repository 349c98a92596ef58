package eu.competitiondesk.concentration.engine;

/**
 * What a concentration screen indicates. A first indicator for the case team, never a conclusion. Within each
 * guideline the verdicts are declared from the least to the most adverse, which orders a verdict range.
 */
public enum Verdict {
    /** Recital 32 EUMR, EU HMG 2004 para 18: a combined share up to 25% is an indication of compatibility. */
    COMPATIBILITY_INDICATED,
    /** EU HMG 2004 paras 19-20: competition concerns unlikely on these figures. */
    UNLIKELY_CONCERNS,
    /** EU HMG 2004: the figures do not rule concerns out; analyse further. */
    FURTHER_ANALYSIS,
    /** US MG 2023: the structural presumption does not apply. */
    NOT_PRESUMED,
    /** US HMG 2010: the merger is unlikely to have adverse competitive effects. */
    UNLIKELY_ADVERSE_EFFECTS,
    /** US HMG 2010: the merger potentially raises significant competitive concerns. */
    SIGNIFICANT_CONCERNS,
    /** US MG 2023 or HMG 2010: the merger is presumed to lessen competition or enhance market power. */
    PRESUMED_ANTICOMPETITIVE
}
