package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.competitiondesk.demo.DemoCase;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The demo market in a real browser: read the HHI, run a merger scenario, read the verdicts; axe on every page. */
@Tag("application")
@QuarkusTest
class MarketBrowserTest extends BrowserTestBase {

    @BeforeEach
    void openDemoCase() {
        signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        page.navigate("/cases?q=" + DemoCase.REFERENCE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoCase.REFERENCE))
                .click();
    }

    @Test
    void demoMarketHhiAndAMergerScenarioWithVerdicts() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Worldwide cloud infrastructure services"))
                .click();
        assertThat(page.locator("#figure-hhi")).hasText("1,506");
        assertThat(page.locator("#figure-hhi-upper")).hasText("1,554");
        BrowserSupport.assertAccessible(page, "market page");

        Locator explain = page.locator("tr", new Page.LocatorOptions().setHas(page.locator("#figure-hhi")))
                .locator("details");
        explain.locator("summary").click();
        assertThat(explain).containsText("Σ sᵢ²");
        assertThat(explain).containsText("Synergy Research Group, 2025-Q2");
        // The panel leads on to the methodology, a page of the application.
        explain.locator("a[href='/methodology']").click();
        assertThat(page.locator("h1")).hasText("Methodology");
        assertThat(page.locator("#guideline-screens")).isVisible();
        BrowserSupport.assertAccessible(page, "methodology page");
        page.goBack();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/market.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Run a merger or ownership scenario"))
                .click();
        BrowserSupport.assertAccessible(page, "scenario form");
        // GOV.UK checkboxes draw their own box over the input, so a person clicks the label.
        page.locator("label", new Page.LocatorOptions().setHasText("Microsoft (20%)"))
                .click();
        page.locator("label", new Page.LocatorOptions().setHasText("Google (13%)"))
                .click();
        assertThat(page.getByLabel("Microsoft (20%)")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run scenario"))
                .click();
        assertThat(page.locator("#after-hhi")).hasText("2,026");
        assertThat(page.locator("#delta-hhi")).hasText("520");
        assertThat(page.locator("#screen-EU_HMG_2004")).containsText("Further analysis needed");
        assertThat(page.locator("#screen-US_MG_2023")).containsText("Presumed anticompetitive");
        assertThat(page.locator("#screen-US_HMG_2010")).containsText("Potentially significant concerns");
        assertThat(page.locator("#bound-note-US_MG_2023")).containsText("The same verdict on every bound");
        assertThat(page.locator("#bounds-EU_HMG_2004")).containsText("Upper bound with Others");
        BrowserSupport.assertAccessible(page, "scenario results");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/scenario.png"))
                .setFullPage(true));

        // A wrong stake comes back with an error summary linking to the field.
        page.locator("#holder-0").fill("AWS");
        page.locator("#target-0").selectOption("Oracle");
        page.locator("#financial-0").fill("170");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run scenario"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a percentage from 0 to 100");
        BrowserSupport.assertAccessible(page, "scenario with errors");
    }

    @Test
    void timeSeriesAndFormsAreAccessible() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Worldwide cloud infrastructure services"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("HHI and shares over time"))
                .click();
        assertThat(page.locator(".desk-footnotes")).containsText("change of method");
        BrowserSupport.assertAccessible(page, "time series");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/series.png"))
                .setFullPage(true));
        page.goBack();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a dataset (another period or source)"))
                .click();
        BrowserSupport.assertAccessible(page, "dataset form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add dataset"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the period");
        BrowserSupport.assertAccessible(page, "dataset form with errors");
        page.goBack();
        page.goBack();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit market details"))
                .click();
        BrowserSupport.assertAccessible(page, "market form");
    }

    @Test
    void demoCriticalLossAndAnUpwardPricingPressureAnalysis() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Worldwide cloud infrastructure services"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Cloud infrastructure services: is a worldwide market a relevant market?"))
                .click();
        // The DOMAIN check: a 40% margin and a 5% price rise give 11.1% and 10%; the inputs are illustrative.
        assertThat(page.locator("#figure-cl-5")).hasText("11.11%");
        assertThat(page.locator("#figure-pm-5")).hasText("10%");
        assertThat(page.locator("#figure-cl-10")).hasText("20%");
        assertThat(page.locator("main")).containsText("Illustrative inputs");
        assertThat(page.locator("#conclusions")).containsText("cannot be told yet");
        BrowserSupport.assertAccessible(page, "critical loss analysis");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an upward pricing pressure analysis"))
                .click();
        BrowserSupport.assertAccessible(page, "upward pricing pressure form");
        page.locator("#name").fill("Two providers, illustrative");
        page.locator("#source").fill("Illustrative inputs to show the method");
        page.locator("label[for='illustrative']").click();
        page.locator("#aName").fill("Provider A");
        page.locator("#aPrice").fill("100");
        page.locator("#aMargin").fill("40");
        page.locator("#aShare").fill("30");
        page.locator("#bName").fill("Provider B");
        page.locator("#bPrice").fill("80");
        page.locator("#bMargin").fill("50");
        page.locator("#bShare").fill("80");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the analysis"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The two shares add up to more than 100%");
        BrowserSupport.assertAccessible(page, "upward pricing pressure form with an error");
        page.locator("#bShare").fill("20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the analysis"))
                .click();
        assertThat(page.locator("#figure-b-guppi")).hasText("18.75%");
        assertThat(page.locator("#figure-b-upp")).hasText("15");
        BrowserSupport.assertAccessible(page, "upward pricing pressure figures");
    }
}
