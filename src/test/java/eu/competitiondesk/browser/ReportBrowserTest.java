package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.competitiondesk.demo.DemoCase;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Export a report from the case page and download it; have it reviewed and approved by a second officer. */
@Tag("application")
@QuarkusTest
class ReportBrowserTest extends BrowserTestBase {

    @jakarta.inject.Inject
    TestUsers users;

    /**
     * Signed in as the demo officer, opens a case through its form and puts {@code reviewer} (made if need be) on its
     * team as a reviewer; the case page stays open. Returns the case's reference.
     */
    private String caseWithReviewer(String reviewer, String title) {
        users.ensure(reviewer, eu.competitiondesk.security.Role.CASE_OFFICER);
        signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        String reference =
                "AT." + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 9_999_999);
        page.navigate("/cases/new");
        page.getByLabel("Reference").fill(reference);
        page.getByLabel("Title").fill(title);
        page.getByLabel("Case type").selectOption("ARTICLE_101");
        button("Open case");
        page.locator("summary", new Page.LocatorOptions().setHasText("Add a team member"))
                .click();
        page.locator("#memberUser")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Test " + reviewer + " (" + reviewer + ")"));
        page.locator("#memberRole").selectOption("REVIEWER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a team member"))
                .click();
        return reference;
    }

    @Test
    void fromExportToApprovalByASecondOfficer() {
        String reference = caseWithReviewer("browser-reviewer", "Reviewed report");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export non-confidential PDF"))
                .click();
        assertThat(page.locator("#reports ~ table").first()).containsText("Draft");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Ask for review").setExact(false))
                .click();
        assertThat(page.locator("#reports ~ table").first()).containsText("In review");
        BrowserSupport.assertAccessible(page, "case page with a report in review");

        context.clearCookies();
        signIn("browser-reviewer", TestUsers.PASSWORD);
        assertThat(page.locator("#reviews")).containsText("Reports waiting for my review");
        page.locator("#reviews ~ ul a", new Page.LocatorOptions().setHasText(reference))
                .click();
        BrowserSupport.assertAccessible(page, "review decision page");
        button("Record the decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose whether to approve or return");
        BrowserSupport.assertAccessible(page, "review decision page with an error");
        page.locator("label[for='decision']").click();
        page.locator("#comment").fill("Checked against the file");
        button("Record the decision");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Approved version 1");
        assertThat(page.locator("#reports ~ table").first()).containsText("Approved");
        assertThat(page.locator("#reports ~ table").first()).containsText("Decided by browser-reviewer");
        BrowserSupport.assertAccessible(page, "case page with an approved report");
    }

    /**
     * The reviewer reads the version on its page, comments on a paragraph by number and returns it; the author reads
     * the comment on the returned version, changes the case and puts up the next version, whose page shows what
     * changed with ins and del.
     */
    @Test
    void aReviewerReadsTheVersionCommentsOnAParagraphAndSeesWhatChanged() {
        String reference = caseWithReviewer("browser-reader", "Report read in review");
        String casePage = page.url().replaceAll("[#?].*", "");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export non-confidential PDF"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Ask for review").setExact(false))
                .click();

        context.clearCookies();
        signIn("browser-reader", TestUsers.PASSWORD);
        page.locator("#reviews ~ ul a", new Page.LocatorOptions().setHasText(reference))
                .click();
        assertThat(page.locator("#report + .desk-report")).containsText("(1)");
        assertThat(page.locator("#changes ~ p").first()).containsText("nothing to compare");
        page.locator("#paragraph").fill("99");
        page.locator("#text").fill("Name the source of the question");
        button("Add comment");
        assertThat(page.locator(".govuk-error-summary")).containsText("from 1 to");
        BrowserSupport.assertAccessible(page, "review page with a comment refused");
        page.locator("#paragraph").fill("2");
        button("Add comment");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("paragraph (2)");
        assertThat(page.locator("#comments + ul")).containsText("Name the source of the question");
        page.locator("label[for='decision-return']").click();
        page.locator("#comment").fill("See the comment on paragraph (2)");
        button("Record the decision");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Returned");

        context.clearCookies();
        signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        page.navigate(casePage);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Read version 1").setExact(false))
                .click();
        assertThat(page.locator("#comments + ul")).containsText("Name the source of the question");
        assertThat(page.locator("#p2 + .govuk-inset-text")).containsText("Name the source of the question");
        page.navigate(casePage + "/edit");
        page.getByLabel("Summary").fill("Whether the exclusivity forecloses rival clouds, as the complainant says");
        button("Save");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export non-confidential PDF"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Report version 2 exported");
        page.locator("#reports ~ table form button", new Page.LocatorOptions().setHasText("Ask for review"))
                .first()
                .click();

        context.clearCookies();
        signIn("browser-reader", TestUsers.PASSWORD);
        page.locator("#reviews ~ ul a", new Page.LocatorOptions().setHasText(reference))
                .click();
        assertThat(page.locator("#changes")).containsText("since version 1");
        assertThat(page.locator(".desk-changes ins").first()).containsText("forecloses rival clouds");
        assertThat(page.locator(".desk-changes del").first()).containsText("No question written yet");
        assertThat(page.locator(".desk-changes ins .govuk-visually-hidden").first())
                .hasText("added:");
        BrowserSupport.assertAccessible(page, "review page with its change view");
    }

    @Test
    void exportAndDownloadFromTheCasePage() throws IOException {
        signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        page.navigate("/cases?q=" + DemoCase.REFERENCE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoCase.REFERENCE))
                .click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export non-confidential PDF"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("exported");
        assertThat(page.locator("#reports + p + .desk-inline-form + table, #reports ~ table")
                        .first())
                .containsText("Non-confidential edition");
        BrowserSupport.assertAccessible(page, "case page with reports");

        // The report's own download, in the table of versions (the case page has other downloads above it).
        Download download = page.waitForDownload(() -> page.locator("#reports ~ table")
                .first()
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Download").setExact(false))
                .first()
                .click());
        assertTrue(
                download.suggestedFilename().matches("AT\\.90001-v\\d+-public-draft\\.pdf"),
                download.suggestedFilename());
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("NON-CONFIDENTIAL VERSION"));
            assertTrue(text.contains("Worldwide cloud infrastructure services"));
            assertTrue(text.contains("[...]"), "the demo's confidential answer is redacted");
            assertTrue(text.contains("]%"), "the demo's confidential dataset shows ranges");
        }
    }

    @Test
    void findingsAndReportPreviewReadAsReasoningAndPrintCleanly() {
        signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        page.navigate("/cases?q=" + DemoCase.REFERENCE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoCase.REFERENCE))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Azure exclusivity for OpenAI")
                                .setExact(false))
                .first()
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("findings").setExact(false))
                .first()
                .click();
        assertThat(page.locator("#conclusions")).hasText("Conclusions");
        assertThat(page.locator(".desk-conclusions")).containsText("Block exemption: cannot tell yet");
        assertThat(page.locator(".desk-to-establish").first()).containsText("Buyer's share");
        BrowserSupport.assertAccessible(page, "demo findings");
        page.setViewportSize(1100, 1400);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/findings-page.png")));
        // Printed, the page drops the navigation and keeps the reasoning.
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".desk-header__nav")).isHidden();
        assertThat(page.locator(".desk-conclusions")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        page.navigate(page.url().replaceAll("/assessments/.*", "/reports/preview"));
        assertThat(page.locator("body")).containsText("Scenario: Hypothetical merger of Microsoft and Google");
        assertThat(page.locator("body")).containsText("Conclusions");
        page.locator("h2.new-page").first().evaluate("e => e.scrollIntoView()");
        page.screenshot(
                new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/report-page.png")));
    }
}
