package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseChild;
import eu.competitiondesk.cases.CaseFile;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A relevant market of a case, with its share datasets (one per period and source) and their rows: the aggregate
 * whose methods keep their rules (one dataset per period and source, one row per firm, a total no rounding can
 * explain refused, names trimmed) for the market pages, the case import and the demo data alike.
 */
@Entity
@Table(name = "market")
public class RelevantMarket extends CaseChild {

    public String name;

    @Column(name = "product_scope")
    public String productScope;

    @Column(name = "geographic_scope")
    public String geographicScope;

    /** The period the market is assessed for, e.g. "2022-2025". */
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "share_basis")
    public ShareBasis shareBasis;

    /** No firm hidden in "Others" is larger than this share, in percent; null when unknown. */
    @Column(name = "others_max_share")
    public BigDecimal othersMaxShare;

    /** The dataset the case team relies on; null means the newest. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "reference_dataset_id")
    public ShareDataset referenceDataset;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "market", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period, source, id")
    public List<ShareDataset> datasets = new ArrayList<>();

    public static List<RelevantMarket> ofCase(long caseId) {
        return list("caseFile.id = ?1 order by name, id", caseId);
    }

    public static Optional<RelevantMarket> inCase(long caseId, long marketId) {
        return find("id = ?1 and caseFile.id = ?2", marketId, caseId).firstResultOptional();
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
    public static RelevantMarket define(CaseFile caseFile, MarketService.MarketDetails details) {
        RelevantMarket market = new RelevantMarket();
        market.caseFile = caseFile;
        market.apply(details);
        market.createdAt = OffsetDateTime.now();
        market.updatedAt = market.createdAt;
        return market;
    }

    public void change(MarketService.MarketDetails details) {
        apply(details);
        touch();
    }

    /** Adds a dataset; refuses a second one for the same period and source. */
    public ShareDataset addDataset(MarketService.DatasetDetails details) {
        if (datasets.stream().anyMatch(d -> d.period.equalsIgnoreCase(details.period().strip())
                && d.source.equalsIgnoreCase(details.source().strip()))) {
            throw new MarketService.DuplicateDatasetException();
        }
        ShareDataset dataset = new ShareDataset();
        dataset.market = this;
        dataset.period = details.period().strip();
        dataset.source = details.source().strip();
        dataset.scope = details.scope() == null || details.scope().isBlank() ? null : details.scope().strip();
        dataset.marketSizeUsdBn = details.marketSizeUsdBn();
        dataset.note = details.note() == null || details.note().isBlank() ? null : details.note().strip();
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
    public ShareRow addRow(ShareDataset dataset, ShareCsv.Row row) {
        String key = row.firm().strip().toLowerCase(java.util.Locale.ROOT);
        if (dataset.rows.stream().anyMatch(r -> r.firm.toLowerCase(java.util.Locale.ROOT).equals(key))) {
            throw new MarketService.DuplicateFirmException();
        }
        BigDecimal total = dataset.rows.stream().map(r -> r.share).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(row.share());
        if (total.compareTo(eu.competitiondesk.concentration.engine.Market.MAX_TOTAL) > 0) {
            throw new MarketService.TotalTooHighException();
        }
        ShareRow stored = ShareRow.of(dataset, dataset.rows.size(), row.firm().strip(), row.share(), row.source(),
                row.period(), row.note());
        dataset.rows.add(stored);
        touch();
        return stored;
    }

    /**
     * A scenario kept with this market (persist it after): firms that merge and stakes, by firm name. The caller has
     * run it through the engine on the market's shares, or checked its parts, so its firms and stakes are sound.
     */
    public MarketScenario keepScenario(String name, List<String> merging,
            List<eu.competitiondesk.concentration.engine.Stake> stakes, boolean illustrative) {
        MarketScenario scenario = new MarketScenario();
        scenario.market = this;
        scenario.name = name.strip();
        scenario.merging = new ArrayList<>(merging.stream().map(String::strip).toList());
        scenario.illustrative = illustrative;
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

    private void apply(MarketService.MarketDetails details) {
        name = details.name().strip();
        productScope = details.productScope().strip();
        geographicScope = details.geographicScope().strip();
        period = details.period().strip();
        shareBasis = details.shareBasis();
        othersMaxShare = details.othersMaxShare();
    }

    /** Marks the market as changed when only one of its parts did, so its version moves. */
    void touch() {
        updatedAt = OffsetDateTime.now();
    }
}
