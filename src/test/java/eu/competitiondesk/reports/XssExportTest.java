package eu.competitiondesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.export.CsvCells;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Reports;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import eu.competitiondesk.support.XssPayloads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The payload list goes into every kind of text field that reaches an export; each export must carry it as plain
 * text: printed literally in the PDF and DOCX (so it was escaped, not parsed as markup) and, in CSV, quoted and with
 * formula starts neutralised.
 */
@Tag("application")
@QuarkusTest
class XssExportTest {

    @Inject
    TestUsers users;

    Session officer;
    long caseId;
    List<String> firms;

    @BeforeEach
    void caseFullOfPayloads() {
        officer = users.signIn("xss-export-officer", Role.CASE_OFFICER);
        List<String> payloads = XssPayloads.ALL;
        caseId = Cases.open(officer, Cases.newReference(), payloads.get(0), "ARTICLE_101");
        officer.page("/cases/" + caseId);
        for (String payload : payloads) {
            officer.form()
                    .formParam("partyName", payload)
                    .formParam("partyRole", "COMPLAINANT")
                    .post("/cases/" + caseId + "/parties")
                    .then()
                    .statusCode(303);
        }
        String market = Cases.market(officer, caseId, payloads.get(1), payloads.get(2), "EEA");
        officer.page(market + "/datasets/new");
        String dataset = path(officer.form()
                .formParam("datasetPeriod", "2025")
                .formParam("datasetSource", payloads.get(3))
                .formParam("datasetNote", payloads.get(4))
                .post(market + "/datasets"));
        String datasetId = dataset.replaceAll(".*dataset=", "");
        firms = new ArrayList<>(payloads);
        firms.addAll(XssPayloads.FORMULAS);
        for (String firm : firms) {
            officer.page(dataset);
            officer.form()
                    .formParam("firm", firm)
                    .formParam("share", "5")
                    .post(market + "/datasets/" + datasetId + "/rows")
                    .then()
                    .statusCode(303);
        }
        officer.page("/cases/" + caseId + "/assessments/new");
        String assessment = path(
                officer.form().formParam("questionnaire", "exclusivity").post("/cases/" + caseId + "/assessments"));
        String section = officer.page(assessment + "/sections/parties").asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(section);
        assertTrue(version.find());
        officer.form()
                .formParam("version", version.group(1))
                .formParam("q.supplier", XssPayloads.FORMULAS.get(0))
                .formParam("q.buyer", payloads.get(0))
                .formParam("q.parties_compete", "no")
                .post(assessment + "/sections/parties")
                .then()
                .statusCode(303);
    }

    @Test
    void pdfAndDocxPrintEveryPayloadAsText() throws Exception {
        String pdfText = Reports.pdfText(Reports.export(officer, caseId, "confidential", "pdf"));
        byte[] docx = Reports.export(officer, caseId, "confidential", "docx");
        String docxText = Reports.docxText(docx);
        for (String payload : XssPayloads.ALL) {
            // Line wrapping inserts breaks anywhere in a table cell, so compare without whitespace.
            assertTrue(withoutSpace(pdfText).contains(withoutSpace(payload)), "PDF lost or parsed: " + payload);
            assertTrue(withoutSpace(docxText).contains(withoutSpace(payload)), "DOCX lost or parsed: " + payload);
        }
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    // Every part stays well-formed XML and no payload became an element of its own.
                    var part = DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(new ByteArrayInputStream(zip.readAllBytes()));
                    for (String element : List.of("script", "img", "svg", "a")) {
                        assertEquals(
                                0,
                                part.getElementsByTagName(element).getLength(),
                                element + " element in " + entry.getName());
                    }
                }
            }
        }
    }

    @Test
    void csvExportsQuotePayloadsAndNeutraliseFormulas() throws IOException {
        List<CSVRecord> shares = csv("/cases/" + caseId + "/reports/shares.csv?edition=confidential");
        List<CSVRecord> answers = csv("/cases/" + caseId + "/reports/answers.csv?edition=confidential");
        for (List<CSVRecord> export : List.of(shares, answers)) {
            for (CSVRecord record : export) {
                for (String cell : record) {
                    assertFalse(
                            !cell.isEmpty() && CsvCells.isFormulaStart(cell.charAt(0)),
                            "a spreadsheet would run this cell: " + cell);
                }
            }
        }
        List<String> firmCells =
                shares.stream().map(record -> record.get("Firm")).toList();
        for (String payload : XssPayloads.ALL) {
            assertTrue(firmCells.contains(payload), "payload kept whole in its own cell: " + payload);
        }
        for (String formula : XssPayloads.FORMULAS) {
            assertTrue(firmCells.contains("'" + formula), "formula neutralised, text kept: " + formula);
        }
        assertTrue(
                answers.stream().anyMatch(record -> record.toList().contains("'" + XssPayloads.FORMULAS.get(0))),
                "answer text neutralised too");
    }

    private List<CSVRecord> csv(String path) throws IOException {
        String marked =
                officer.request().get(path).then().statusCode(200).extract().asString();
        assertTrue(marked.startsWith("\uFEFF"), "a byte-order mark first");
        String body = marked.substring(1);
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))) {
            List<CSVRecord> records = parser.getRecords();
            assertFalse(records.isEmpty(), path);
            return records;
        }
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String path(Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        return response.header("Location").replaceAll("^https?://[^/]+", "");
    }
}
