package eu.competitiondesk.concentration;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.concentration.engine.Market;
import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Every change to a case's markets and share datasets, each with its audit event. Callers pass ids already checked
 * through {@link MarketAccess}. Audit summaries name datasets and firms, never shares: a dataset may be confidential.
 */
@ApplicationScoped
public class MarketService {

    @Inject
    AuditTrail audit;

    @Inject
    MarketMessages msg;

    /** Thrown when a dataset for the same period and source already exists in the market. */
    static class DuplicateDatasetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DuplicateDatasetException() {
            super("A dataset for this period and source already exists");
        }
    }

    /** Thrown when a firm is already in the dataset. */
    static class DuplicateFirmException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DuplicateFirmException() {
            super("The firm is already in the dataset");
        }
    }

    /** Thrown when a row would take the dataset's total above what rounding explains. */
    static class TotalTooHighException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TotalTooHighException() {
            super("The shares would add up to more than " + Market.MAX_TOTAL + "%");
        }
    }

    @Transactional
    public MarketHeading create(long caseId, MarketDetails details) {
        RelevantMarket market = RelevantMarket.define(caseId, details);
        market.persist();
        audit.record(caseId, AuditAction.MARKET_CREATED, "Added market \"" + market.name + "\"");
        return MarketHeading.of(market);
    }

    @Transactional
    public RelevantMarket update(long marketId, MarketDetails details) {
        RelevantMarket market = FormVersions.lockedAt(
                RelevantMarket.class,
                marketId,
                FormVersions.parse(details.version()),
                m -> m.version,
                StaleVersionException::new);
        market.change(details);
        audit.record(market.caseId, AuditAction.MARKET_UPDATED, "Changed market \"" + market.name + "\"");
        return market;
    }

    /** Adds the dataset to the market; returns its id. */
    @Transactional
    public long addDataset(long marketId, DatasetDetails details) {
        RelevantMarket market = RelevantMarket.findById(marketId);
        ShareDataset dataset;
        try {
            dataset = market.addDataset(details);
        } catch (DuplicateDatasetException e) {
            throw new InvalidCommand(Map.of("period", msg.dataset_exists()));
        }
        audit.record(
                market.caseId,
                AuditAction.DATASET_CREATED,
                "Added dataset " + dataset.label() + " to market \"" + market.name + "\""
                        + (dataset.confidential ? " (confidential)" : ""));
        // Stored now, so its id is known to the caller.
        dataset.persist();
        return dataset.id;
    }

    @Transactional
    public void makeReference(long marketId, long datasetId) {
        RelevantMarket market = RelevantMarket.findById(marketId);
        ShareDataset dataset = market.dataset(datasetId).orElseThrow(NotFoundException::new);
        market.relyOn(dataset);
        audit.record(
                market.caseId,
                AuditAction.MARKET_REFERENCE_SET,
                "Market \"" + market.name + "\" now relies on " + dataset.label());
    }

    @Transactional
    public ShareRow addRow(long datasetId, RowDetails row) {
        ShareDataset dataset = ShareDataset.findById(datasetId);
        ShareRow stored = add(dataset, row);
        audit.record(
                dataset.market.caseId,
                AuditAction.SHARE_ROW_ADDED,
                "Added " + stored.firm + " to dataset " + dataset.label());
        return stored;
    }

    @Transactional
    public String removeRow(long datasetId, long rowId) {
        ShareDataset dataset = ShareDataset.findById(datasetId);
        ShareRow row =
                dataset.rows.stream().filter(r -> r.id == rowId).findFirst().orElseThrow(NotFoundException::new);
        dataset.rows.remove(row);
        dataset.market.touch();
        audit.record(
                dataset.market.caseId,
                AuditAction.SHARE_ROW_REMOVED,
                "Removed " + row.firm + " from dataset " + dataset.label());
        return row.firm;
    }

    /**
     * Replaces every row of the dataset with the command's, in one transaction. The command has been checked as a
     * whole (each firm once, the total), so the rows go in as one batch rather than one by one through the row
     * form's checks, which compare each new row with every row before it: a table of thousands of rows is stored in
     * one statement's round trip, and the old rows leave in one. The dataset is locked first, so two stores at once
     * follow each other and the later one's rows are what remains.
     */
    @Transactional
    public int replaceRows(long datasetId, DatasetRows command) {
        List<RowDetails> rows = command.rows();
        ShareDataset dataset = ShareDataset.findById(datasetId, LockModeType.PESSIMISTIC_WRITE);
        long before = ShareRow.count("dataset", dataset);
        ShareRow.delete("dataset", dataset);
        ShareRow.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into share_row (dataset_id, position, firm, share, source, period, note)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    RowDetails row = rows.get(i);
                    insert.setLong(1, datasetId);
                    insert.setInt(2, i);
                    insert.setString(3, row.firm());
                    insert.setBigDecimal(4, row.shareValue());
                    insert.setString(5, row.source());
                    insert.setString(6, row.period());
                    insert.setString(7, row.note());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        // What this transaction reads next (the case import keeps scenarios on these rows) sees the new rows.
        ShareDataset.getEntityManager().refresh(dataset);
        dataset.market.touch();
        audit.record(
                dataset.market.caseId,
                AuditAction.SHARES_IMPORTED,
                "Stored " + rows.size() + " rows in dataset " + dataset.label() + ", replacing its " + before);
        return rows.size();
    }

    /**
     * Keeps a scenario with the market, for its page and the case's reports. The caller has run it through the
     * engine on the market's shares, so its firms and stakes are sound.
     */
    @Transactional
    public MarketScenario keepScenario(long marketId, KeptScenario command) {
        RelevantMarket market = RelevantMarket.findById(marketId);
        MarketScenario scenario = market.keepScenario(command);
        scenario.persist();
        audit.record(
                market.caseId,
                AuditAction.SCENARIO_KEPT,
                "Kept scenario \"" + scenario.name + "\" with market \"" + market.name + "\"");
        return scenario;
    }

    @Transactional
    public String removeScenario(long marketId, long scenarioId) {
        MarketScenario scenario = MarketScenario.<MarketScenario>findByIdOptional(scenarioId)
                .filter(s -> s.market.id == marketId)
                .orElseThrow(NotFoundException::new);
        scenario.delete();
        audit.record(
                scenario.market.caseId,
                AuditAction.SCENARIO_REMOVED,
                "Removed scenario \"" + scenario.name + "\" from market \"" + scenario.market.name + "\"");
        return scenario.name;
    }

    /** The row added, or the rule it breaks as an invalid command naming the field at fault. */
    private ShareRow add(ShareDataset dataset, RowDetails row) {
        try {
            return dataset.market.addRow(dataset, row);
        } catch (DuplicateFirmException e) {
            throw new InvalidCommand(Map.of("firm", msg.row_firm_exists()));
        } catch (TotalTooHighException e) {
            throw new InvalidCommand(Map.of("share", msg.row_total_too_high()));
        }
    }
}
