package eu.competitiondesk.economics;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of a market's analyses, for templates ({@code {analysisPath:definition(...)}}) and Java. */
@TemplateExtension(namespace = "analysisPath")
public final class AnalysisRoutes {

    private AnalysisRoutes() {}

    public static String newDefinition(long caseId, long marketId) {
        return Routes.path(MarketAnalysisResource.class, "newDefinition", caseId, marketId);
    }

    public static String addDefinition(long caseId, long marketId) {
        return Routes.path(MarketAnalysisResource.class, "addDefinition", caseId, marketId);
    }

    public static String definition(long caseId, long marketId, long definitionId) {
        return Routes.path(MarketAnalysisResource.class, "definition", caseId, marketId, definitionId);
    }

    public static String editDefinition(long caseId, long marketId, long definitionId) {
        return Routes.path(MarketAnalysisResource.class, "editDefinition", caseId, marketId, definitionId);
    }

    public static String removeDefinition(long caseId, long marketId, long definitionId) {
        return Routes.path(MarketAnalysisResource.class, "removeDefinition", caseId, marketId, definitionId);
    }

    public static String definitionDownload(long caseId, long marketId, long definitionId) {
        return Routes.path(MarketAnalysisResource.class, "definitionDownload", caseId, marketId, definitionId);
    }

    public static String effectsDownload(long caseId, long marketId, long effectsId) {
        return Routes.path(MarketAnalysisResource.class, "effectsDownload", caseId, marketId, effectsId);
    }

    public static String newEffects(long caseId, long marketId) {
        return Routes.path(MarketAnalysisResource.class, "newEffects", caseId, marketId);
    }

    public static String addEffects(long caseId, long marketId) {
        return Routes.path(MarketAnalysisResource.class, "addEffects", caseId, marketId);
    }

    public static String effects(long caseId, long marketId, long effectsId) {
        return Routes.path(MarketAnalysisResource.class, "effects", caseId, marketId, effectsId);
    }

    public static String editEffects(long caseId, long marketId, long effectsId) {
        return Routes.path(MarketAnalysisResource.class, "editEffects", caseId, marketId, effectsId);
    }

    public static String removeEffects(long caseId, long marketId, long effectsId) {
        return Routes.path(MarketAnalysisResource.class, "removeEffects", caseId, marketId, effectsId);
    }

    public static String newVertical(long caseId, long marketId) {
        return Routes.path(MarketAnalysisResource.class, "newVertical", caseId, marketId);
    }

    public static String addVertical(long caseId, long marketId) {
        return Routes.path(MarketAnalysisResource.class, "addVertical", caseId, marketId);
    }

    public static String vertical(long caseId, long marketId, long verticalId) {
        return Routes.path(MarketAnalysisResource.class, "vertical", caseId, marketId, verticalId);
    }

    public static String editVertical(long caseId, long marketId, long verticalId) {
        return Routes.path(MarketAnalysisResource.class, "editVertical", caseId, marketId, verticalId);
    }

    public static String removeVertical(long caseId, long marketId, long verticalId) {
        return Routes.path(MarketAnalysisResource.class, "removeVertical", caseId, marketId, verticalId);
    }

    public static String verticalDownload(long caseId, long marketId, long verticalId) {
        return Routes.path(MarketAnalysisResource.class, "verticalDownload", caseId, marketId, verticalId);
    }

    public static String newSimulation(long caseId, long marketId) {
        return Routes.path(MarketAnalysisResource.class, "newSimulation", caseId, marketId);
    }

    public static String addSimulation(long caseId, long marketId) {
        return Routes.path(MarketAnalysisResource.class, "addSimulation", caseId, marketId);
    }

    public static String simulation(long caseId, long marketId, long simulationId) {
        return Routes.path(MarketAnalysisResource.class, "simulation", caseId, marketId, simulationId);
    }

    public static String editSimulation(long caseId, long marketId, long simulationId) {
        return Routes.path(MarketAnalysisResource.class, "editSimulation", caseId, marketId, simulationId);
    }

    public static String removeSimulation(long caseId, long marketId, long simulationId) {
        return Routes.path(MarketAnalysisResource.class, "removeSimulation", caseId, marketId, simulationId);
    }

    public static String simulationDownload(long caseId, long marketId, long simulationId) {
        return Routes.path(MarketAnalysisResource.class, "simulationDownload", caseId, marketId, simulationId);
    }
}
