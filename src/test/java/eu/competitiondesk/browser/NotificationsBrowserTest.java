package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An officer added to a team sees the count in the header, reads the notice, marks it read and chooses what reaches
 * them by e-mail; a mistyped setting is shown with its error; axe on each page.
 */
@Tag("application")
@QuarkusTest
class NotificationsBrowserTest extends BrowserTestBase {

    @Inject
    TestUsers users;

    @Test
    void aNoticeIsReadMarkedAndTheSettingsChosen() {
        Session lead = users.signIn("bell-lead", Role.CASE_OFFICER);
        AppUser member = users.ensure("bell-member", Role.CASE_OFFICER);
        String reference = Cases.newReference();
        long caseId = Cases.open(lead, reference, "Notified in the browser", "MERGER");
        Cases.addToTeam(lead, caseId, member.id, "OFFICER");

        signIn("bell-member", TestUsers.PASSWORD);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Notifications (1)"))
                .click();
        assertThat(page.locator("#notices")).containsText("Test bell-lead added you to the team of case " + reference);
        BrowserSupport.assertAccessible(page, "notifications with one unread");
        button("Mark as read (Added to a case team, " + reference + ")");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The notification is marked as read.");
        assertThat(page.locator("header")).containsText("Notifications (0)");

        page.getByText("Notification settings").click();
        BrowserSupport.assertAccessible(page, "notification settings");
        page.getByLabel("E-mail address for notifications").fill("member@authority");
        page.getByLabel("Added to a case team").uncheck();
        page.getByLabel("Tell me of a deadline this many working days ahead").fill("45");
        button("Save the settings");
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Enter a whole number of working days from 1 to 30");
        BrowserSupport.assertAccessible(page, "notification settings with an error");
        assertThat(page.getByLabel("Added to a case team")).not().isChecked();
        page.getByLabel("Tell me of a deadline this many working days ahead").fill("10");
        button("Save the settings");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your notification settings are saved.");
        assertThat(page.getByLabel("E-mail address for notifications")).hasValue("member@authority");
        assertThat(page.getByLabel("Added to a case team")).not().isChecked();
        assertThat(page.getByLabel("Review requested")).isChecked();
    }
}
