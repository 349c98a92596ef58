package eu.competitiondesk.assessments.engine;

/** Which limb of Art. 3(2)(a) DMA the size test is met on. */
public enum SizeBasis {
    TURNOVER,
    MARKET_CAPITALISATION,
    BOTH
}
