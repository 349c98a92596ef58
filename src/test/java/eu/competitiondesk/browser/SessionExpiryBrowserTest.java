package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.TestSessions;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An officer called away mid-section: the page warns before the session ends and "Stay signed in" keeps it open; if
 * it ends anyway, the section posted afterwards comes back after signing in, with what was typed, unsaved, and saves.
 */
@Tag("application")
@QuarkusTest
class SessionExpiryBrowserTest extends BrowserTestBase {

    @Inject
    TestUsers users;

    @Inject
    TestSessions sessions;

    @Test
    void aSectionPostedAfterTheSessionEndedComesBackAfterSigningInAndSaves() {
        users.ensure("expiry-officer", Role.CASE_OFFICER);
        signIn("expiry-officer", TestUsers.PASSWORD);
        page.navigate("/cases/new");
        page.getByLabel("Reference").fill(Cases.newReference());
        page.getByLabel("Title").fill("Called away");
        page.getByLabel("Case type").selectOption("DMA_DESIGNATION");
        button("Open case");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start an assessment"))
                .click();
        page.locator("label", new Page.LocatorOptions().setHasText("DMA gatekeeper designation"))
                .first()
                .click();
        page.getByLabel("Name of the assessment").fill("Cloud computing service");
        button("Start assessment");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The undertaking's size"))
                .click();
        String section = page.url();
        page.locator("#q-undertaking_name").fill("Cloud Corp as typed before the call");
        page.locator("#q-last_financial_year").fill("2025");

        // Thirty-one minutes at a meeting.
        sessions.age("expiry-officer", Duration.ofHours(1), Duration.ofMinutes(31));
        button("Save and continue");

        assertThat(page.locator("h1")).hasText("Sign in");
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Your session ended after 30 minutes"
                        + " without activity. What you typed has been kept: sign in to go back to it.");
        BrowserSupport.assertAccessible(page, "sign-in page after the session ended");
        page.getByLabel("User name").fill("expiry-officer");
        page.getByLabel("Password").fill(TestUsers.PASSWORD);
        button("Sign in");

        assertTrue(page.url().equals(section), page.url());
        assertThat(page.locator("#q-undertaking_name")).hasValue("Cloud Corp as typed before the call");
        assertThat(page.locator("#q-last_financial_year")).hasValue("2025");
        assertThat(page.locator(".desk-kept-notice")).hasText("Not saved yet: check and save.");
        BrowserSupport.assertAccessible(page, "section with the kept values");
        page.locator("#q-union_turnover-0").fill("9000000000");
        page.locator("#q-union_turnover-1").fill("9000000000");
        page.locator("#q-union_turnover-2").fill("9000000000");
        button("Save and continue");
        assertThat(page.locator(".govuk-notification-banner")).containsText("saved");
        page.navigate(section);
        assertThat(page.locator("#q-undertaking_name")).hasValue("Cloud Corp as typed before the call");
    }

    @Test
    void theWarningComesTwoMinutesBeforeTheEndAndStaySignedInKeepsTheSessionOpen() {
        users.ensure("warned-officer", Role.CASE_OFFICER);
        page.clock().install();
        signIn("warned-officer", TestUsers.PASSWORD);
        page.navigate("/cases");
        assertThat(page.locator("#session-timeout")).isHidden();
        // Twenty-nine minutes without a request; the page's clock has run as long.
        sessions.age("warned-officer", Duration.ofHours(1), Duration.ofMinutes(29));
        page.clock().runFor(Duration.ofMinutes(28).plusSeconds(5).toMillis());

        assertThat(page.locator("#session-timeout")).isVisible();
        assertThat(page.locator("#session-timeout-title")).isFocused();
        assertThat(page.locator("#session-timeout-text")).containsText("You will be signed out in");
        BrowserSupport.assertAccessible(page, "page with the timeout warning");
        button("Stay signed in");
        assertThat(page.locator("#session-timeout")).isHidden();
        assertTrue(sessions.idleSeconds("warned-officer") < 60, "the idle time started again");
        page.navigate("/cases");
        assertThat(page.locator("h1")).hasText("Cases");
    }
}
