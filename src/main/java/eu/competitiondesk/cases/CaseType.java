package eu.competitiondesk.cases;

/** The legal instrument a case is conducted under. */
public enum CaseType {
    DMA_DESIGNATION,
    ARTICLE_101,
    ARTICLE_102,
    MERGER,
    MARKET_INVESTIGATION
}
