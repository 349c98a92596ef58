package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The demo's agreement over time, its clause form with an error shown, and its exclusivity assessment at two days
 * side by side, each page checked by axe.
 */
@Tag("application")
@QuarkusTest
class AgreementBrowserTest extends BrowserTestBase {

    @BeforeEach
    void signInAsOfficer() {
        signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
    }

    @Test
    void theAgreementOverTimeAndTwoDaysSideBySide() {
        page.navigate("/cases");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AT.90001"))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Microsoft and OpenAI partnership"))
                .click();
        assertThat(page.locator("main")).containsText("22 July 2019 to 20 January 2025");
        assertThat(page.locator("main")).containsText("From 21 January 2025");
        BrowserSupport.assertAccessible(page, "agreement timeline");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a clause"))
                .click();
        page.getByLabel("Kind of clause").selectOption("PRIORITY");
        page.getByLabel("What the clause provides").fill("Products ship first on Azure");
        page.getByLabel("First day in force").fill("2026-04-27");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Name a document of the case or a public source");
        assertThat(page.getByLabel("What the clause provides")).hasValue("Products ship first on Azure");
        BrowserSupport.assertAccessible(page, "clause form with an error");

        page.navigate("/cases");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AT.90001"))
                .first()
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Microsoft's right of first refusal over OpenAI's new"
                                        + " capacity (as at 1 June 2025)"))
                .click();
        assertThat(page.locator("#as-of")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two dates side by side"))
                .click();
        page.getByLabel("First day").fill("2024-12-31");
        page.getByLabel("Second day").fill("2025-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare the two days"))
                .click();
        assertThat(page.locator("main")).containsText("Right of first refusal, 21 January 2025 to 27 October 2025");
        assertThat(page.locator("#date-comparison")).containsText("Changed");
        BrowserSupport.assertAccessible(page, "an assessment at two days");
    }
}
