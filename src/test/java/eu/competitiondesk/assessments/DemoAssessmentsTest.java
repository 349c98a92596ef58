package eu.competitiondesk.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.support.CaseFixtures;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The demo case carries a completed exclusivity assessment, a DMA assessment on the qualitative route and a completed
 * merger-control assessment of Microsoft's partnership with OpenAI, which the report includes.
 */
@Tag("application")
@QuarkusTest
class DemoAssessmentsTest {

    @Inject
    AssessmentDirectory directory;

    @Inject
    CaseFixtures fixtures;

    /** Every conclusion line of the demo, as the findings page and the report print it, without "not … not". */
    @Test
    @ActivateRequestContext
    void noConclusionOfTheDemoSaysNotTwice() {
        List<String> lines = directory.findings(fixtures.demoCaseId(), Redaction.Policy.NONE).stream()
                .flatMap(a -> a.conclusions().stream())
                .map(c -> c.statement() + " (" + c.outcomeWords() + ")")
                .toList();
        assertTrue(lines.size() >= 10, lines.toString());
        assertEquals(
                List.of(),
                lines.stream()
                        .filter(line -> Pattern.compile("(?i)\\bnot\\b.*\\bnot\\b")
                                .matcher(line)
                                .find())
                        .toList());
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("Dominance under Article 102")),
                "the Art. 102 question has a conclusion however little was entered");
    }

    @Test
    void demoAssessmentsAreThereWithTheirFindings() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String casePage = officer.page("/cases/" + Cases.demoCaseId(officer)).asString();
        Matcher exclusivity = Pattern.compile("href=\"(/cases/\\d+/assessments/\\d+)\">Azure exclusivity")
                .matcher(casePage);
        assertTrue(exclusivity.find());
        assertTrue(casePage.contains("Microsoft Azure, cloud computing (qualitative route)"));
        String findings = officer.page(exclusivity.group(1) + "/findings").asString();
        // Competitors, and the record does not say whether it is dual distribution: cannot tell yet; the
        // non-compete with no end date is excluded in any case.
        assertTrue(
                findings.contains("Block exemption: cannot tell yet; the non-compete is excluded in any case"),
                "indefinite non-compete, competitors");
        assertTrue(findings.contains("The non-compete has no end date: Art. 5(1)(a) excludes it"));
        // The conclusions come first, and what is still unknown links to its question.
        assertTrue(findings.indexOf(">Conclusions<") < findings.indexOf(">Findings, rule by rule<"));
        assertTrue(findings.contains(">To establish<"));
        assertTrue(
                findings.contains("/sections/markets?return=check#q-buyer_share\">Buyer&#39;s share</a>")
                        || findings.contains("/sections/markets?return=check#q-buyer_share\">Buyer's share</a>"),
                "link");
        assertTrue(!findings.contains("is not marked complete"), "completed");
        String check = officer.page(exclusivity.group(1) + "/check").asString();
        assertTrue(check.contains("USD 38 bn"), "evidence from the public record");
    }

    @Test
    void demoMergerControlReachesAConclusionPerJurisdictionAndTheReport() throws IOException {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String caseId = Cases.demoCaseId(officer);
        String casePage = officer.page("/cases/" + caseId).asString();
        Matcher link = Pattern.compile(
                        "href=\"(/cases/\\d+/assessments/\\d+)\">Microsoft(&#39;|')s partnership with" + " OpenAI")
                .matcher(casePage);
        assertTrue(link.find(), "the assessment is on the case page");
        String findings = officer.page(link.group(1) + "/findings").asString().replace("&#39;", "'");
        // The CMA's reading of 2025, no move above material influence: no relevant merger situation.
        assertTrue(findings.contains("UK: a relevant merger situation: no"), "UK");
        // Whether the rights give decisive influence, and the EUR turnover, are not public: cannot tell yet.
        assertTrue(findings.contains("EU: a concentration: cannot tell yet"), "EU");
        // Above the upper threshold the size of person does not matter; what is acquired is not known.
        assertTrue(findings.contains("US: a transaction reportable under the HSR Act: cannot tell yet"), "US");
        assertTrue(
                findings.contains("FTC, Revised Jurisdictional Thresholds for Section 7A of the Clayton Act (2025)"),
                "the finding names its figure set");
        assertTrue(findings.contains("to verify"), "a figure set still to verify says so");
        assertTrue(findings.contains("Partnership factors the FTC examined in 2025"));
        assertTrue(!findings.contains("NOT_KNOWN") && !findings.contains("MATERIAL_INFLUENCE"), "no codes on the page");

        officer.page("/cases/" + caseId);
        officer.form()
                .formParam("edition", "public")
                .post("/cases/" + caseId + "/reports")
                .then()
                .statusCode(303);
        Matcher download = Pattern.compile("href=\"(/cases/" + caseId + "/reports/\\d+/download)\"")
                .matcher(officer.page("/cases/" + caseId).asString());
        assertTrue(download.find());
        byte[] pdf = officer.request()
                .get(download.group(1))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ")
                    .replace('\u2019', '\'');
            for (String expected : List.of(
                    "Assessment: Microsoft's partnership with OpenAI (2019 to the October 2025 recapitalisation)",
                    "UK: a relevant merger situation: no",
                    "EU: a concentration: cannot tell yet",
                    "Enterprise Act 2002 s.26 and s.29",
                    "EUMR Art. 3(2)")) {
                assertTrue(text.contains(expected), "report lacks: " + expected);
            }
        }
    }

    /**
     * The partnership's steps, each assessed on the law of its date: 2019 on the UK law before 2025 and with no HSR
     * figures loaded for that year (cannot tell, naming the missing set); January 2025 on the UK law from 1 January
     * 2025 and the HSR figures of 2024.
     */
    @Test
    void eachStepOfThePartnershipIsAssessedOnTheLawOfItsDate() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String casePage = officer.page("/cases/" + Cases.demoCaseId(officer)).asString();
        String first = findingsOf(officer, casePage, "step 1");
        assertTrue(first.contains("as in force before 1 January 2025"), "2019 on the UK law of 2019");
        assertTrue(first.contains("no figure set is in force on 2019-07-22"), "no HSR figures for 2019");
        assertTrue(first.contains("Hybrid test: not in the law on the transaction"), "no hybrid test in 2019");
        String third = findingsOf(officer, casePage, "step 3");
        assertTrue(third.contains("in force from 1 January 2025"), "January 2025 on the law of 2025");
        assertTrue(third.contains("89 FR 7708"), "the HSR figures of 2024");
    }

    private static String findingsOf(Session officer, String casePage, String step) {
        Matcher link = Pattern.compile("href=\"(/cases/\\d+/assessments/\\d+)\">Microsoft and OpenAI, " + step)
                .matcher(casePage);
        assertTrue(link.find(), step + " is on the case page");
        return officer.page(link.group(1) + "/findings").asString().replace("&#39;", "'");
    }

    /**
     * AWS and Azure under the three regimes, side by side: the Commission's market investigations opened on
     * 18 November 2025 give targets on 18 May 2026 and 18 November 2026 (six and twelve months, both working days);
     * the UK turnover condition waits for the UK rate for dollars; §19a points towards paramount significance on the
     * factors as the Bundeskartellamt weighed them.
     */
    @Test
    void theDemoComparesTheCloudProvidersUnderThreeRegimes() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String caseId = Cases.demoCaseId(officer);
        assertTrue(officer.page("/cases/" + caseId).asString().contains("Compare the designation regimes"));
        String page = org.jsoup.Jsoup.parse(officer.page("/cases/" + caseId + "/assessments/designation-comparison")
                        .asString())
                .text();
        assertTrue(page.contains("Amazon (Amazon Web Services) under three regimes"), page);
        assertTrue(page.contains("Microsoft (Azure) under three regimes"), page);
        assertTrue(
                page.contains(
                        "preliminary findings by 2026-05-18, conclusion by 2026-11-18 (targets the Commission endeavours to meet"),
                page);
        assertTrue(page.contains("the UK exchange rate for USD in 2024"), page);
        assertTrue(page.contains("paramount significance for competition across markets: points towards it"), page);
        // The report carries the same comparison, in its own section.
        String report = eu.competitiondesk.support.Reports.pdfText(
                eu.competitiondesk.support.Reports.export(officer, Long.parseLong(caseId), "confidential", "pdf"));
        assertTrue(report.contains("Designation regimes side by side: Amazon (Amazon Web Services)"), "report section");
        assertTrue(report.contains("Designation regimes side by side: Microsoft (Azure)"), "report section");
    }

    /**
     * The Microsoft and OpenAI partnership as its clauses stood over time: the hosting exclusivity to 20 January 2025,
     * the right of first refusal from 21 January to 27 October 2025; the exclusivity assessment as at 31 December 2024
     * and as at 1 June 2025, each saying its day; the report's timeline in both editions; the illustrative Data Act
     * check finds the egress charge of 12 January 2027 not permitted (Art. 29(1)).
     */
    @Test
    void theDemoReadsThePartnershipAsAtEachDay() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String caseId = Cases.demoCaseId(officer);
        String casePage = officer.page("/cases/" + caseId).asString();
        Matcher agreement =
                Pattern.compile("href=\"(/cases/\\d+/agreements/\\d+)\"").matcher(casePage);
        assertTrue(agreement.find(), "the agreement is on the case page");
        String timeline = org.jsoup.Jsoup.parse(officer.page(agreement.group(1)).asString())
                .text();
        assertTrue(timeline.contains("22 July 2019 to 20 January 2025"), timeline);
        assertTrue(timeline.contains("21 January 2025 to 27 October 2025"), timeline);
        assertTrue(timeline.contains("stake of 27%"), timeline);
        assertTrue(timeline.contains("(as reported)"), timeline);
        String before = findings(officer, casePage, "Azure exclusivity for OpenAI (2019 to January 2025)");
        assertTrue(before.contains("The agreement as at 31 December 2024: 1 clause(s) in force"), before);
        String after = findings(officer, casePage, "Microsoft's right of first refusal over OpenAI");
        assertTrue(after.contains("The agreement as at 1 June 2025"), after);
        assertTrue(after.contains("Right of first refusal, 21 January 2025 to 27 October 2025"), after);
        String dataAct = findings(officer, casePage, "Illustrative: a cloud customer");
        assertTrue(dataAct.contains("Data egress charge of 12 January 2027: not permitted"), dataAct);
        String report = eu.competitiondesk.support.Reports.pdfText(
                eu.competitiondesk.support.Reports.export(officer, Long.parseLong(caseId), "confidential", "pdf"));
        assertTrue(report.contains("Agreement over time: Microsoft and OpenAI partnership"), "report section");
        assertTrue(report.contains("Assessed as at 31 December 2024"), "the day of the assessment");
    }

    /** The findings page of the demo assessment whose title starts with {@code title}, as text. */
    private static String findings(Session officer, String casePage, String title) {
        Matcher link = Pattern.compile(
                        "href=\"(/cases/\\d+/assessments/\\d+)\">" + Pattern.quote(title.replace("'", "&#39;")))
                .matcher(casePage);
        assertTrue(link.find(), title + " is on the case page");
        return org.jsoup.Jsoup.parse(officer.page(link.group(1) + "/findings").asString())
                .text();
    }
}
