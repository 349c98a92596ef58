package eu.competitiondesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Reports;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A market's merger simulations and vertical analysis in the report: the sensitivity plot drawn in the PDF (archival
 * and accessible still) and as a picture in the DOCX; in the public edition a simulation on secret margins keeps its
 * name and its price changes as bands, and loses its table, its plot and every secret figure.
 */
@Tag("application")
@QuarkusTest
class SimulationReportTest {

    private static final String SECRET_MARGIN = "47.3921";

    @Inject
    TestUsers users;

    @Test
    void simulationsInBothEditionsAndFormats() throws Exception {
        Session officer = users.signIn("simulation-report-officer", Role.CASE_OFFICER);
        long caseId = Cases.open(officer, Cases.newReference(), "Simulation report case", "MERGER");
        String market = Cases.market(officer, caseId, "Cloud compute", "IaaS", "Worldwide");
        String dataset = Cases.dataset(officer, market, "2025", "Public source").replaceAll(".*dataset=", "");
        officer.page(market + "?dataset=" + dataset);
        officer.form()
                .formParam("firm", "Alpha")
                .formParam("share", "30")
                .post(market + "/datasets/" + dataset + "/rows")
                .then()
                .statusCode(303);
        simulation(officer, market, "Open simulation", "50", false);
        simulation(officer, market, "Secret simulation", SECRET_MARGIN, true);
        officer.page(market + "/analyses/vertical/new");
        officer.form()
                .formParam("name", "Compute to model developers")
                .formParam("source", "Illustrative")
                .formParam("upstreamName", "Cloud")
                .formParam("inputCost", "20")
                .formParam("downstreamName", "Models")
                .formParam("downstreamPrice", "100")
                .formParam("downstreamMarginPercent", "40")
                .formParam("downstreamMarginConfidential", "true")
                .formParam("rivalName", "Rival")
                .formParam("rivalPrice", "80")
                .formParam("rivalInputPrice", "40")
                .formParam("diversionToMergingPercent", "25")
                .formParam("diversionFromMergingPercent", "20")
                .post(market + "/analyses/vertical")
                .then()
                .statusCode(303);

        byte[] confidential = Reports.export(officer, caseId, "confidential", "pdf");
        String text = Reports.pdfText(confidential).replaceAll("\\s+", " ");
        for (String expected : List.of(
                "Merger simulation: Open simulation",
                "Merger simulation: Secret simulation",
                "Prices and shares before and after",
                "Over 200 of 200 draws the price change of the merging products",
                SECRET_MARGIN + "%",
                "Vertical price pressure: Compute to model developers",
                "25%")) {
            assertTrue(text.contains(expected), "missing: " + expected + " in " + text);
        }
        byte[] published = Reports.export(officer, caseId, "public", "pdf");
        for (byte[] pdf : List.of(confidential, published)) {
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1)) {
                assertEquals(List.of(), PdfChecks.failedRules(pdf, flavour), flavour.toString());
            }
        }
        String open = Reports.pdfText(published).replaceAll("\\s+", " ");
        assertTrue(open.contains("Merger simulation: Secret simulation"), "the secret simulation is listed");
        assertFalse(open.contains(SECRET_MARGIN), "its margin is not");
        assertTrue(open.contains("[40-50]%"), "the margin as its band");
        assertEquals(1, count(open, "Prices and shares before and after"), "only the open simulation's table");
        assertEquals(1, count(open, "Over 200 of 200 draws the price change of the merging products"), "only its plot");
        // The vertical analysis rests on a secret margin: its vGUPPI of 25% becomes a band.
        assertTrue(open.contains("Vertical price pressure: Compute to model developers"));
        assertTrue(open.contains("[20-30]%"), open);

        // The market's share chart, then a plot for each simulation the edition shows (the two ranges differ, as a
        // picture twice the same would be stored once).
        assertEquals(3, pictures(Reports.export(officer, caseId, "confidential", "docx")), "a plot each");
        assertEquals(2, pictures(Reports.export(officer, caseId, "public", "docx")), "the open plot only");
    }

    private static void simulation(Session officer, String market, String name, String margin, boolean secret) {
        officer.page(market + "/analyses/simulation/new");
        var form = officer.form()
                .formParam("name", name)
                .formParam("source", "Illustrative")
                .formParam("demand", "LOGIT")
                .formParam("products", "A; ; 10; 30\nB; ; 8; 20\nC; ; 12; 10")
                .formParam("merging", "A, B")
                .formParam("outsideSharePercent", "40")
                .formParam("calibrationProduct", "A")
                .formParam("calibrationMarginPercent", margin)
                .formParam("marginLow", secret ? "42" : "40")
                .formParam("marginHigh", "55")
                .formParam("draws", "200")
                .formParam("seed", "3");
        if (secret) {
            form.formParam("marginsConfidential", "true");
        }
        form.post(market + "/analyses/simulation").then().statusCode(303);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** The pictures a DOCX holds. */
    private static int pictures(byte[] docx) throws IOException {
        int pictures = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("word/media/")) {
                    pictures++;
                }
            }
        }
        return pictures;
    }
}
