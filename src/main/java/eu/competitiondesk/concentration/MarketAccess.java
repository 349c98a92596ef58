package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseAccess;
import eu.competitiondesk.cases.CaseHeading;
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

    /** The market for another feature's page: 404 unless the user may see the case and it is the case's. */
    public MarketHeading viewableHeading(long caseId, long marketId) {
        return MarketHeading.of(viewable(caseId, marketId));
    }

    /** The market for another feature's change: as {@link #viewableHeading}, and 403 unless the user may change it. */
    public MarketHeading editableHeading(long caseId, long marketId) {
        return MarketHeading.of(editable(caseId, marketId));
    }

    public ShareDataset dataset(RelevantMarket market, long datasetId) {
        return market.dataset(datasetId).orElseThrow(NotFoundException::new);
    }

    public CaseHeading caseFile(long caseId) {
        return cases.viewable(caseId);
    }

    public boolean canEdit(long caseId) {
        return cases.canEdit(caseId);
    }
}
