package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * Loads markets and datasets only through the case's access check ({@link CaseAccess}), and only when they belong
 * to that case: a market id from another case answers 404 like an unknown one.
 */
@ApplicationScoped
public class MarketAccess {

    @Inject
    CaseAccess cases;

    public RelevantMarket viewable(long caseId, long marketId) {
        cases.viewable(caseId);
        return RelevantMarket.inCase(caseId, marketId).orElseThrow(NotFoundException::new);
    }

    public RelevantMarket editable(long caseId, long marketId) {
        cases.editable(caseId);
        return RelevantMarket.inCase(caseId, marketId).orElseThrow(NotFoundException::new);
    }

    public ShareDataset dataset(RelevantMarket market, long datasetId) {
        return market.dataset(datasetId).orElseThrow(NotFoundException::new);
    }

    public CaseFile caseFile(long caseId) {
        return cases.viewable(caseId);
    }

    public boolean canEdit(CaseFile caseFile) {
        return cases.canEdit(caseFile);
    }
}
