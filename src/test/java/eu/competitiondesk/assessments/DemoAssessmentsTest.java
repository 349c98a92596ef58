package eu.competitiondesk.assessments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo case carries a completed exclusivity assessment and a DMA assessment on the qualitative route. */
@QuarkusTest
class DemoAssessmentsTest {

    @Test
    void demoAssessmentsAreThereWithTheirFindings() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String list = officer.request().get("/api/v1/cases?q=AT.90001").asString();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(list);
        assertTrue(id.find());
        String casePage = officer.page("/cases/" + id.group(1)).asString();
        Matcher exclusivity = Pattern.compile("href=\"(/cases/\\d+/assessments/\\d+)\">Azure exclusivity").matcher(casePage);
        assertTrue(exclusivity.find());
        assertTrue(casePage.contains("Microsoft Azure, cloud computing (qualitative route)"));
        String findings = officer.page(exclusivity.group(1) + "/findings").asString();
        // Competitors, and the record does not say whether it is dual distribution: cannot tell yet; the
        // non-compete with no end date is excluded in any case.
        assertTrue(findings.contains("Block exemption: cannot tell yet; the non-compete is excluded in any case"),
                "indefinite non-compete, competitors");
        assertTrue(findings.contains("The non-compete has no end date: Art. 5(1)(a) excludes it"));
        // The conclusions come first, and what is still unknown links to its question.
        assertTrue(findings.indexOf(">Conclusions<") < findings.indexOf(">Findings, rule by rule<"));
        assertTrue(findings.contains(">To establish<"));
        assertTrue(findings.contains("/sections/markets?return=check#q-buyer_share\">Buyer&#39;s share</a>")
                || findings.contains("/sections/markets?return=check#q-buyer_share\">Buyer's share</a>"), "link");
        assertTrue(!findings.contains("is not marked complete"), "completed");
        String check = officer.page(exclusivity.group(1) + "/check").asString();
        assertTrue(check.contains("USD 38 bn"), "evidence from the public record");
    }
}
