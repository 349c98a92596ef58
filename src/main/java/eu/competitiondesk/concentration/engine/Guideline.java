package eu.competitiondesk.concentration.engine;

/** The merger guidelines whose concentration screens the engine applies. */
public enum Guideline {
    /** European Commission, Horizontal Merger Guidelines (2004/C 31/03), paras 19-21. */
    EU_HMG_2004,
    /** US DOJ and FTC, Merger Guidelines (2023), Guideline 1. */
    US_MG_2023,
    /** US DOJ and FTC, Horizontal Merger Guidelines (2010), section 5.3. */
    US_HMG_2010
}
