package eu.competitiondesk.concentration;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of the market pages and actions, for templates ({@code {marketPath:show(caseId, marketId)}}) and Java. */
@TemplateExtension(namespace = "marketPath")
public final class MarketRoutes {

    private MarketRoutes() {}

    public static String newMarket(long caseId) {
        return Routes.path(MarketResource.class, "newForm", caseId);
    }

    public static String create(long caseId) {
        return Routes.path(MarketResource.class, "create", caseId);
    }

    public static String show(long caseId, long marketId) {
        return Routes.path(MarketResource.class, "show", caseId, marketId);
    }

    /** The market page showing one of its datasets. */
    public static String dataset(long caseId, long marketId, long datasetId) {
        return Routes.query(show(caseId, marketId), "dataset", datasetId);
    }

    public static String edit(long caseId, long marketId) {
        return Routes.path(MarketResource.class, "editForm", caseId, marketId);
    }

    public static String newDataset(long caseId, long marketId) {
        return Routes.path(MarketResource.class, "datasetForm", caseId, marketId);
    }

    public static String datasets(long caseId, long marketId) {
        return Routes.path(MarketResource.class, "addDataset", caseId, marketId);
    }

    public static String makeReference(long caseId, long marketId, long datasetId) {
        return Routes.path(MarketResource.class, "makeReference", caseId, marketId, datasetId);
    }

    public static String rows(long caseId, long marketId, long datasetId) {
        return Routes.path(MarketResource.class, "addRow", caseId, marketId, datasetId);
    }

    public static String removeRow(long caseId, long marketId, long datasetId, long rowId) {
        return Routes.path(MarketResource.class, "removeRow", caseId, marketId, datasetId, rowId);
    }

    public static String importShares(long caseId, long marketId, long datasetId) {
        return Routes.path(ShareImportResource.class, "check", caseId, marketId, datasetId);
    }

    public static String storeShares(long caseId, long marketId, long datasetId) {
        return Routes.path(ShareImportResource.class, "store", caseId, marketId, datasetId);
    }

    public static String sharesCsv(long caseId, long marketId, long datasetId) {
        return Routes.path(MarketResource.class, "exportCsv", caseId, marketId, datasetId);
    }

    /** The shares as CSV with semicolons and decimal commas, as spreadsheets in those settings read them. */
    public static String sharesCsvSemicolon(long caseId, long marketId, long datasetId) {
        return Routes.query(sharesCsv(caseId, marketId, datasetId), "separator", "semicolon");
    }

    public static String sharesXlsx(long caseId, long marketId, long datasetId) {
        return Routes.path(MarketResource.class, "exportXlsx", caseId, marketId, datasetId);
    }

    public static String series(long caseId, long marketId) {
        return Routes.path(SeriesResource.class, "series", caseId, marketId);
    }

    public static String seriesOf(long caseId, long marketId, String source) {
        return Routes.query(series(caseId, marketId), "source", source);
    }

    public static String scenario(long caseId, long marketId) {
        return Routes.path(ScenarioResource.class, "scenario", caseId, marketId);
    }

    public static String scenarioOn(long caseId, long marketId, long datasetId) {
        return Routes.query(scenario(caseId, marketId), "dataset", datasetId);
    }

    public static String scenarioWorkbook(long caseId, long marketId) {
        return Routes.path(ScenarioResource.class, "workbook", caseId, marketId);
    }

    public static String keepScenario(long caseId, long marketId) {
        return Routes.path(ScenarioResource.class, "keep", caseId, marketId);
    }

    public static String removeScenario(long caseId, long marketId, long scenarioId) {
        return Routes.path(ScenarioResource.class, "remove", caseId, marketId, scenarioId);
    }
}
