package eu.competitiondesk.concentration;

import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.concentration.engine.Market;
import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/**
 * Every change to a case's markets and share datasets, each with its audit event. Callers pass ids already checked
 * through {@link MarketAccess}. Audit summaries name datasets and firms, never shares: a dataset may be confidential.
 */
@ApplicationScoped
public class MarketService {

    @Inject
    AuditTrail audit;

    /** The details of a market, validated. */
    public record MarketDetails(String name, String productScope, String geographicScope, String period,
            ShareBasis shareBasis, BigDecimal othersMaxShare) {
    }

    /** The details of a dataset, validated. */
    public record DatasetDetails(String period, String source, String scope, BigDecimal marketSizeUsdBn, String note,
            boolean confidential) {
    }

    /** Thrown when a dataset for the same period and source already exists in the market. */
    public static class DuplicateDatasetException extends RuntimeException {
        public DuplicateDatasetException() {
            super("A dataset for this period and source already exists");
        }
    }

    /** Thrown when a firm is already in the dataset. */
    public static class DuplicateFirmException extends RuntimeException {
        public DuplicateFirmException() {
            super("The firm is already in the dataset");
        }
    }

    /** Thrown when a row would take the dataset's total above what rounding explains. */
    public static class TotalTooHighException extends RuntimeException {
        public TotalTooHighException() {
            super("The shares would add up to more than " + Market.MAX_TOTAL + "%");
        }
    }

    @Transactional
    public RelevantMarket create(long caseId, MarketDetails details) {
        RelevantMarket market = RelevantMarket.define(CaseFile.findById(caseId), details);
        market.persist();
        audit.record(caseId, AuditAction.MARKET_CREATED, "Added market \"" + market.name + "\"");
        return market;
    }

    @Transactional
    public RelevantMarket update(long marketId, long expectedVersion, MarketDetails details) {
        RelevantMarket market = FormVersions.lockedAt(RelevantMarket.class, marketId, expectedVersion, m -> m.version,
                StaleMarketException::new);
        market.change(details);
        audit.record(market.caseFile.id, AuditAction.MARKET_UPDATED, "Changed market \"" + market.name + "\"");
        return market;
    }

    @Transactional
    public ShareDataset addDataset(long marketId, DatasetDetails details) {
        RelevantMarket market = RelevantMarket.findById(marketId);
        ShareDataset dataset = market.addDataset(details);
        audit.record(market.caseFile.id, AuditAction.DATASET_CREATED, "Added dataset " + dataset.label() + " to market \""
                + market.name + "\"" + (dataset.confidential ? " (confidential)" : ""));
        return dataset;
    }

    @Transactional
    public void makeReference(long marketId, long datasetId) {
        RelevantMarket market = RelevantMarket.findById(marketId);
        ShareDataset dataset = market.dataset(datasetId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        market.relyOn(dataset);
        audit.record(market.caseFile.id, AuditAction.MARKET_REFERENCE_SET, "Market \"" + market.name + "\" now relies on "
                + dataset.label());
    }

    @Transactional
    public ShareRow addRow(long datasetId, ShareCsv.Row row) {
        ShareDataset dataset = ShareDataset.findById(datasetId);
        ShareRow stored = dataset.market.addRow(dataset, row);
        audit.record(dataset.market.caseFile.id, AuditAction.SHARE_ROW_ADDED, "Added " + stored.firm + " to dataset "
                + dataset.label());
        return stored;
    }

    @Transactional
    public String removeRow(long datasetId, long rowId) {
        ShareDataset dataset = ShareDataset.findById(datasetId);
        ShareRow row = dataset.rows.stream().filter(r -> r.id == rowId).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        dataset.rows.remove(row);
        dataset.market.touch();
        audit.record(dataset.market.caseFile.id, AuditAction.SHARE_ROW_REMOVED, "Removed " + row.firm + " from dataset "
                + dataset.label());
        return row.firm;
    }

    /** Replaces every row of the dataset with the imported ones, in one transaction. */
    @Transactional
    public int replaceRows(long datasetId, List<ShareCsv.Row> rows) {
        ShareDataset dataset = ShareDataset.findById(datasetId);
        int before = dataset.rows.size();
        dataset.rows.clear();
        // Flush the removals first so the new rows never meet the old ones.
        ShareDataset.flush();
        for (ShareCsv.Row row : rows) {
            dataset.market.addRow(dataset, row);
        }
        audit.record(dataset.market.caseFile.id, AuditAction.SHARES_IMPORTED, "Imported " + rows.size()
                + " rows from CSV into dataset " + dataset.label() + ", replacing " + before);
        return rows.size();
    }

    /**
     * Keeps a scenario with the market, for its page and the case's reports. The caller has run it through the
     * engine on the market's shares, so its firms and stakes are sound.
     */
    @Transactional
    public MarketScenario keepScenario(long marketId, String name, List<String> merging, List<Stake> stakes,
            boolean illustrative) {
        RelevantMarket market = RelevantMarket.findById(marketId);
        MarketScenario scenario = market.keepScenario(name, merging, stakes, illustrative);
        scenario.persist();
        audit.record(market.caseFile.id, AuditAction.SCENARIO_KEPT, "Kept scenario \"" + scenario.name + "\" with market \""
                + market.name + "\"");
        return scenario;
    }

    @Transactional
    public String removeScenario(long marketId, long scenarioId) {
        MarketScenario scenario = MarketScenario.<MarketScenario>findByIdOptional(scenarioId)
                .filter(s -> s.market.id == marketId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        scenario.delete();
        audit.record(scenario.market.caseFile.id, AuditAction.SCENARIO_REMOVED, "Removed scenario \"" + scenario.name
                + "\" from market \"" + scenario.market.name + "\"");
        return scenario.name;
    }

    /** Someone saved the market after the form was loaded. */
    public static class StaleMarketException extends RuntimeException {
        public final RelevantMarket current;

        public StaleMarketException(RelevantMarket current) {
            super("The market was changed by someone else");
            this.current = current;
        }
    }
}
