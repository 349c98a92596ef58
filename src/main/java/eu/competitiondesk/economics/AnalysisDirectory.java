package eu.competitiondesk.economics;

import eu.competitiondesk.export.Redaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a market's analyses for other features: as the commands that would make them again (the case export), or as
 * figures ({@link AnalysisFigures}, the report). Callers have passed the case's access check already.
 */
@ApplicationScoped
public class AnalysisDirectory {

    @Inject
    EconomicsMessages msg;

    /** The market's analyses as an edition shows them ({@code policy}): critical loss first, then pricing pressure, vertical, simulations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AnalysisFigures> figures(long marketId, Redaction.Policy policy) {
        List<AnalysisFigures> figures = new ArrayList<>();
        MarketDefinitionAnalysis.ofMarket(marketId)
                .forEach(a -> figures.add(CriticalLossFigures.of(a, msg, policy.redacts(), policy.bands())));
        UnilateralEffectsAnalysis.ofMarket(marketId)
                .forEach(a -> figures.add(PricingPressureFigures.of(a, msg, policy.redacts(), policy.bands())));
        VerticalEffectsAnalysis.ofMarket(marketId)
                .forEach(a -> figures.add(VerticalFigures.of(a, msg, policy.redacts(), policy.bands())));
        MergerSimulationAnalysis.ofMarket(marketId)
                .forEach(a -> figures.add(SimulationFigures.of(a, msg, policy.redacts(), policy.bands())));
        return figures;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CriticalLossDetails> criticalLoss(long marketId) {
        return MarketDefinitionAnalysis.ofMarket(marketId).stream()
                .map(CriticalLossDetails::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PricingPressureDetails> pricingPressure(long marketId) {
        return UnilateralEffectsAnalysis.ofMarket(marketId).stream()
                .map(PricingPressureDetails::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VerticalEffectsDetails> verticalEffects(long marketId) {
        return VerticalEffectsAnalysis.ofMarket(marketId).stream()
                .map(VerticalEffectsDetails::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MergerSimulationDetails> mergerSimulations(long marketId) {
        return MergerSimulationAnalysis.ofMarket(marketId).stream()
                .map(MergerSimulationDetails::of)
                .toList();
    }
}
