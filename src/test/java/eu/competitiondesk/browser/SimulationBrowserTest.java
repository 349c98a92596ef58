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
 * The demo's merger simulation with its sensitivity plot, its form with an error shown, and the illustrative vertical
 * analysis of the OpenAI stake, each page checked by axe.
 */
@Tag("application")
@QuarkusTest
class SimulationBrowserTest extends BrowserTestBase {

    @BeforeEach
    void signInAsOfficer() {
        signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
    }

    @Test
    void theDemoSimulationItsPlotAndTheVerticalAnalysis() {
        page.navigate("/cases");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AT.90001"))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Worldwide cloud infrastructure services"))
                .first()
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(
                                        "Hypothetical merger of Microsoft and Google: simulated prices under AIDS demand"))
                .click();
        assertThat(page.locator("#figure-party-price")).containsText("%");
        assertThat(page.locator("#conclusions")).containsText("Every check of the run holds");
        assertThat(page.locator("svg[aria-labelledby^='spread-party-price']")).isVisible();
        assertThat(page.locator("figure.desk-chart figcaption")).containsText("median");
        BrowserSupport.assertAccessible(page, "merger simulation with its sensitivity plot");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the inputs"))
                .click();
        page.getByLabel("Merging products").fill("Microsoft, Amazon");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Name only products of the list");
        assertThat(page.getByLabel("Merging products")).hasValue("Microsoft, Amazon");
        BrowserSupport.assertAccessible(page, "simulation form with an error");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Cloud compute supplied to model developers: vertical price pressure of the"
                                        + " OpenAI stake"))
                .click();
        // 0.27 x 0.20 x 0.40 x 100 / 30 = 7.2%; critical diversion (30 - 18) / (0.27 x 0.40 x 100) = 111.11%.
        assertThat(page.locator("#figure-vguppi-upstream")).hasText("7.2%");
        assertThat(page.locator("#figure-critical-diversion")).hasText("111.11%");
        BrowserSupport.assertAccessible(page, "vertical price pressure analysis");
    }
}
