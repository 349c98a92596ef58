package eu.competitiondesk.economics;

/**
 * A command that keeps or changes one kind of analysis of a market: what every kind has (a name, the version its edit
 * page was loaded from) and how its inputs reach the analysis once valid.
 */
public sealed interface AnalysisDetails<T extends MarketAnalysis>
        permits CriticalLossDetails, PricingPressureDetails, VerticalEffectsDetails, MergerSimulationDetails {

    String name();

    String version();

    Class<T> kind();

    void applyTo(T analysis);
}
