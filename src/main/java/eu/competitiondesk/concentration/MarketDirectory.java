package eu.competitiondesk.concentration;

import eu.competitiondesk.export.Redaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a case's markets for other features as values ({@link MarketRecord}). Callers have passed the case's access
 * check already (a case-scoped route), so none happens here.
 */
@ApplicationScoped
public class MarketDirectory {

    @Inject
    MarketMessages msg;

    /**
     * Each market with shares in the dataset it relies on (or its newest), as an edition shows it ({@code policy});
     * a market without shares yet is left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MarketSummary> summaries(long caseId, Redaction.Policy policy) {
        List<MarketSummary> summaries = new ArrayList<>();
        for (MarketRecord m : ofCase(caseId)) {
            MarketRecord.DatasetRecord d = m.defaultDataset().orElse(null);
            if (d == null || d.rows().isEmpty()) {
                continue;
            }
            summaries.add(new MarketSummary(
                    m.heading().id(),
                    m.heading().name(),
                    m.productScope().replaceAll("[.;]\\s*$", "") + "; " + m.geographicScope() + "; " + m.period(),
                    d.label(),
                    d.confidential(),
                    policy.text(d.note(), d.confidential()),
                    MarketFigures.of(d, m.othersMaxShare(), msg, policy),
                    m.scenarios().stream()
                            .map(sc -> ScenarioFigures.of(m, d, sc, msg, policy))
                            .toList()));
        }
        return summaries;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MarketRecord> ofCase(long caseId) {
        return RelevantMarket.ofCase(caseId).stream()
                .map(m -> MarketRecord.of(m, MarketScenario.ofMarket(m.id)))
                .toList();
    }
}
