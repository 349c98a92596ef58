package eu.competitiondesk.concentration;

/** What another feature shows of a market on its own pages: which one it is and how to name it. */
public record MarketHeading(long id, long caseId, String name) {

    static MarketHeading of(RelevantMarket market) {
        return new MarketHeading(market.id, market.caseId, market.name);
    }
}
