package eu.competitiondesk.methodology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.CaseFixtures;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The methodology is a page of the application, reached from every "How this was computed" panel. */
@Tag("application")
@QuarkusTest
class MethodologyPageTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void theMethodologyIsAPageReachedFromEveryHowThisWasComputedPanel() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String page = officer.shows(
                "/methodology",
                "<h1 id=\"methodology\" class=\"govuk-heading-xl\">Methodology</h1>",
                "id=\"guideline-screens\"",
                "<table class=\"govuk-table\">",
                "Exact arithmetic.",
                // Formulas set with subscripts; a verdict in the words the pages give it, not its API value.
                "D<sub>AB</sub>",
                "\u201cFurther analysis needed\u201d");
        assertFalse(page.contains("docs/methodology.md"), "no file of the source repository is named");
        assertFalse(page.contains("eu.competitiondesk"), "no code package is named");

        String casePage = officer.page("/cases/" + fixtures.demoCaseId()).asString();
        Matcher market = Pattern.compile("href=\"(/cases/\\d+/markets/\\d+)\"").matcher(casePage);
        assertTrue(market.find());
        String marketPage = officer.page(market.group(1)).asString();
        int panels = count(marketPage, "How this was computed<span");
        assertTrue(panels > 3, "panels: " + panels);
        assertTrue(
                count(marketPage, "href=\"/methodology\">Methodology<") >= panels,
                "each panel links to the methodology");
        // A kept scenario of the demo, on whichever market keeps one: its screens' caveat links to their section.
        Matcher markets = Pattern.compile("href=\"(/cases/\\d+/markets/\\d+)\"").matcher(casePage);
        String scenario = null;
        while (scenario == null && markets.find()) {
            Matcher kept = Pattern.compile("<li><a class=\"govuk-link\" href=\"([^\"]+/scenario\\?[^\"]+)\"")
                    .matcher(officer.page(markets.group(1)).asString());
            scenario = kept.find() ? kept.group(1).replace("&amp;", "&") : null;
        }
        assertTrue(scenario != null, "the demo keeps a scenario");
        officer.shows(scenario, "href=\"/methodology#guideline-screens\">Methodology<");
        assertFalse(marketPage.contains("docs/methodology.md"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
