package eu.competitiondesk.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.competitiondesk.concentration.engine.Stake;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The market's own rules, which the market pages, the case import and the demo data all meet. */
class RelevantMarketTest {

    private static RelevantMarket market() {
        return RelevantMarket.define(
                1L, new MarketDetails(" Cloud ", " IaaS ", " World ", " 2025 ", ShareBasis.REVENUE.name(), null, null));
    }

    private static DatasetDetails dataset(String period, String source) {
        return new DatasetDetails(period, source, "  ", null, " ", false);
    }

    private static RowDetails row(String firm, String share) {
        return new RowDetails(firm, share, null, null, null);
    }

    @Test
    void namesAreTrimmedAndBlankTextsAreNone() {
        RelevantMarket market = market();
        assertEquals("Cloud", market.name);
        ShareDataset dataset = market.addDataset(dataset(" 2025-Q2 ", " Synergy "));
        assertEquals("2025-Q2", dataset.period);
        assertNull(dataset.scope);
        assertNull(dataset.note);
        assertEquals("AWS", market.addRow(dataset, row(" AWS ", "30")).firm);
    }

    @Test
    void oneDatasetPerPeriodAndSource() {
        RelevantMarket market = market();
        market.addDataset(dataset("2025-Q2", "Synergy"));
        assertThrows(
                MarketService.DuplicateDatasetException.class, () -> market.addDataset(dataset("2025-q2", "SYNERGY ")));
        market.addDataset(dataset("2025-Q2", "Canalys"));
        assertEquals(2, market.datasets.size());
    }

    @Test
    void oneRowPerFirmAndNoTotalRoundingCannotExplain() {
        RelevantMarket market = market();
        ShareDataset dataset = market.addDataset(dataset("2025-Q2", "Synergy"));
        market.addRow(dataset, row("AWS", "60"));
        assertThrows(MarketService.DuplicateFirmException.class, () -> market.addRow(dataset, row(" aws", "1")));
        market.addRow(dataset, row("Azure", "40.5"));
        assertThrows(MarketService.TotalTooHighException.class, () -> market.addRow(dataset, row("Google", "0.1")));
        assertEquals(List.of(0, 1), dataset.rows.stream().map(r -> r.position).toList());
    }

    @Test
    void aKeptScenarioHoldsItsFirmsAndStakesTrimmedInOrder() {
        MarketScenario scenario = market().keepScenario(new KeptScenario(
                " Merger ",
                List.of(" A ", "B"),
                List.of(Stake.of(" A ", "B", "0.2", "0"), Stake.of("B", "A", "0.1", "0.1")),
                true));
        assertEquals("Merger", scenario.name);
        assertEquals(List.of("A", "B"), scenario.merging);
        assertEquals(
                List.of(0, 1), scenario.stakes.stream().map(s -> s.position).toList());
        assertEquals("A", scenario.stakes.get(0).holder);
    }
}
