package eu.competitiondesk.economics;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.platform.FormVersions;
import eu.competitiondesk.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** Every change to a market's analyses, each with its audit event; a save on a stale version is refused. */
@ApplicationScoped
public class AnalysisService {

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Transactional
    public <T extends MarketAnalysis> T add(long caseId, long marketId, AnalysisDetails<T> details) {
        T analysis = MarketAnalysis.create(details.kind());
        analysis.marketId = marketId;
        details.applyTo(analysis);
        analysis.persist();
        audit.record(
                caseId,
                AuditAction.ANALYSIS_CREATED,
                "Added the " + analysis.kindInAudit() + " \"" + analysis.name + "\"");
        return analysis;
    }

    @Transactional
    public <T extends MarketAnalysis> T update(long caseId, long marketId, long id, AnalysisDetails<T> details) {
        T analysis = inMarket(details.kind(), marketId, id, LockModeType.PESSIMISTIC_WRITE);
        if (analysis.version != FormVersions.parse(details.version())) {
            throw new StaleVersionException(analysis);
        }
        details.applyTo(analysis);
        audit.record(
                caseId,
                AuditAction.ANALYSIS_UPDATED,
                "Changed the " + analysis.kindInAudit() + " \"" + analysis.name + "\"");
        return analysis;
    }

    @Transactional
    public String remove(long caseId, long marketId, Class<? extends MarketAnalysis> type, long id) {
        MarketAnalysis analysis = inMarket(type, marketId, id, LockModeType.PESSIMISTIC_WRITE);
        analysis.delete();
        audit.record(
                caseId,
                AuditAction.ANALYSIS_REMOVED,
                "Removed the " + analysis.kindInAudit() + " \"" + analysis.name + "\"");
        return analysis.name;
    }

    /** The analysis to show, if it belongs to this market; another market's answers 404 like an unknown one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T extends MarketAnalysis> T find(Class<T> type, long marketId, long id) {
        return inMarket(type, marketId, id, LockModeType.NONE);
    }

    /** The analysis if it belongs to this market; another market's answers 404 like an unknown one. */
    private <T extends MarketAnalysis> T inMarket(Class<T> type, long marketId, long id, LockModeType lock) {
        T analysis = entityManager.find(type, id, lock);
        if (analysis == null || analysis.marketId != marketId) {
            throw new NotFoundException();
        }
        return analysis;
    }
}
