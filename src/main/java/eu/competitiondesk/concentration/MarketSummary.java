package eu.competitiondesk.concentration;

import java.util.List;

/**
 * A market as an edition of the report shows it: what it is, the dataset relied on, its figures and chart, and the
 * scenarios kept with it run on that dataset, all already redacted for the edition. Built by {@link MarketDirectory}.
 */
public record MarketSummary(
        long id,
        String name,
        String scope,
        String dataset,
        boolean confidential,
        String note,
        MarketFigures figures,
        List<ScenarioFigures> scenarios) {}
