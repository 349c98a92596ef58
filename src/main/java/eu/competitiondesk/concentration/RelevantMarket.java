package eu.competitiondesk.concentration;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A relevant market of a case, with its share datasets (one per period and source) and their rows: the aggregate
 * whose methods keep their rules (one dataset per period and source, one row per firm, a total no rounding can
 * explain refused, names trimmed) for the market pages, the case import and the demo data alike.
 */
@Entity
@Table(name = "market")
public class RelevantMarket extends IdentifiedEntity {

    /** The case it belongs to (the cases feature owns the case; this feature keeps its id). */
    public long caseId;

    public String name;

    public String productScope;

    public String geographicScope;

    /** The period the market is assessed for, e.g. "2022-2025". */
    public String period;

    @Enumerated(EnumType.STRING)
    public ShareBasis shareBasis;

    /** No firm hidden in "Others" is larger than this share, in percent; null when unknown. */
    public BigDecimal othersMaxShare;

    /** The dataset the case team relies on; null means the newest. */
    @ManyToOne(fetch = FetchType.LAZY)
    public ShareDataset referenceDataset;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "market", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period, source, id")
    public List<ShareDataset> datasets = new ArrayList<>();

    public static List<RelevantMarket> ofCase(long caseId) {
        return list("caseId = ?1 order by name, id", caseId);
    }

    public static Optional<RelevantMarket> inCase(long caseId, long marketId) {
        return find("id = ?1 and caseId = ?2", marketId, caseId).firstResultOptional();
    }

    public Optional<ShareDataset> dataset(long datasetId) {
        return datasets.stream().filter(d -> d.id == datasetId).findFirst();
    }

    /** The dataset a market page opens on: the reference dataset, or else the newest period's. */
    public Optional<ShareDataset> defaultDataset() {
        if (referenceDataset != null) {
            return Optional.of(referenceDataset);
        }
        return datasets.isEmpty() ? Optional.empty() : Optional.of(datasets.get(datasets.size() - 1));
    }

    public boolean isReference(ShareDataset dataset) {
        return referenceDataset != null && referenceDataset.id.equals(dataset.id);
    }

    /** A new market of the case; persist it after. */
    public static RelevantMarket define(long caseId, MarketDetails details) {
        RelevantMarket market = new RelevantMarket();
        market.caseId = caseId;
        market.apply(details);
        market.createdAt = OffsetDateTime.now();
        market.updatedAt = market.createdAt;
        return market;
    }

    public void change(MarketDetails details) {
        apply(details);
        touch();
    }

    /** Adds a dataset; refuses a second one for the same period and source. */
    public ShareDataset addDataset(DatasetDetails details) {
        if (datasets.stream()
                .anyMatch(d ->
                        d.period.equalsIgnoreCase(details.period()) && d.source.equalsIgnoreCase(details.source()))) {
            throw new MarketService.DuplicateDatasetException();
        }
        ShareDataset dataset = new ShareDataset();
        dataset.market = this;
        dataset.period = details.period();
        dataset.source = details.source();
        dataset.scope = details.scope();
        dataset.marketSizeUsdBn = details.marketSize();
        dataset.note = details.note();
        dataset.confidential = details.confidential();
        dataset.createdAt = OffsetDateTime.now();
        datasets.add(dataset);
        touch();
        return dataset;
    }

    public void relyOn(ShareDataset dataset) {
        referenceDataset = dataset;
        touch();
    }

    /** Adds a row to one of this market's datasets; refuses a firm twice and a total above what rounding explains. */
    public ShareRow addRow(ShareDataset dataset, RowDetails row) {
        String key = row.firm().toLowerCase(Locale.ROOT);
        if (dataset.rows.stream().anyMatch(r -> r.firm.toLowerCase(Locale.ROOT).equals(key))) {
            throw new MarketService.DuplicateFirmException();
        }
        BigDecimal total = dataset.rows.stream()
                .map(r -> r.share)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(row.shareValue());
        if (total.compareTo(eu.competitiondesk.concentration.engine.Market.MAX_TOTAL) > 0) {
            throw new MarketService.TotalTooHighException();
        }
        ShareRow stored = ShareRow.of(
                dataset, dataset.rows.size(), row.firm(), row.shareValue(), row.source(), row.period(), row.note());
        dataset.rows.add(stored);
        touch();
        return stored;
    }

    /**
     * A scenario kept with this market (persist it after): firms that merge and stakes, by firm name. The caller has
     * run it through the engine on the market's shares, or checked its parts, so its firms and stakes are sound.
     */
    public MarketScenario keepScenario(KeptScenario command) {
        List<eu.competitiondesk.concentration.engine.Stake> stakes = command.stakes();
        MarketScenario scenario = new MarketScenario();
        scenario.market = this;
        scenario.name = command.name();
        scenario.merging = new ArrayList<>(command.merging());
        scenario.illustrative = command.illustrative();
        scenario.createdAt = OffsetDateTime.now();
        for (int i = 0; i < stakes.size(); i++) {
            ScenarioStake stake = new ScenarioStake();
            stake.scenario = scenario;
            stake.position = i;
            stake.holder = stakes.get(i).holder().strip();
            stake.target = stakes.get(i).target().strip();
            stake.financial = stakes.get(i).financial();
            stake.control = stakes.get(i).control();
            scenario.stakes.add(stake);
        }
        return scenario;
    }

    private void apply(MarketDetails details) {
        name = details.name();
        productScope = details.productScope();
        geographicScope = details.geographicScope();
        period = details.period();
        shareBasis = details.basis();
        othersMaxShare = details.othersMax();
    }

    /** Marks the market as changed when only one of its parts did, so its version moves. */
    void touch() {
        updatedAt = OffsetDateTime.now();
    }
}
