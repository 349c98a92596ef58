package eu.competitiondesk.concentration.engine;

/** The figures a screen is run on: what the data allow the market's concentration to be. */
public enum Bound {
    /** The named firms only: the lower bound, as if Others were infinitely fragmented. */
    NAMED_FIRMS,
    /** With Others counted at their most concentrated (capped by the largest unnamed firm, if given). */
    UPPER_WITH_OTHERS,
    /** Every named share half a point lower than published. */
    ROUNDING_LOW,
    /** Every named share half a point higher than published. */
    ROUNDING_HIGH
}
