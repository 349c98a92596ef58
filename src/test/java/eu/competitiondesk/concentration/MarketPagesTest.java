package eu.competitiondesk.concentration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.ShareImports;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class MarketPagesTest {

    static final String CLOUD_CSV = "firm,share,source,period\nAWS,30,Synergy,2025-Q2\nMicrosoft,20,Synergy,2025-Q2\n"
            + "Google,13,Synergy,2025-Q2\nAlibaba,4,,\nOracle,3,,\nSalesforce,2,,\nIBM,2,,\nTencent,2,,\n";

    @Inject
    TestUsers users;

    Session officer;
    long caseId;

    @BeforeEach
    void openCase() {
        officer = users.signIn("market-officer", Role.CASE_OFFICER);
        caseId = Cases.open(officer, Cases.newReference(), "Cloud market", "MERGER");
    }

    long createMarket(String name) {
        officer.page("/cases/" + caseId + "/markets/new");
        Response created = officer.form()
                .formParam("name", name)
                .formParam("productScope", "IaaS and PaaS")
                .formParam("geographicScope", "Worldwide")
                .formParam("period", "2025")
                .formParam("shareBasis", "REVENUE")
                .formParam("othersMaxShare", "2")
                .post("/cases/" + caseId + "/markets");
        assertEquals(303, created.statusCode(), created.asString());
        return idFrom(created.header("Location"), "/markets/(\\d+)");
    }

    long addDataset(long marketId, String period, String source, String scope, String note) {
        officer.page("/cases/" + caseId + "/markets/" + marketId + "/datasets/new");
        var request = officer.form()
                .formParam("datasetPeriod", period)
                .formParam("datasetSource", source)
                .formParam("datasetScope", scope);
        if (note != null) {
            request.formParam("datasetNote", note);
        }
        Response created = request.post("/cases/" + caseId + "/markets/" + marketId + "/datasets");
        assertEquals(303, created.statusCode(), created.asString());
        return idFrom(created.header("Location"), "dataset=(\\d+)");
    }

    /** Checks and stores the CSV through the preview; the answer to "Store these shares". */
    Response importCsv(long marketId, long datasetId, String csv) {
        return ShareImports.csv(officer, datasetPath(marketId, datasetId), csv);
    }

    String datasetPath(long marketId, long datasetId) {
        return "/cases/" + caseId + "/markets/" + marketId + "/datasets/" + datasetId;
    }

    static long idFrom(String location, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(location);
        assertTrue(m.find(), location);
        return Long.parseLong(m.group(1));
    }

    @Test
    void marketFormValidatesAndKeepsValues() {
        officer.page("/cases/" + caseId + "/markets/new");
        officer.form()
                .formParam("name", "")
                .formParam("productScope", "Typed scope")
                .formParam("geographicScope", "")
                .formParam("period", "")
                .formParam("shareBasis", "GUESS")
                .formParam("othersMaxShare", "0")
                .post("/cases/" + caseId + "/markets")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#name\""))
                .body(containsString("href=\"#othersMaxShare\""))
                .body(containsString("href=\"#shareBasis\""))
                .body(containsString("Typed scope"));
    }

    @Test
    void importedSharesGiveTheWorkedExampleFiguresWithExplanations() {
        long marketId = createMarket("Cloud infrastructure");
        long datasetId =
                addDataset(marketId, "2025-Q2", "Synergy Research Group", "IaaS+PaaS+hosted private cloud", null);
        importCsv(marketId, datasetId, CLOUD_CSV).then().statusCode(303);
        String page = officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId)
                .asString();
        assertTrue(page.contains("id=\"figure-hhi\">1,506<"), "HHI");
        assertTrue(page.contains("id=\"figure-hhi-upper\">1,554<"), "upper bound with no unnamed firm above 2%");
        assertTrue(page.contains("id=\"figure-others\">24%<"));
        assertTrue(page.contains("id=\"figure-cr4\">67%<"));
        assertTrue(page.contains("id=\"figure-numbers-equivalent\">6.64<"));
        assertTrue(page.contains("id=\"figure-rounding-band\">1,432 – 1,584<"));
        assertTrue(page.contains("30² + 20² + 13²"), "inputs of the HHI");
        assertTrue(page.contains("HHI = Σ sᵢ²"), "formula");
        assertTrue(page.contains("Synergy Research Group, 2025-Q2"), "source");
        assertTrue(page.contains("para 16"), "guideline reference");
        assertTrue(page.contains("<svg role=\"img\""), "chart");
        assertTrue(page.contains(">Tencent</text>") && page.contains(">Tencent</td>") || page.contains(">Tencent<"));
    }

    @Test
    void aTableWithABadRowIsShownWithEachReasonAndNothingIsStored() {
        long marketId = createMarket("Rejecting market");
        long datasetId = addDataset(marketId, "2024", "Test source", null, null);
        importCsv(marketId, datasetId, "firm,share\nKeep,10\n").then().statusCode(303);
        String page = ShareImports.checkFile(
                        officer,
                        datasetPath(marketId, datasetId),
                        "shares.csv",
                        "firm,share\nAWS,30\nBroken,abc\n,5\nAWS,4\n".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertTrue(
                page.contains("Nothing can be stored yet. Line 3: Share: Enter a percentage"),
                "the first error quoted");
        assertTrue(page.contains("3 rows are refused"), page);
        assertTrue(page.contains("Firm: Enter the firm&#39;s name"), "the row without a firm");
        assertTrue(page.contains("Firm: This firm is already in the dataset"), "the firm given twice");
        assertFalse(page.contains("Store these shares</button>"), "nothing to store while a row is refused");
        String after = officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId)
                .asString();
        assertTrue(after.contains(">Keep<"), "old rows untouched");
        assertTrue(!after.contains(">AWS<"), "nothing half-imported");
    }

    /**
     * The same parser for every way in: a semicolon CSV with decimal commas as a spreadsheet writes it in German
     * settings, rows pasted from a spreadsheet, and the one-row form all read "30,5" and "30 %" as the import does;
     * a dataset with rows is replaced only when the officer ticks the box.
     */
    @Test
    void semicolonsDecimalCommasAndPastedRowsReadAlikeAndReplacingIsAsked() {
        long marketId = createMarket("Spreadsheet market");
        long datasetId = addDataset(marketId, "2025", "Spreadsheet source", null, null);
        String dataset = datasetPath(marketId, datasetId);
        Response preview = ShareImports.checkFile(
                officer,
                dataset,
                "anteile.csv",
                "\uFEFFFirm;Share;Source\nAWS;30,5;Synergy\nMicrosoft;20 %;\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, preview.statusCode(), preview.asString());
        assertTrue(preview.asString().contains("2 rows to store"));
        assertTrue(preview.asString().contains(">30.5<"), "read as 30.5");
        ShareImports.store(officer, dataset, preview).then().statusCode(303);
        String page = officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId)
                .asString();
        assertTrue(page.contains(">AWS<") && page.contains("30.5%"), "stored");

        Response pasted = ShareImports.checkPasted(officer, dataset, "Google\t13,5\nOracle\t3%\n");
        assertEquals(200, pasted.statusCode(), pasted.asString());
        assertTrue(pasted.asString().contains("Replace the 2 rows this dataset has now"), "asks before replacing");
        String rows = org.jsoup.Jsoup.parse(pasted.asString())
                .select("input[name=rows]")
                .attr("value");
        String unticked = officer.multipart()
                .multiPart("rows", rows)
                .post(dataset + "/import/store")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertTrue(unticked.contains("tick the box to replace them"), "not replaced without the tick");
        ShareImports.store(officer, dataset, pasted).then().statusCode(303);
        page = officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId)
                .asString();
        assertTrue(page.contains(">Google<") && !page.contains(">AWS<"), "replaced");

        officer.form()
                .formParam("firm", "IBM")
                .formParam("share", "2,5 %")
                .post(dataset + "/rows")
                .then()
                .statusCode(303);
        page = officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId)
                .asString();
        assertTrue(page.contains(">IBM<") && page.contains("2.5%"), "the one-row form reads it alike");
    }

    @Test
    void nothingToCheckOrAFileThatIsNoTableGetsItsReason() {
        long marketId = createMarket("Empty market");
        long datasetId = addDataset(marketId, "2025", "Source", null, null);
        String dataset = datasetPath(marketId, datasetId);
        officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId);
        String nothing = officer.multipart()
                .multiPart("sheet", "")
                .post(dataset + "/import")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertTrue(nothing.contains("Choose a file or paste rows"));
        String xls = ShareImports.checkFile(
                        officer, dataset, "old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2})
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertTrue(xls.contains("old Excel format"), "says why");
    }

    /**
     * A workbook of a million rows, sent through the page: answered with a clear reason (whichever limit it meets
     * first), nothing stored, the dataset's rows untouched.
     */
    @Test
    void aSheetOfAMillionRowsIsRefusedWithAReasonAndNothingStored() throws Exception {
        long marketId = createMarket("Million-row market");
        long datasetId = addDataset(marketId, "2025", "Source", null, null);
        importCsv(marketId, datasetId, "firm,share\nKeep,10\n").then().statusCode(303);
        String dataset = datasetPath(marketId, datasetId);
        byte[] file;
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook =
                        new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            workbook.setCompressTempFiles(true);
            var sheet = workbook.createSheet("Shares");
            for (int i = 0; i < 1_000_000; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue(0);
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        io.restassured.response.Response refused = ShareImports.checkFile(officer, dataset, "million.xlsx", file);
        String answer = refused.asString();
        assertTrue(
                refused.statusCode() == 413 || refused.statusCode() == 422,
                refused.statusCode() + " " + file.length + " " + answer.substring(0, Math.min(answer.length(), 300)));
        assertTrue(
                answer.contains("more than 20000 rows")
                        || answer.contains("more than 20,000 rows")
                        || answer.contains("unpacks to more than 64 MB")
                        || answer.contains("this form takes: at most 10 MB"),
                "says which limit: " + org.jsoup.Jsoup.parse(answer).text());
        assertFalse(answer.contains("Store these shares</button>"), "nothing to store");
        String after = officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId)
                .asString();
        assertTrue(after.contains(">Keep<"), "the stored rows untouched");
        assertFalse(after.contains(">999999<"), "nothing of the sheet stored");
    }

    @Test
    void csvExportNeutralisesFormulasAndRoundTrips() {
        long marketId = createMarket("Export market");
        long datasetId = addDataset(marketId, "2024", "Export source", null, null);
        importCsv(marketId, datasetId, "firm,share,source,period,note\n\"=1+2\",10,x,2024,\"@note\"\nPlain,5.25,,,\n")
                .then()
                .statusCode(303);
        String csv = officer.request()
                .get("/cases/" + caseId + "/markets/" + marketId + "/datasets/" + datasetId + "/shares.csv")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertTrue(csv.startsWith("\uFEFFfirm,share,source,period,note"), "a byte-order mark, then the header");
        assertTrue(csv.contains("'=1+2"), csv);
        assertTrue(csv.contains("'@note"), csv);
        assertTrue(csv.contains("Plain,5.25"), csv);
        importCsv(marketId, datasetId, csv).then().statusCode(303);
        String page = officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId)
                .asString();
        assertTrue(page.contains(">=1+2"), "imported back without the quote");
    }

    /**
     * The shares as a workbook: numbers formatted as percentages, the HHI as a formula over them whose saved value
     * is the page's (30² + 20² + 13² + 4² + 3² + 2² + 2² + 2² = 1,506), the source in the notes; a share changed in
     * the workbook and the workbook imported again reads back.
     */
    @Test
    void theSharesAsAWorkbookWithFormulasRoundTrip() throws Exception {
        long marketId = createMarket("Workbook market");
        long datasetId = addDataset(marketId, "2025-Q2", "Synergy Research Group", null, null);
        importCsv(marketId, datasetId, CLOUD_CSV).then().statusCode(303);
        byte[] file = officer.request()
                .get(datasetPath(marketId, datasetId) + "/shares.xlsx")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString(".xlsx"))
                .extract()
                .asByteArray();
        byte[] changed;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var shares = workbook.getSheet("Shares");
            assertEquals("AWS", shares.getRow(1).getCell(0).getStringCellValue());
            assertEquals(0.30, shares.getRow(1).getCell(1).getNumericCellValue(), 1e-12);
            assertTrue(
                    shares.getRow(1)
                            .getCell(1)
                            .getCellStyle()
                            .getDataFormatString()
                            .contains("%"),
                    "a percentage");
            assertEquals("B2*100", shares.getRow(1).getCell(5).getCellFormula());
            var hhi = workbook.getSheet("Figures").getRow(1).getCell(1);
            assertTrue(hhi.getCellFormula().startsWith("SUMSQ(Shares!F2:F9)"), hhi.getCellFormula());
            assertEquals(1506, hhi.getNumericCellValue(), 1e-9);
            assertEquals(
                    "Synergy Research Group",
                    workbook.getSheet("Notes").getRow(1).getCell(1).getStringCellValue());
            shares.getRow(1).getCell(1).setCellValue(0.31);
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            changed = out.toByteArray();
        }
        ShareImports.store(
                        officer,
                        datasetPath(marketId, datasetId),
                        ShareImports.checkFile(officer, datasetPath(marketId, datasetId), "shares.xlsx", changed))
                .then()
                .statusCode(303);
        String page = officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId)
                .asString();
        assertTrue(page.contains("id=\"figure-hhi\">1,567<"), "31² instead of 30²: 1,506 + 61");
    }

    @Test
    void rowsAreAddedOneByOneWithChecks() {
        long marketId = createMarket("Row market");
        long datasetId = addDataset(marketId, "2024", "Row source", null, null);
        String path = "/cases/" + caseId + "/markets/" + marketId + "/datasets/" + datasetId + "/rows";
        officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId);
        officer.form()
                .formParam("firm", "Alpha")
                .formParam("share", "60")
                .post(path)
                .then()
                .statusCode(303);
        officer.form()
                .formParam("firm", "alpha")
                .formParam("share", "5")
                .post(path)
                .then()
                .statusCode(422)
                .body(containsString("already in the dataset"));
        officer.form()
                .formParam("firm", "Beta")
                .formParam("share", "41")
                .post(path)
                .then()
                .statusCode(422)
                .body(containsString("more than 100.5%"));
        officer.form()
                .formParam("firm", "Gamma")
                .formParam("share", "abc")
                .post(path)
                .then()
                .statusCode(422)
                .body(containsString("value=\"abc\""));
        officer.form()
                .formParam("firm", "Beta")
                .formParam("share", "40")
                .post(path)
                .then()
                .statusCode(303);
        String page = officer.page("/cases/" + caseId + "/markets/" + marketId + "?dataset=" + datasetId)
                .asString();
        assertTrue(page.contains("id=\"figure-hhi\">5,200<"));
        Matcher remove = Pattern.compile("/rows/(\\d+)/remove").matcher(page);
        assertTrue(remove.find());
        officer.form().post(path + "/" + remove.group(1) + "/remove").then().statusCode(303);
    }

    @Test
    void scenarioShowsBeforeAfterAndEveryScreen() {
        long marketId = createMarket("Scenario market");
        long datasetId = addDataset(marketId, "2025-Q2", "Synergy Research Group", null, null);
        importCsv(marketId, datasetId, CLOUD_CSV).then().statusCode(303);
        String base = "/cases/" + caseId + "/markets/" + marketId + "/scenario?dataset=" + datasetId;
        String page = officer.request()
                .get(base + "&merge=Microsoft&merge=Google")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("id=\"before-hhi\">1,506<"));
        assertTrue(page.contains("id=\"after-hhi\">2,026<"));
        assertTrue(page.contains("id=\"delta-hhi\">520<"));
        assertTrue(page.contains("id=\"combined-share\">33%<"));
        assertTrue(page.contains("Further analysis needed"));
        assertTrue(page.contains("Presumed anticompetitive"));
        assertTrue(page.contains("Potentially significant concerns"));
        assertTrue(page.contains("EU HMG 2004, paras 19-20"));
        // The same scenario as a workbook: the change in HHI as formulas over the shares, 2 × 20 × 13 = 520.
        byte[] file = officer.request()
                .get(base.replace("/scenario?", "/scenario/scenario.xlsx?") + "&merge=Microsoft&merge=Google")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var figures = workbook.getSheet("Figures");
            assertEquals("SUMSQ(Before!B2:B9)", figures.getRow(1).getCell(1).getCellFormula());
            assertEquals(1506, figures.getRow(1).getCell(1).getNumericCellValue(), 1e-9);
            assertEquals(2026, figures.getRow(2).getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("B3-B2", figures.getRow(3).getCell(1).getCellFormula());
            assertEquals(520, figures.getRow(3).getCell(1).getNumericCellValue(), 1e-9);
            assertEquals(520, figures.getRow(4).getCell(1).getNumericCellValue(), 1e-9);
            assertEquals(
                    "Microsoft + Google",
                    workbook.getSheet("After").getRow(1).getCell(0).getStringCellValue());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        String stakes = officer.request()
                .get(base + "&holder=AWS&target=Oracle&financial=27&control=0")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(stakes.contains("id=\"delta-mhhi\">24.3<"), "0.27 x 30 x 3");
        assertTrue(page.contains("The same verdict on every bound"), "the bounds are reported");
        assertTrue(page.contains("Upper bound with Others"));

        // A fund outside the market holding 10% of AWS and of Microsoft, with the merger: the para 20(c) flag.
        String common = officer.request()
                .get(base + "&merge=Microsoft&merge=Google&holder=Fund&target=AWS"
                        + "&financial=10&control=10&holder=Fund&target=Microsoft&financial=10&control=10")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(common.contains("EU HMG para 20(c)"), "cross-shareholdings flagged");

        // Keeping a scenario: it needs a name, then shows on the market page and can be removed.
        String marketPage = "/cases/" + caseId + "/markets/" + marketId;
        officer.page(base + "&merge=Microsoft&merge=Google");
        officer.form()
                .formParam("dataset", datasetId)
                .formParam("merge", "Microsoft", "Google")
                .post(marketPage + "/scenario/keep")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#scenario-name\""));
        officer.form()
                .formParam("dataset", datasetId)
                .formParam("scenarioName", "Nothing")
                .post(marketPage + "/scenario/keep")
                .then()
                .statusCode(422)
                .body(containsString("Choose firms that merge or stakes"));
        officer.form()
                .formParam("dataset", datasetId)
                .formParam("merge", "Microsoft", "Google")
                .formParam("scenarioName", "Microsoft and Google")
                .post(marketPage + "/scenario/keep")
                .then()
                .statusCode(303);
        String kept = officer.page(marketPage + "?dataset=" + datasetId).asString();
        assertTrue(kept.contains(">Microsoft and Google</a>"), "listed on the market page");
        assertTrue(kept.contains("merge=Microsoft&amp;merge=Google"), "opens the scenario again");
        Matcher remove = Pattern.compile("action=\"(/cases/\\d+/markets/\\d+/scenario/\\d+/remove)\"")
                .matcher(kept);
        assertTrue(remove.find());
        officer.form().post(remove.group(1)).then().statusCode(303);
        assertTrue(officer.page(marketPage).asString().contains("No scenario is kept with this market yet."));

        officer.request()
                .get(base + "&merge=Microsoft")
                .then()
                .statusCode(400)
                .body(containsString("Tick at least two firms"));
        officer.request()
                .get(base + "&holder=AWS&target=AWS&financial=10")
                .then()
                .statusCode(400)
                .body(containsString("href=\"#target-0\""));
        officer.request()
                .get(base + "&holder=AWS&target=IBM&financial=150")
                .then()
                .statusCode(400)
                .body(containsString("href=\"#financial-0\""));
    }

    @Test
    void timeSeriesFootnotesWhereSourceScopeOrCaveatChange() {
        long marketId = createMarket("Series market");
        long first = addDataset(marketId, "2024-Q2", "Synergy Research Group", "IaaS+PaaS+hosted private cloud", null);
        long second = addDataset(
                marketId,
                "2024-Q3",
                "Synergy Research Group",
                "IaaS+PaaS+hosted private cloud",
                "Probable change of method");
        long third = addDataset(marketId, "2025-Q1", "Canalys", "IaaS+PaaS", null);
        importCsv(marketId, first, "firm,share\nAWS,32\nMicrosoft,23\n").then().statusCode(303);
        importCsv(marketId, second, "firm,share\nAWS,31\nMicrosoft,20\n").then().statusCode(303);
        importCsv(marketId, third, "firm,share\nAWS,32\nMicrosoft,23\nGoogle,10\n")
                .then()
                .statusCode(303);
        String page = officer.page("/cases/" + caseId + "/markets/" + marketId + "/series")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("1,553"), "HHI 2024-Q2: 32² + 23²");
        assertTrue(page.contains("Probable change of method"));
        assertTrue(page.contains("The source changes from Synergy Research Group to Canalys."));
        assertTrue(page.contains("The scope counted changes from IaaS+PaaS+hosted private cloud to IaaS+PaaS."));
        assertTrue(page.contains("number of named firms changes from 2 to 3"));
        assertTrue(page.contains("<polyline points="));
        String synergyOnly = officer.request()
                .queryParam("source", "Synergy Research Group")
                .get("/cases/" + caseId + "/markets/" + marketId + "/series")
                .asString();
        assertTrue(!synergyOnly.contains("The source changes"));
        assertTrue(synergyOnly.contains("Probable change of method"));
    }

    @Test
    void outsidersGet404AndReadersCannotChangeMarkets() {
        long marketId = createMarket("Private market");
        long datasetId = addDataset(marketId, "2024", "Secret source", null, null);
        Session outsider = users.signIn("market-outsider", Role.CASE_OFFICER);
        outsider.page("/cases/new");
        String m = "/cases/" + caseId + "/markets/" + marketId;
        for (String path : new String[] {
            m,
            m + "/edit",
            m + "/series",
            m + "/scenario",
            m + "/datasets/new",
            m + "/datasets/" + datasetId + "/shares.csv",
            "/cases/" + caseId + "/markets/new"
        }) {
            outsider.request().get(path).then().statusCode(404).body(not(containsString("Private market")));
        }
        for (String path : new String[] {
            m + "/edit",
            m + "/datasets",
            m + "/datasets/" + datasetId + "/rows",
            m + "/datasets/" + datasetId + "/reference",
            "/cases/" + caseId + "/markets"
        }) {
            outsider.form().formParam("name", "x").post(path).then().statusCode(404);
        }
        // A market id under another case is not found either.
        long otherCase = Cases.open(outsider, Cases.newReference(), "Other", "MERGER");
        outsider.request()
                .get("/cases/" + otherCase + "/markets/" + marketId)
                .then()
                .statusCode(404);
    }
}
