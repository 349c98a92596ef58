package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Stake;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A market of a case with its datasets, rows and kept scenarios, as other features read it (the report, the case
 * export, the assessments' share hints): values, no entities. Built by {@link MarketDirectory}.
 */
public record MarketRecord(
        MarketHeading heading,
        String productScope,
        String geographicScope,
        String period,
        ShareBasis shareBasis,
        BigDecimal othersMaxShare,
        Long referenceDatasetId,
        List<DatasetRecord> datasets,
        List<ScenarioRecord> scenarios) {

    public record DatasetRecord(
            long id,
            String period,
            String source,
            String scope,
            BigDecimal marketSizeUsdBn,
            String note,
            boolean confidential,
            List<RowRecord> rows) {

        /** How pages and reports name a dataset: its source and period. */
        public String label() {
            return source + ", " + period;
        }

        public List<eu.competitiondesk.concentration.engine.FirmShare> firmShares() {
            return rows.stream()
                    .map(r -> new eu.competitiondesk.concentration.engine.FirmShare(r.firm(), r.share()))
                    .toList();
        }

        static DatasetRecord of(ShareDataset d) {
            return new DatasetRecord(
                    d.id,
                    d.period,
                    d.source,
                    d.scope,
                    d.marketSizeUsdBn,
                    d.note,
                    d.confidential,
                    d.rows.stream()
                            .map(r -> new RowRecord(r.firm, r.share, r.source, r.period, r.note))
                            .toList());
        }
    }

    public record RowRecord(String firm, BigDecimal share, String source, String period, String note) {}

    public record ScenarioRecord(String name, boolean illustrative, List<String> merging, List<Stake> stakes) {}

    /** The dataset the case team relies on, if they chose one. */
    public Optional<DatasetRecord> referenceDataset() {
        return datasets.stream()
                .filter(d -> referenceDatasetId != null && d.id() == referenceDatasetId)
                .findFirst();
    }

    /** The dataset pages and reports open on: the reference dataset, or else the newest period's. */
    public Optional<DatasetRecord> defaultDataset() {
        return referenceDataset()
                .or(() -> datasets.isEmpty() ? Optional.empty() : Optional.of(datasets.get(datasets.size() - 1)));
    }

    static MarketRecord of(RelevantMarket m, List<MarketScenario> scenarios) {
        return new MarketRecord(
                MarketHeading.of(m),
                m.productScope,
                m.geographicScope,
                m.period,
                m.shareBasis,
                m.othersMaxShare,
                m.referenceDataset == null ? null : m.referenceDataset.id,
                m.datasets.stream().map(DatasetRecord::of).toList(),
                scenarios.stream()
                        .map(s -> new ScenarioRecord(s.name, s.illustrative, List.copyOf(s.merging), s.engineStakes()))
                        .toList());
    }
}
