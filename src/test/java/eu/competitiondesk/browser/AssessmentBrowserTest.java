package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A DMA assessment from the task list to the findings, with a Change link from check your answers; a merger-control
 * assessment to its conclusions; the reference-data pages.
 */
@Tag("application")
@QuarkusTest
class AssessmentBrowserTest extends BrowserTestBase {

    @BeforeEach
    void signInAsOfficer() {
        signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
    }

    private void choose(String label) {
        page.locator("label", new Page.LocatorOptions().setHasText(label))
                .first()
                .click();
    }

    @Test
    void dmaAssessmentFromTaskListToFindings() {
        String reference = "DMA." + ThreadLocalRandom.current().nextInt(100_000, 9_999_999);
        page.navigate("/cases/new");
        page.getByLabel("Reference").fill(reference);
        page.getByLabel("Title").fill("Cloud gatekeeper");
        page.getByLabel("Case type").selectOption("DMA_DESIGNATION");
        button("Open case");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start an assessment"))
                .click();
        BrowserSupport.assertAccessible(page, "start assessment");
        choose("DMA gatekeeper designation");
        page.getByLabel("Name of the assessment").fill("Cloud computing service");
        button("Start assessment");

        assertThat(page.locator(".govuk-task-list")).containsText("Not started");
        BrowserSupport.assertAccessible(page, "task list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The undertaking's size"))
                .click();
        BrowserSupport.assertAccessible(page, "section page");
        button("Save and continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Answer this question");
        BrowserSupport.assertAccessible(page, "section page with errors");
        page.locator("#q-undertaking_name").fill("Cloud Corp");
        page.locator("#q-last_financial_year").fill("2025");
        page.locator("#q-union_turnover-0").fill("9000000000");
        page.locator("#q-union_turnover-1").fill("9000000000");
        page.locator("#q-union_turnover-2").fill("9000000000");
        button("Save and continue");

        page.locator("#q-service_1_name").fill("Cloud Compute");
        choose("Cloud computing service");
        page.locator("#q-service_1_member_states").fill("27");
        for (int i = 0; i < 3; i++) {
            page.locator("#q-service_1_end_users-" + i).fill("50000000");
            page.locator("#q-service_1_business_users-" + i).fill("20000");
        }
        page.locator("label[for='q-add_service_2-no']").click();
        button("Save and continue");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Dates");
        page.locator("#q-thresholds_met_date").fill("2025-12-31");
        button("Save and continue");
        choose("Quantitative presumption");
        page.locator("label[for='q-has_rebuttal-no']").click();
        button("Save and continue");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check your answers");
        BrowserSupport.assertAccessible(page, "check your answers");
        // Change the number of Member States from the check page and come back to it.
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Change Member States where the service is provided"))
                .click();
        page.locator("#q-service_1_member_states").fill("3");
        button("Save and continue");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check your answers");
        assertThat(page.locator("main")).containsText("Member States where the service is provided");
        // Money and counts with thousands separators, as people write them.
        assertThat(page.locator("main")).containsText("EUR 9,000,000,000");
        assertThat(page.locator("main")).containsText("50,000,000 end users");

        button("Mark complete and see the findings");
        assertThat(page.locator("#finding-size")).containsText("Met");
        assertThat(page.locator("#finding-users\\:Cloud\\ Compute")).containsText("Met");
        // Three Member States, "at least three": the presumption is met, and with it the Art. 3(3) deadline.
        assertThat(page.locator("#finding-presumption\\:Cloud\\ Compute")).containsText("Met");
        assertThat(page.locator("#finding-notification-deadline")).containsText("2026-03-02");
        assertThat(page.locator("main")).containsText("DMA Art. 3(2)(a)");
        BrowserSupport.assertAccessible(page, "findings");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/findings.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))
                .first()
                .click();
        assertThat(page.locator("#key-dates + table")).containsText("DMA notification deadline");
        assertThat(page.locator("#key-dates + table")).containsText("2026-03-02");
    }

    @Test
    void mergerControlAssessmentReachesAConclusionPerJurisdiction() {
        String reference = "M." + ThreadLocalRandom.current().nextInt(100_000, 9_999_999);
        page.navigate("/cases/new");
        page.getByLabel("Reference").fill(reference);
        page.getByLabel("Title").fill("Cloud partnership");
        page.getByLabel("Case type").selectOption("MERGER");
        button("Open case");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start an assessment"))
                .click();
        choose("Merger control: control and jurisdiction");
        page.getByLabel("Name of the assessment").fill("Investment in a model developer");
        button("Start assessment");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The transaction"))
                .click();

        page.locator("#q-acquirer").fill("Cloud Corp");
        page.locator("#q-target").fill("Model Lab");
        page.locator("label[for='q-acquired']").click();
        page.locator("#q-thresholds_date").fill("2025-06-30");
        page.locator("#q-stake_percent").fill("60");
        page.locator("#q-voting_percent").fill("60");
        button("Save and continue");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Arrangements around it");
        page.locator("label[for='q-board_seats']").click();
        button("Save and continue");
        page.locator("label[for='q-eu_control_type']").click();
        page.locator("label[for='q-eu_lasting']").click();
        button("Save and continue");

        // Turnover by Member State: an unknown code comes back with the error and what was typed.
        page.locator("#q-eu_acquirer_states").fill("DE 1,200,000,000\nXX 5");
        button("Save and continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("is not one");
        assertThat(page.locator("#q-eu_acquirer_states")).hasValue("DE 1,200,000,000\nXX 5");
        BrowserSupport.assertAccessible(page, "turnover by Member State with an error");
        page.locator("#q-eu_acquirer_worldwide").fill("4000000000");
        page.locator("#q-eu_acquirer_union").fill("300000000");
        page.locator("#q-eu_acquirer_states").fill("DE 1,200,000,000");
        page.locator("#q-eu_target_worldwide").fill("1000000000.01");
        page.locator("#q-eu_target_union").fill("300000000");
        page.locator("#q-eu_target_states").fill("DE 100000000");
        button("Save and continue");

        page.locator("label[for='q-uk_level_before']").click();
        page.locator("label[for='q-uk_level_after-CONTROLLING_INTEREST']").click();
        button("Save and continue");
        page.locator("#q-uk_target_turnover").fill("150,000,000");
        page.locator("#q-uk_acquirer_turnover").fill("500000000");
        BrowserSupport.assertAccessible(page, "UK thresholds");
        button("Save and continue");
        page.locator("label[for='q-us_interest']").click();
        page.locator("#q-us_size_of_transaction").fill("600000000");
        page.locator("label[for='q-us_solely_investment-no']").click();
        button("Save and continue");
        button("Save and continue");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check your answers");
        assertThat(page.locator("main")).containsText("DE EUR 1,200,000,000");
        assertThat(page.locator("main")).containsText("GBP 150,000,000");
        button("Mark complete and see the findings");
        assertThat(page.locator("main")).containsText("EU: a concentration: yes");
        assertThat(page.locator("main")).containsText("EU dimension: yes, under Art. 1(2)");
        assertThat(page.locator("main")).containsText("UK: a relevant merger situation: yes");
        assertThat(page.locator("main")).containsText("US: a transaction reportable under the HSR Act: yes");
        assertThat(page.locator("main")).containsText("Partnership factors the FTC examined in 2025");
        BrowserSupport.assertAccessible(page, "merger-control findings");
    }

    /** The demo's cloud providers under three regimes: reached from the case page, and accessible. */
    @Test
    void designationRegimesSideBySideAreAccessible() {
        page.navigate("/cases");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AT.90001"))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare the designation regimes"))
                .click();
        assertThat(page.locator("main")).containsText("Amazon (Amazon Web Services) under three regimes");
        assertThat(page.locator("main")).containsText("targets the Commission endeavours to meet");
        BrowserSupport.assertAccessible(page, "designation regimes side by side");
    }

    @Test
    void holidayAdministrationIsAccessible() {
        context.clearCookies();
        signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.navigate("/admin/holidays?year=2023");
        assertThat(page.locator("main")).containsText("Whit Monday");
        BrowserSupport.assertAccessible(page, "holidays");
        page.navigate("/admin/users");
        BrowserSupport.assertAccessible(page, "users");
    }

    @Test
    void thresholdAndRateAdministrationIsAccessible() {
        context.clearCookies();
        signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.navigate("/admin/merger-thresholds?law=EA2002_S23");
        assertThat(page.locator("main")).containsText("GBP 100,000,000");
        BrowserSupport.assertAccessible(page, "merger thresholds");
        // A form sent back with its errors is accessible too.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a figure set"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        BrowserSupport.assertAccessible(page, "merger thresholds with errors");
        page.navigate("/admin/exchange-rates");
        assertThat(page.locator("main")).containsText("units of the currency for one unit");
        BrowserSupport.assertAccessible(page, "exchange rates");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a rate"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        BrowserSupport.assertAccessible(page, "exchange rates with errors");
    }
}
