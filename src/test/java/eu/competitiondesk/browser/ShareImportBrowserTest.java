package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.support.Cases;
import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Shares pasted from a spreadsheet into the paste box, as an officer copies them: a refused row is shown with its
 * reason and the paste kept for correcting, then the corrected rows are previewed and stored; axe on each page.
 */
@Tag("application")
@QuarkusTest
class ShareImportBrowserTest extends BrowserTestBase {

    @Inject
    TestUsers users;

    @Test
    void pastedRowsArePreviewedCorrectedAndStored() {
        Session officer = users.signIn("paste-officer", Role.CASE_OFFICER);
        long caseId = Cases.open(officer, Cases.newReference(), "Pasted shares", "MERGER");
        String market = Cases.market(officer, caseId, "Pasted market", "IaaS", "EEA");
        String dataset = Cases.dataset(officer, market, "2025", "Copied from a spreadsheet");

        signIn("paste-officer", TestUsers.PASSWORD);
        page.navigate(dataset);
        page.locator("summary", new Page.LocatorOptions().setHasText("Import shares from a spreadsheet"))
                .click();
        BrowserSupport.assertAccessible(page, "market page with the import open");
        page.getByLabel("Or paste rows from a spreadsheet").fill("AWS\t30,5\nMicrosoft\t20 %\naws\t3\n");
        button("Check the shares");
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Nothing can be stored yet. Line 3: Firm: This firm is already in the dataset");
        assertThat(page.locator("#refused")).containsText("aws | 3");
        assertThat(page.getByLabel("Or paste rows from a spreadsheet"))
                .hasValue("AWS\t30,5\nMicrosoft\t20 %\naws\t3\n");
        BrowserSupport.assertAccessible(page, "preview with a refused row");

        page.getByLabel("Or paste rows from a spreadsheet").fill("AWS\t30,5\nMicrosoft\t20 %\n");
        button("Check the shares");
        assertThat(page.locator("caption", new Page.LocatorOptions().setHasText("2 rows to store")))
                .isVisible();
        BrowserSupport.assertAccessible(page, "preview ready to store");
        button("Store these shares");
        assertThat(page.locator(".govuk-notification-banner")).containsText("2 rows stored");
        assertThat(page.locator("main")).containsText("30.5%");
    }
}
