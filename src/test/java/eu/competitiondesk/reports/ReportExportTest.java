package eu.competitiondesk.reports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Refusals;
import eu.competitiondesk.support.Reports;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.ShareImports;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

@Tag("application")
@QuarkusTest
class ReportExportTest {

    static final String SECRET_SHARE = "23.4567";
    static final String SECRET_ANSWER = "SecretEfficiencyZq81";
    static final String SECRET_EVIDENCE = "BoardMinutesXw55";
    static final String SECRET_NOTE = "PartyDataRoomKp37";
    /** A confidential answer that findings rest on. */
    static final String SECRET_ANSWER_SHARE = "12.3456";
    /** A confidential margin of a critical loss analysis; 5 / (5 + 37.1234) gives a critical loss of 11.87%. */
    static final String SECRET_MARGIN = "37.1234";

    @Inject
    TestUsers users;

    @Inject
    EntityManager entityManager;

    Session officer;
    long caseId;
    String assessmentPage;

    @BeforeEach
    void caseWithSecrets() {
        officer = users.signIn("report-officer", Role.CASE_OFFICER);
        caseId = Cases.open(officer, Cases.newReference(), "Report case", "ARTICLE_101");
        // A confidential dataset with a distinctive share.
        String market = Cases.market(officer, caseId, "Secret market", "IaaS", "EEA");
        officer.page(market + "/datasets/new");
        String dataset = path(officer.form()
                .formParam("datasetPeriod", "2025")
                .formParam("datasetSource", "Party")
                .formParam("datasetNote", SECRET_NOTE)
                .formParam("confidential", "true")
                .post(market + "/datasets"));
        String datasetId = dataset.replaceAll(".*dataset=", "");
        officer.page(dataset);
        officer.form()
                .formParam("firm", "Hidden Cloud")
                .formParam("share", SECRET_SHARE)
                .post(market + "/datasets/" + datasetId + "/rows")
                .then()
                .statusCode(303);
        // A stake held by an outside fund, kept with the secret market: its figures are the market's secrets too.
        officer.form()
                .formParam("dataset", datasetId)
                .formParam("holder", "Fund")
                .formParam("target", "Hidden Cloud")
                .formParam("financial", "10")
                .formParam("control", "0")
                .formParam("scenarioName", "Fund stake")
                .post(market + "/scenario/keep")
                .then()
                .statusCode(303);
        // A public market where a kept merger sits exactly on the US 2023 threshold: 37.2² + (17.5 + 2.9)² = 1,800.
        String open = Cases.market(officer, caseId, "Open market", "PaaS", "EEA");
        String openDataset = publicDataset(open);
        for (String[] row :
                List.of(new String[] {"Alpha", "37.2"}, new String[] {"Beta", "17.5"}, new String[] {"Gamma", "2.9"})) {
            officer.page(open + "?dataset=" + openDataset);
            officer.form()
                    .formParam("firm", row[0])
                    .formParam("share", row[1])
                    .post(open + "/datasets/" + openDataset + "/rows")
                    .then()
                    .statusCode(303);
        }
        officer.page(open + "/scenario?dataset=" + openDataset + "&merge=Beta&merge=Gamma");
        officer.form()
                .formParam("dataset", openDataset)
                .formParam("merge", "Beta", "Gamma")
                .formParam("scenarioName", "Beta and Gamma merge")
                .post(open + "/scenario/keep")
                .then()
                .statusCode(303);
        // A critical loss analysis on a confidential margin: the margin and every figure from it are secrets.
        officer.page(market + "/analyses/definition/new");
        officer.form()
                .formParam("name", "Secret critical loss")
                .formParam("source", "Party margins")
                .formParam("priceRise", "5")
                .formParam("secondPriceRise", "10")
                .formParam("margin", SECRET_MARGIN)
                .formParam("marginConfidential", "true")
                .formParam("actualLoss", "9")
                .post(market + "/analyses/definition")
                .then()
                .statusCode(303);
        // A confidential answer and evidence note.
        officer.page("/cases/" + caseId + "/assessments/new");
        String assessment = path(
                officer.form().formParam("questionnaire", "exclusivity").post("/cases/" + caseId + "/assessments"));
        assessmentPage = assessment;
        save(
                assessment,
                "parties",
                Map.of("q.supplier", "Hidden Cloud", "q.buyer", "Buyer", "q.parties_compete", "no"));
        save(
                assessment,
                "markets",
                Map.of(
                        "q.supplier_share",
                        SECRET_ANSWER_SHARE,
                        "confidential.supplier_share",
                        "true",
                        "q.buyer_share",
                        "3"));
        save(
                assessment,
                "restraint",
                Map.of("q.restraint_type", "NON_COMPETE", "q.requirements_share", "90", "q.indefinite", "no"));
        save(assessment, "duration", Map.of("q.duration_months", "24", "q.tacit_renewal", "no", "q.terminable", "yes"));
        save(
                assessment,
                "effects",
                Map.of(
                        "q.parallel_networks",
                        "no",
                        "q.entry_barriers",
                        "LOW",
                        "q.buyer_power",
                        "yes",
                        "q.efficiencies",
                        SECRET_ANSWER,
                        "confidential.efficiencies",
                        "true",
                        "evidence.efficiencies",
                        SECRET_EVIDENCE));
        save(assessment, "dominance", Map.of());
    }

    /** The bottom line first: numbered conclusions, before any table of figures, in the PDF and the DOCX alike. */
    @Test
    void theReportOpensWithItsConclusions() {
        for (String format : List.of("pdf", "docx")) {
            byte[] file = apiExport("public", format);
            String text =
                    ("pdf".equals(format) ? Reports.pdfText(file) : Reports.docxText(file)).replaceAll("\\s+", " ");
            int summary = text.indexOf("1 Summary (1) Exclusivity agreement. Block exemption: covers the agreement");
            assertTrue(summary > 0, format + ": the summary opens with a conclusion: " + text);
            String opening = text.substring(summary, Math.min(text.length(), summary + 1500));
            assertTrue(opening.contains("(2) Exclusivity agreement. Of minor importance"), format + ": " + opening);
            assertTrue(
                    text.indexOf("Open market, scenario \"Beta and Gamma merge\": EU Horizontal Merger Guidelines")
                            > summary,
                    format + ": a kept scenario's verdicts are in the summary");
            assertTrue(summary < text.indexOf("HHI (named firms)"), format + ": before any table of figures");
            assertTrue(
                    summary < text.indexOf("2 The question put to the case team", summary),
                    format + ": the question put to the team follows");
            // Dates as the authority writes them, on the cover and in the running text.
            assertTrue(
                    java.util.regex.Pattern.compile(
                                    "\\b\\d{1,2} (January|February|March|April|May|June|July|August|September|October"
                                            + "|November|December) \\d{4}\\b")
                            .matcher(text)
                            .find(),
                    format + ": the cover's date written out");
            assertFalse(
                    java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b")
                            .matcher(text)
                            .find(),
                    format + ": no date in ISO form");
        }
    }

    /**
     * Citable by paragraph: numbered headings and annex letters, paragraphs numbered (1), (2), … without a gap, the
     * same paragraph under the same number in the PDF and the DOCX, legal sources as footnotes, and a summary
     * paragraph's reference to the paragraph that develops it resolving in both formats.
     */
    @Test
    void theReportIsNumberedAndFootnotedAlikeInBothFormats() throws IOException {
        byte[] pdf = apiExport("confidential", "pdf");
        byte[] docx = apiExport("confidential", "docx");
        String pdfText = Reports.pdfText(pdf).replaceAll("\\s+", " ");
        String docxText = Reports.docxText(docx).replaceAll("\\s+", " ");
        for (String heading : List.of(
                "1 Summary",
                "2 The question put to the case team",
                "3 Market: Open market",
                "3.1 Scenario: Beta and Gamma merge",
                "4 Market: Secret market",
                "4.1 Scenario: Fund stake",
                "Annex A Answers given",
                "Annex B Sources")) {
            assertTrue(pdfText.contains(heading), "PDF heading " + heading);
            assertTrue(docxText.contains(heading), "DOCX heading " + heading);
        }
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            // The DOCX's numbered paragraphs in order, "(n)" then a tab: the numbers run without a gap.
            List<String> numbered = document.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .filter(t -> t.matches("\\(\\d+\\)\t.*"))
                    .toList();
            assertTrue(numbered.size() > 10, "numbered paragraphs: " + numbered);
            for (int i = 0; i < numbered.size(); i++) {
                String paragraph = numbered.get(i);
                assertTrue(paragraph.startsWith("(" + (i + 1) + ")\t"), "paragraph " + (i + 1) + ": " + paragraph);
                // The PDF has the same words under the same number.
                String words = paragraph.substring(paragraph.indexOf('\t') + 1).replaceAll("\\s+", " ");
                // POI writes a footnote's text into the paragraph's; the words before it are compared.
                String opening = words.substring(0, Math.min(30, words.length()))
                        .replaceAll("\\[.*", "")
                        .strip();
                assertTrue(
                        pdfText.contains("(" + (i + 1) + ") " + opening),
                        "PDF paragraph (" + (i + 1) + ") reads " + opening);
            }
            // Footnotes: the finding's legal source at the foot of the page, not inline.
            List<String> notes = document.getFootnotes().stream()
                    .map(n -> n.getParagraphs().stream()
                            .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                            .reduce("", String::concat)
                            .strip())
                    .filter(t -> !t.isEmpty())
                    .toList();
            assertFalse(notes.isEmpty(), "footnotes in the DOCX");
            assertTrue(
                    document.getFootnotes().stream()
                            .filter(n -> !n.getParagraphs().isEmpty()
                                    && !n.getParagraphs().get(0).getText().isBlank())
                            .allMatch(n -> n.getParagraphs().size() == 1
                                    && n.getParagraphs()
                                                    .get(0)
                                                    .getCTP()
                                                    .toString()
                                                    .split("footnoteRef")
                                                    .length
                                            == 2),
                    "each footnote one paragraph with its number once: "
                            + document.getFootnotes().stream()
                                    .map(n -> n.getParagraphs().size() + ":"
                                            + (n.getParagraphs().isEmpty()
                                                    ? ""
                                                    : n.getParagraphs()
                                                            .get(0)
                                                            .getCTP()
                                                            .toString()
                                                            .replaceAll("\\s+", " ")))
                                    .toList());
            assertTrue(notes.stream().anyMatch(n -> n.equals("VBER Art. 2(4)")), "notes: " + notes);
            assertTrue(pdfText.contains(notes.get(0).replaceAll("\\s+", " ")), "the first footnote in the PDF");
            assertFalse(pdfText.contains("Source: VBER"), "legal sources are no longer inline");
            // The summary's first paragraph refers to the conclusion it sums up, by number, in both formats.
            java.util.regex.Matcher see = java.util.regex.Pattern.compile("\\(1\\) .*?\\(see paragraph \\((\\d+)\\)\\)")
                    .matcher(docxText);
            assertTrue(see.find(), "a cross-reference in the summary: " + docxText);
            String target = see.group(1);
            assertTrue(
                    pdfText.contains("(" + target + ") Block exemption: covers the agreement"),
                    "paragraph (" + target + ") is the conclusion the summary refers to");
            // The conclusion's reasons carry their sources as footnotes too, none in brackets in the line.
            org.apache.poi.xwpf.usermodel.XWPFParagraph conclusion = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("(" + target + ")"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    conclusion.getCTP().toString().contains("footnoteReference"),
                    "reasons footnoted: " + conclusion.getCTP());
            assertFalse(
                    conclusion.getText().replaceAll("\\[[^\\]]*\\]", "").contains("(VBER"),
                    "no source in brackets: " + conclusion.getText());
            String anchor = document.getParagraphs().stream()
                    .flatMap(p -> java.util.Arrays.stream(p.getCTP().getHyperlinkArray()))
                    .map(h -> h.getAnchor())
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    document.getParagraphs().stream()
                            .anyMatch(p -> p.getText().startsWith("(" + target + ")")
                                    && java.util.Arrays.stream(p.getCTP().getBookmarkStartArray())
                                            .anyMatch(b -> b.getName().equals(anchor))),
                    "the DOCX link leads to the bookmark on paragraph (" + target + ")");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean linked = false;
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    linked |= annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
                }
            }
            assertTrue(linked, "the PDF's cross-reference is a link");
        }
    }

    /**
     * Print layout: no page of the body less than a third full (the cover, the last page and a page before an annex
     * aside), and no heading at the foot of a page with nothing of its section under it.
     */
    @Test
    void noPageIsLeftNearlyEmptyAndNoHeadingStandsAlone() throws IOException {
        try (PDDocument document = Loader.loadPDF(apiExport("confidential", "pdf"))) {
            int pages = document.getNumberOfPages();
            float[] lowest = new float[pages + 1];
            String[] firstLines = new String[pages + 1];
            String[] lastLines = new String[pages + 1];
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws IOException {
                    int page = getCurrentPageNo();
                    float y = positions.get(0).getYDirAdj();
                    // Between the running header (top 22 mm) and the page number (bottom 20 mm).
                    if (y > 70 && y < 780) {
                        lowest[page] = Math.max(lowest[page], y);
                        if (firstLines[page] == null) {
                            firstLines[page] = text;
                        }
                        lastLines[page] = text;
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            for (int page = 2; page < pages; page++) {
                boolean beforeAnnex = firstLines[page + 1] != null && firstLines[page + 1].startsWith("Annex A");
                float fill = (lowest[page] - 62) / (785 - 62);
                assertTrue(beforeAnnex || fill >= 1 / 3f, "page " + page + " is " + Math.round(fill * 100) + "% full");
                assertFalse(
                        lastLines[page].matches("(\\d+(\\.\\d+)?|Annex [A-Z]) +[A-Z].*"),
                        "page " + page + " ends with a heading: " + lastLines[page]);
            }
        }
    }

    /**
     * A table split over a page leaves at least three rows on either page. A market's 28-row share table is moved
     * down two lines at a time by an introduction of more and more paragraphs, so that the page break falls near its
     * end, in its middle and near its start; on each page it reaches, the table holds three rows or more. No word of the running text is broken
     * either: every word on a page is a word of the report's text.
     */
    @Test
    void aSplitTableKeepsThreeRowsOnEitherPageWhereverTheBreakFalls() {
        String market = Cases.market(officer, caseId, "Long market", "IaaS", "EEA");
        String datasetId = publicDataset(market);
        StringBuilder csv = new StringBuilder("firm,share\n");
        for (int i = 1; i <= 28; i++) {
            csv.append(String.format("Tabfirm%02d,3.2%n", i));
        }
        ShareImports.csv(officer, market + "/datasets/" + datasetId, csv.toString())
                .then()
                .statusCode(303);
        String action = "/cases/" + caseId + "/officer-text/introduction";
        List<String> seen = new ArrayList<>();
        boolean split = false;
        for (int lines = 0, revision = 0; lines <= 28; lines += 2, revision++) {
            officer.page(action);
            var form = officer.form().formParam("revision", Integer.toString(revision));
            form.formParam("passage", "Introduction of " + lines + " filler lines.");
            for (int line = 0; line < lines; line++) {
                form.formParam("passage", "Filler line " + line + ".");
            }
            assertEquals(303, form.post(action).statusCode());
            try (PDDocument document = Loader.loadPDF(apiExport("confidential", "pdf"))) {
                List<Integer> rowsPerPage = new ArrayList<>();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    // The share table's rows: a firm's name followed by its share on one line.
                    long rows = stripper.getText(document)
                            .lines()
                            .filter(l -> l.matches("Tabfirm\\d\\d 3\\.2.*"))
                            .count();
                    if (rows > 0) {
                        rowsPerPage.add((int) rows);
                    }
                }
                seen.add(lines + " lines: " + rowsPerPage);
                assertEquals(
                        28, rowsPerPage.stream().mapToInt(Integer::intValue).sum(), seen.toString());
                split |= rowsPerPage.size() > 1;
                assertTrue(rowsPerPage.stream().allMatch(n -> n >= 3), "rows on each page: " + seen);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(split, "the table was split at least once: " + seen);
    }

    /**
     * No word broken without a hyphen: where a line of the PDF ends inside a word, the line's last piece and the next
     * line's first would make a word of the same version's DOCX (which Word lays out itself) that the first piece
     * alone is not. Lines are read in the order they are drawn, so a table cell's lines follow one another.
     */
    @Test
    void noWordOfThePdfIsBrokenAcrossLines() throws IOException {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : Reports.docxText(apiExport("confidential", "docx")).split("\\s+")) {
            words.add(bare(word));
        }
        List<String> lines;
        try (PDDocument document = Loader.loadPDF(apiExport("confidential", "pdf"))) {
            lines = new PDFTextStripper().getText(document).lines().toList();
        }
        List<String> broken = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String[] before = lines.get(i).strip().split("\\s+");
            String[] after = lines.get(i + 1).strip().split("\\s+");
            String end = bare(before[before.length - 1]);
            String start = bare(after[0]);
            if (!end.isEmpty() && !start.isEmpty() && words.contains(end + start) && !words.contains(end)) {
                broken.add(end + "/" + start);
            }
        }
        assertTrue(lines.size() > 100, "the PDF's lines were read");
        assertEquals(List.of(), broken, "words broken at a line's end");
    }

    /** A word without the punctuation around it. */
    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    /**
     * The officer's own reasoning: written under the first conclusion through its form (one passage open, one marked
     * confidential), shown on the findings page, placed under the conclusion in the report with its own numbers, and
     * in the non-confidential edition the confidential passage becomes [...] and keeps its number.
     */
    @Test
    void theOfficersParagraphsStandUnderTheirConclusionAndTheSecretOneIsRedactedKeepingItsNumber() {
        String findingsPath = assessmentPage.replaceAll("(/cases/\\d+/assessments/\\d+).*", "$1") + "/findings";
        String findings = officer.page(findingsPath).asString();
        Matcher link = Pattern.compile("href=\"(/cases/\\d+/officer-text/conclusion-[^\"]+)\"")
                .matcher(findings);
        assertTrue(link.find(), "a link to the officer's assessment under a conclusion");
        // The link says what the text is about and where to come back to, as query parameters.
        String[] address = link.group(1).replace("&amp;", "&").split("\\?", 2);
        var request = officer.request();
        for (String pair : address[1].split("&")) {
            String[] nameValue = pair.split("=", 2);
            request.queryParam(
                    nameValue[0], java.net.URLDecoder.decode(nameValue[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        String form = request.get(address[0]).asString();
        assertTrue(form.contains("Confidential passage"), "a tick per paragraph");
        assertTrue(form.contains("About: Block exemption"), "says what it is about");
        Matcher action = Pattern.compile("<form method=\"post\" action=\"([^\"]*officer-text[^\"]*)\"")
                .matcher(form);
        assertTrue(action.find());
        Matcher back = Pattern.compile("name=\"back\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(back.find());
        assertEquals(findingsPath + "#conclusions", back.group(1));
        String open = "The exclusivity is limited to compute hosting and leaves model distribution free.";
        String secret = "SecretReasoningQv72 the supplier's internal forecast shows the tie binds to 2030.";
        var saved = officer.form()
                .formParam("revision", "0")
                .formParam("back", back.group(1))
                .formParam("passage", open)
                .formParam("passage", secret)
                .formParam("confidential", "2")
                .post(action.group(1));
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(
                saved.header("Location").contains(findingsPath),
                "back to the findings page: " + saved.header("Location") + " from " + back.group(1));
        String shown = officer.page(findingsPath).asString();
        assertTrue(shown.contains(open) && shown.contains("SecretReasoningQv72"), "shown under the conclusion");
        assertTrue(shown.contains("Change the officer&#39;s assessment")
                || shown.contains("Change the officer's assessment"));

        // Saved again from the revision the form was loaded with: refused as a conflict, the typed text kept.
        var stale = officer.form()
                .formParam("revision", "0")
                .formParam("back", back.group(1))
                .formParam("passage", "A rewrite made from an old page")
                .post(action.group(1));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("A rewrite made from an old page"), "the typed text is kept");
        assertTrue(stale.asString().contains(open), "the text saved meanwhile is shown");

        String confidential =
                Reports.docxText(apiExport("confidential", "docx")).replaceAll("\\s+", " ");
        String published = Reports.docxText(apiExport("public", "docx")).replaceAll("\\s+", " ");
        String pdf = Reports.pdfText(apiExport("public", "pdf")).replaceAll("\\s+", " ");
        Matcher openNumber =
                Pattern.compile("\\((\\d+)\\) " + Pattern.quote(open)).matcher(confidential);
        assertTrue(openNumber.find(), "the open passage is a numbered paragraph: " + confidential);
        int n = Integer.parseInt(openNumber.group(1));
        assertTrue(confidential.contains("(" + (n + 1) + ") SecretReasoningQv72"), "the secret one follows");
        assertTrue(published.contains("(" + n + ") " + open), "the open passage under the same number");
        assertTrue(published.contains("(" + (n + 1) + ") [...]"), "redacted, keeping its number");
        assertTrue(pdf.contains("(" + (n + 1) + ") [...]"), "the PDF alike");
        assertFalse(published.contains("SecretReasoningQv72") || pdf.contains("SecretReasoningQv72"));
        String trail = officer.page("/cases/" + caseId + "/audit").asString();
        assertTrue(trail.contains("Saved the officer"), "audited");
        assertFalse(trail.contains("SecretReasoningQv72"), "the audit trail says where, not what");
    }

    /** A passage too long, or with characters no one types, comes back with its error and the text as typed. */
    @Test
    void aRefusedPassageComesBackAsTyped() {
        String action = "/cases/" + caseId + "/officer-text/introduction";
        officer.page(action + "?back=https://elsewhere.example/");
        var tooLong = officer.form()
                .formParam("revision", "0")
                .formParam("back", "https://elsewhere.example/")
                .formParam("passage", "Kept as typed")
                .formParam("passage", "x".repeat(5001))
                .post(action);
        assertEquals(422, tooLong.statusCode());
        String page = tooLong.asString();
        assertTrue(page.contains("Enter at most 5000 characters in a paragraph"), "the error");
        assertTrue(page.contains("href=\"#passage-2\""), "the summary leads to the field");
        assertTrue(page.contains("Kept as typed"));
        assertFalse(page.contains("elsewhere.example"), "never back to another site");
        var saved = officer.form()
                .formParam("revision", "0")
                .formParam("back", "https://elsewhere.example/")
                .formParam("passage", "An introduction")
                .post(action);
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith("/cases/" + caseId), saved.header("Location"));
        assertTrue(Reports.pdfText(apiExport("confidential", "pdf"))
                .replaceAll("\\s+", " ")
                .contains("2 Introduction (7) An introduction"));
    }

    @Test
    void confidentialEditionHasEverySectionAndTheSecrets() throws IOException {
        byte[] pdf = exportAndDownload("confidential");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Table cells wrap, so words are compared with the line breaks read as spaces.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of(
                    "CONFIDENTIAL",
                    "Report case",
                    "Contents",
                    "Summary",
                    "Market: Secret market",
                    "HHI (named firms)",
                    "Assessment: Exclusivity agreement",
                    "Block exemption: covers the agreement",
                    "Annex A Answers given",
                    "Annex B Sources",
                    "VBER Art. 3",
                    "Integrity of the input data: SHA-256",
                    SECRET_ANSWER,
                    SECRET_EVIDENCE,
                    SECRET_NOTE,
                    "23.4567%",
                    "Scenario: Fund stake",
                    "Fund holds 10% of the profits",
                    "550.21677489",
                    "Scenario: Beta and Gamma merge",
                    "Not presumed",
                    "Across the bounds",
                    "Critical loss: Secret critical loss",
                    SECRET_MARGIN + "%",
                    "11.87%")) {
                assertTrue(text.contains(expected), "missing: " + expected);
            }
            assertTrue(document.getNumberOfPages() >= 2);
            assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()), "page numbers");
            PDDocumentInformation info = document.getDocumentInformation();
            assertTrue(info.getTitle().contains("Report case"));
            assertEquals("Test report-officer", info.getAuthor());
            assertTrue(bookmarks(document).contains("4 Market: Secret market"), "bookmarks: " + bookmarks(document));
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
        }
    }

    @Test
    void everyPdfIsArchivalAndAccessibleAndCarriesItsData() throws Exception {
        for (String edition : List.of("confidential", "public")) {
            byte[] pdf = exportAndDownload(edition);
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1)) {
                assertEquals(List.of(), PdfChecks.failedRules(pdf, flavour), edition + " edition, " + flavour);
            }
            byte[] data = PdfChecks.attachedData(pdf);
            String json = new String(data, StandardCharsets.UTF_8);
            assertTrue(json.contains("\"reference\""), "the report's data as JSON");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                String hash = java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(data));
                assertTrue(text.replaceAll("\\s+", "").contains(hash), "the integrity line is the SHA-256 of the data");
            }
            boolean secrets = json.contains(SECRET_ANSWER)
                    || json.contains(SECRET_SHARE)
                    || json.contains(SECRET_NOTE)
                    || json.contains(SECRET_EVIDENCE)
                    || json.contains(SECRET_ANSWER_SHARE);
            if (edition.equals("public")) {
                assertTrue(json.contains("Buyer's share: 3%"), "public reasons travel in the attached data too");
            }
            assertEquals(edition.equals("confidential"), secrets, edition + ": the data is redacted like the pages");
        }
    }

    @Test
    void publicEditionLeaksNoConfidentialValueAnywhere() throws IOException {
        byte[] pdf = exportAndDownload("public");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("NON-CONFIDENTIAL VERSION"));
            assertTrue(text.contains("[20-30]%"), "share as a range");
            assertTrue(text.contains("[...]"), "answer redacted");
            assertTrue(text.contains("Scenario: Fund stake"), "the scenario is listed, its figures redacted");
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("Buyer's share: 3%"), "a reason resting on a public answer stays");
            assertTrue(
                    flat.contains("Supplier's share: [10-20]%"),
                    "a reason resting on a secret share typed as an answer shows its band");
            assertTrue(flat.contains("[0-5], [5-10], [10-20], [20-30]"), "the notes name the band table: " + flat);
            assertTrue(text.contains("Scenario: Beta and Gamma merge"));
            assertTrue(text.contains("upper bound with Others"), "a public market keeps its bound note");
            assertTrue(flat.contains("Critical loss: Secret critical loss"), "the analysis is listed");
            assertTrue(flat.contains("[30-40]%"), "the secret margin as its band");
            assertTrue(flat.contains("[10-20]%"), "a critical loss from the secret margin as its band");
            List<String> parts = new ArrayList<>();
            parts.add(text);
            parts.addAll(bookmarks(document));
            PDDocumentInformation info = document.getDocumentInformation();
            parts.add(String.valueOf(info.getTitle()));
            parts.add(String.valueOf(info.getAuthor()));
            parts.add(String.valueOf(info.getSubject()));
            parts.add(String.valueOf(info.getKeywords()));
            if (document.getDocumentCatalog().getMetadata() != null) {
                parts.add(
                        new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
            }
            for (String part : parts) {
                for (String secret : List.of(
                        SECRET_SHARE,
                        "23.46",
                        "550.2",
                        SECRET_ANSWER,
                        SECRET_EVIDENCE,
                        SECRET_NOTE,
                        SECRET_ANSWER_SHARE,
                        "12.35",
                        SECRET_MARGIN,
                        "37.12",
                        "11.87",
                        "21.22",
                        "2.37")) {
                    assertFalse(part.contains(secret), "leaked " + secret);
                }
            }
        }
        // The raw bytes too: nothing readable hides in an uncompressed stream or a string.
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(SECRET_ANSWER));
        assertFalse(raw.contains(SECRET_SHARE));
    }

    @Test
    void aSnapshotDownloadsByteIdenticalWithItsHashAndIsImmutable() throws Exception {
        Response created = officer.request()
                .contentType("application/json")
                .body("{\"edition\":\"public\"}")
                .post("/api/v1/cases/" + caseId + "/reports");
        assertEquals(201, created.statusCode());
        String location = created.header("Location");
        assertTrue(location.matches(".*/api/v1/reports/\\d+$"));
        String sha = officer.request()
                .get(location)
                .then()
                .statusCode(200)
                .body("caseId", equalTo((int) caseId))
                .body("edition", equalTo("public"))
                .body("format", equalTo("pdf"))
                .body("sha256", matchesPattern("[0-9a-f]{64}"))
                .extract()
                .path("sha256");
        byte[] first = officer.request()
                .get(location + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        byte[] second = officer.request().get(location + "/pdf").asByteArray();
        assertArrayEquals(first, second);
        assertEquals(
                sha,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first)));
        long id = Long.parseLong(location.replaceAll(".*/", ""));
        Refusals.assertRefusedBecause(assertThrows(Exception.class, () -> tamper(id)), "immutable");
        officer.request()
                .get("/cases/" + caseId)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString(sha));
        String history = officer.request().get("/cases/" + caseId).asString();
        assertTrue(history.contains("Exported report version"));
        assertTrue(history.contains("Downloaded report version"));
    }

    @Test
    void docxCarriesTheSameContentAndThePublicOneNoSecretInAnyPart() throws IOException {
        byte[] confidential = apiExport("confidential", "docx");
        String full = Reports.docxText(confidential);
        for (String expected : List.of(
                "CONFIDENTIAL",
                "Summary",
                "Market: Secret market",
                "HHI (named firms)",
                "Block exemption: covers the agreement",
                "Annex A Answers given",
                "Annex B Sources",
                SECRET_ANSWER,
                SECRET_EVIDENCE,
                SECRET_NOTE,
                "23.4567%")) {
            assertTrue(full.contains(expected), "missing in DOCX: " + expected);
        }
        try (var document =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(confidential))) {
            List<String> headings = document.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle()))
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .toList();
            assertTrue(headings.contains("4 Market: Secret market"), "real heading styles: " + headings);
            assertTrue(document.getParagraphs().stream()
                    .anyMatch(p -> "Heading2".equals(p.getStyle())
                            && p.getText().endsWith(" Scenario: Beta and Gamma merge")));
            assertTrue(document.getStyles()
                            .getStyle("Heading1")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                    != null);
            assertFalse(document.getTables().isEmpty());
            document.getTables().forEach(t -> assertTrue(t.getRow(0).isRepeatHeader(), "a header row"));
        }
        byte[] published = apiExport("public", "docx");
        assertTrue(Reports.docxText(published).contains("[20-30]%"));
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(published))) {
            int parts = 0;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts++;
                String part = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                for (String secret : List.of(
                        SECRET_SHARE, "23.46", SECRET_ANSWER, SECRET_EVIDENCE, SECRET_NOTE, SECRET_MARGIN, "11.87")) {
                    assertFalse(part.contains(secret), "leaked " + secret + " in " + entry.getName());
                }
            }
            assertTrue(parts > 5, "document, header, footer, properties and more");
        }
    }

    @Test
    void csvExportsOfSharesAndAnswersRedactThePublicEdition() throws IOException {
        String shares = officer.request()
                .get("/cases/" + caseId + "/reports/shares.csv?edition=confidential")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv"))
                .extract()
                .asString();
        assertTrue(shares.startsWith("\uFEFFMarket,Source of the dataset,Period of the dataset"), "headings in words");
        assertTrue(shares.contains("Hidden Cloud,23.4567"));
        // As spreadsheets in German, French or Italian settings read it: semicolons and decimal commas.
        String semicolons = officer.request()
                .get("/cases/" + caseId + "/reports/shares.csv?edition=confidential&separator=semicolon")
                .asString();
        assertTrue(semicolons.startsWith("\uFEFFMarket;Source of the dataset;"), semicolons);
        assertTrue(semicolons.contains("Hidden Cloud;23,4567"), semicolons);
        String publicShares = officer.request()
                .get("/cases/" + caseId + "/reports/shares.csv?edition=public")
                .asString();
        assertTrue(publicShares.contains("[20-30]%"));
        assertFalse(publicShares.contains("23.45"));
        String answers = officer.request()
                .get("/cases/" + caseId + "/reports/answers.csv")
                .asString();
        assertTrue(answers.contains(SECRET_ANSWER) && answers.contains(SECRET_EVIDENCE));
        String publicAnswers = officer.request()
                .get("/cases/" + caseId + "/reports/answers.csv?edition=public")
                .asString();
        assertFalse(publicAnswers.contains(SECRET_ANSWER));
        assertFalse(publicAnswers.contains(SECRET_EVIDENCE));
        assertTrue(publicAnswers.contains("[...]"));
        // The same tables as workbooks: a share a number formatted as a percentage, a secret one its range as text.
        try (var confidential = workbook("/cases/" + caseId + "/reports/shares.xlsx?edition=confidential");
                var open = workbook("/cases/" + caseId + "/reports/shares.xlsx?edition=public")) {
            var hidden = rowOf(confidential.getSheetAt(0), "Hidden Cloud");
            assertEquals(0.234567, hidden.getCell(6).getNumericCellValue(), 1e-12);
            assertTrue(hidden.getCell(6).getCellStyle().getDataFormatString().contains("%"));
            assertEquals(
                    "[20-30]%",
                    rowOf(open.getSheetAt(0), "Hidden Cloud").getCell(6).getStringCellValue());
            assertEquals(0.372, rowOf(open.getSheetAt(0), "Alpha").getCell(6).getNumericCellValue(), 1e-12);
            assertEquals("Notes", open.getSheetAt(1).getSheetName());
            for (var sheet : open) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertFalse(cell.toString().contains("23.45"), "nothing secret in the public workbook");
                    }
                }
            }
        }
    }

    private org.apache.poi.xssf.usermodel.XSSFWorkbook workbook(String path) {
        byte[] file =
                officer.request().get(path).then().statusCode(200).extract().asByteArray();
        try {
            return new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static org.apache.poi.ss.usermodel.Row rowOf(org.apache.poi.ss.usermodel.Sheet sheet, String firm) {
        for (var row : sheet) {
            if (row.getCell(5) != null && firm.equals(row.getCell(5).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row of " + firm);
    }

    @Test
    void reportApiValidatesAndHidesOtherTeamsReports() {
        officer.request()
                .contentType("application/json")
                .body("{\"edition\":\"secret\",\"format\":\"odt\"}")
                .post("/api/v1/cases/" + caseId + "/reports")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("edition", "format"));
        String location = officer.request()
                .contentType("application/json")
                .body("{\"edition\":\"confidential\"}")
                .post("/api/v1/cases/" + caseId + "/reports")
                .header("Location");
        Session outsider = users.signIn("report-outsider", Role.CASE_OFFICER);
        outsider.request().get(location).then().statusCode(404);
        outsider.request().get(location + "/pdf").then().statusCode(404);
        outsider.request().get("/cases/" + caseId + "/reports/preview").then().statusCode(404);
        outsider.request()
                .contentType("application/json")
                .body("{\"edition\":\"public\"}")
                .post("/api/v1/cases/" + caseId + "/reports")
                .then()
                .statusCode(404);
    }

    private byte[] apiExport(String edition, String format) {
        var answer = officer.request()
                .contentType("application/json")
                .body("{\"edition\":\"" + edition + "\",\"format\":\"" + format + "\"}")
                .post("/api/v1/cases/" + caseId + "/reports");
        // Made now (201, Location) or made before from the same content (200, Content-Location).
        String location = answer.statusCode() == 201 ? answer.header("Location") : answer.header("Content-Location");
        assertEquals(answer.statusCode() == 201 ? 201 : 200, answer.statusCode(), answer.asString());
        officer.request().get(location + "/pdf").then().statusCode("pdf".equals(format) ? 200 : 404);
        return officer.request()
                .get(location + "/" + format)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    @Transactional
    void tamper(long id) {
        entityManager
                .createNativeQuery("update report_snapshot set size_bytes = 1 where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    private byte[] exportAndDownload(String edition) {
        officer.page("/cases/" + caseId);
        officer.form()
                .formParam("edition", edition)
                .post("/cases/" + caseId + "/reports")
                .then()
                .statusCode(303);
        String page = officer.page("/cases/" + caseId).asString();
        Matcher download = Pattern.compile("href=\"(/cases/" + caseId + "/reports/\\d+/download)\"")
                .matcher(page);
        assertTrue(download.find());
        return officer.request()
                .get(download.group(1))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    private void save(String base, String section, Map<String, String> values) {
        String page = officer.page(base + "/sections/" + section).asString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find());
        var request = officer.form().formParam("version", version.group(1));
        values.forEach(request::formParam);
        assertEquals(303, request.post(base + "/sections/" + section).statusCode(), section);
    }

    /** Adds a public dataset (2025) to the market through its form; returns the dataset's id. */
    private String publicDataset(String market) {
        return Cases.dataset(officer, market, "2025", "Public source").replaceAll(".*dataset=", "");
    }

    private static String path(Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        return response.header("Location").replaceAll("^https?://[^/]+", "");
    }

    private static List<String> bookmarks(PDDocument document) {
        List<String> titles = new ArrayList<>();
        var outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
            }
        }
        return titles;
    }
}
