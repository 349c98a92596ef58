package eu.competitiondesk.economics;

import eu.competitiondesk.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Every change to a market's analyses, each with its audit event; a save on a stale version is refused. */
@ApplicationScoped
public class AnalysisService {

    /** The analysis changed since the form was loaded. */
    public static final class StaleAnalysisException extends RuntimeException {
        StaleAnalysisException() {
            super(null, null, false, false);
        }
    }

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Transactional
    public MarketDefinitionAnalysis addDefinition(long caseId, long marketId, AnalysisForms.DefinitionForm form) {
        MarketDefinitionAnalysis a = new MarketDefinitionAnalysis();
        a.marketId = marketId;
        form.applyTo(a);
        a.persist();
        audit.record(caseId, "ANALYSIS_CREATED", "Added the critical loss analysis \"" + a.name + "\"");
        return a;
    }

    @Transactional
    public MarketDefinitionAnalysis updateDefinition(long caseId, long marketId, long id, long version,
            AnalysisForms.DefinitionForm form) {
        MarketDefinitionAnalysis a = locked(MarketDefinitionAnalysis.class, marketId, id, version);
        form.applyTo(a);
        audit.record(caseId, "ANALYSIS_UPDATED", "Changed the critical loss analysis \"" + a.name + "\"");
        return a;
    }

    @Transactional
    public UnilateralEffectsAnalysis addEffects(long caseId, long marketId, AnalysisForms.EffectsForm form) {
        UnilateralEffectsAnalysis a = new UnilateralEffectsAnalysis();
        a.marketId = marketId;
        form.applyTo(a);
        a.persist();
        audit.record(caseId, "ANALYSIS_CREATED", "Added the upward pricing pressure analysis \"" + a.name + "\"");
        return a;
    }

    @Transactional
    public UnilateralEffectsAnalysis updateEffects(long caseId, long marketId, long id, long version,
            AnalysisForms.EffectsForm form) {
        UnilateralEffectsAnalysis a = locked(UnilateralEffectsAnalysis.class, marketId, id, version);
        form.applyTo(a);
        audit.record(caseId, "ANALYSIS_UPDATED", "Changed the upward pricing pressure analysis \"" + a.name + "\"");
        return a;
    }

    @Transactional
    public String removeDefinition(long caseId, long marketId, long id) {
        MarketDefinitionAnalysis a = MarketDefinitionAnalysis.inMarket(marketId, id)
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        a.delete();
        audit.record(caseId, "ANALYSIS_REMOVED", "Removed the critical loss analysis \"" + a.name + "\"");
        return a.name;
    }

    @Transactional
    public String removeEffects(long caseId, long marketId, long id) {
        UnilateralEffectsAnalysis a = UnilateralEffectsAnalysis.inMarket(marketId, id)
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        a.delete();
        audit.record(caseId, "ANALYSIS_REMOVED", "Removed the upward pricing pressure analysis \"" + a.name + "\"");
        return a.name;
    }

    /** The analysis of this market, locked for the change, at the version the form was loaded with. */
    private <T> T locked(Class<T> type, long marketId, long id, long version) {
        T a = entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        long market = a instanceof MarketDefinitionAnalysis d ? d.marketId : ((UnilateralEffectsAnalysis) a).marketId;
        if (market != marketId) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        long current = a instanceof MarketDefinitionAnalysis d ? d.version : ((UnilateralEffectsAnalysis) a).version;
        if (current != version) {
            throw new StaleAnalysisException();
        }
        return a;
    }
}
