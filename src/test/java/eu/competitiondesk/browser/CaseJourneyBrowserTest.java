package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.competitiondesk.demo.DemoCase;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A case officer's first steps in a real browser, with axe checking each page on the way. */
@Tag("application")
@QuarkusTest
class CaseJourneyBrowserTest extends BrowserTestBase {

    private void signInAsDemoOfficer() {
        page.navigate("/login");
        BrowserSupport.assertAccessible(page, "login page");
        page.getByLabel("User name").fill(TestUsers.DEMO_OFFICER);
        page.getByLabel("Password").fill(TestUsers.DEMO_PASSWORD);
        button("Sign in");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Welcome");
    }

    @Test
    void aFormOpenInOneTabStillSubmitsAfterPagesWereOpenedInAnother() {
        signInAsDemoOfficer();
        page.navigate("/cases/new");
        Page otherTab = context.newPage();
        otherTab.navigate("/cases");
        otherTab.navigate("/cases/new");
        otherTab.close();
        String reference = "AT." + ThreadLocalRandom.current().nextInt(100_000, 9_999_999);
        page.getByLabel("Reference").fill(reference);
        page.getByLabel("Title").fill("Opened from the first tab");
        page.getByLabel("Case type").selectOption("ARTICLE_102");
        button("Open case");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Case " + reference + " opened.");
    }

    @Test
    void officerSignsInOpensACaseFindsItInTheListAndOpensIt() {
        signInAsDemoOfficer();
        BrowserSupport.assertAccessible(page, "start page");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Open a case").setExact(true))
                .first()
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cases/new$"));
        BrowserSupport.assertAccessible(page, "case form");

        // First a mistake: the form comes back with an error summary and the typed title kept.
        page.getByLabel("Title").fill("Exclusive cloud credits for AI start-ups");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open case"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the case reference");
        assertThat(page.getByLabel("Title")).hasValue("Exclusive cloud credits for AI start-ups");
        BrowserSupport.assertAccessible(page, "case form with errors");

        String reference = "AT." + ThreadLocalRandom.current().nextInt(100_000, 9_999_999);
        page.getByLabel("Reference").fill(reference);
        page.getByLabel("Case type").selectOption("ARTICLE_102");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open case"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Case " + reference + " opened.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Exclusive cloud credits for AI start-ups");

        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Cases")
                                .setExact(true))
                .click();
        page.getByRole(AriaRole.SEARCHBOX).fill(reference);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply"))
                .click();
        assertThat(page.locator("#result-count")).hasText("1 case");
        BrowserSupport.assertAccessible(page, "case list");
        page.screenshot(
                new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/case-list.png")));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))
                .click();
        assertThat(page.locator(".desk-case-banner")).containsText(reference);
        assertThat(page.locator(".desk-case-banner")).containsText("Article 102 TFEU");
        BrowserSupport.assertAccessible(page, "case page");
    }

    @Test
    void theDemoCaseShowsItsPartiesAndTeam() {
        signInAsDemoOfficer();
        page.navigate("/cases?q=" + DemoCase.REFERENCE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoCase.REFERENCE))
                .click();
        assertThat(page.locator("#parties + table")).containsText("Microsoft");
        assertThat(page.locator("#parties + table")).containsText("OpenAI");
        assertThat(page.locator("#parties + table")).containsText("Amazon Web Services");
        assertThat(page.locator("#team + table")).containsText("Demo Officer");
        assertThat(page.locator("main")).containsText("Azure exclusivity for OpenAI");
        assertThat(page.locator("main")).containsText("Microsoft Azure, cloud computing (qualitative route)");
        BrowserSupport.assertAccessible(page, "demo case page");
        // Kept for people reviewing a build: what the case page looked like in this run.
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/demo-case.png"))
                .setFullPage(false));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit case details"))
                .click();
        BrowserSupport.assertAccessible(page, "case edit form");
    }

    @Test
    void theAccessibilityCheckFindsARealViolation() {
        page.setContent("<html><body><img src='chart.png'><input type='text'></body></html>");
        AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class, () -> BrowserSupport.assertAccessible(page, "broken page"));
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
    }

    @Test
    void theContentSecurityPolicyWatchSeesAViolation() {
        page.navigate("/login");
        // Inline style is refused by the policy; the browser reports it on the console.
        page.evaluate("() => { const s = document.createElement('style'); s.textContent = 'body{color:red}';"
                + " document.head.appendChild(s); }");
        // Waits (bounded by the page's default timeout) until the console has reported it.
        page.waitForCondition(() -> !policyViolations.isEmpty());
        assertTrue(!policyViolations.isEmpty(), "the violation was seen");
        policyViolations.clear();
    }

    @Test
    void signingOutEndsTheSession() {
        signInAsDemoOfficer();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.navigate("/cases");
        assertTrue(page.url().endsWith("/login?return=%2Fcases"), page.url());
        assertEquals(
                "Sign in",
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                        .textContent()
                        .trim());
    }
}
