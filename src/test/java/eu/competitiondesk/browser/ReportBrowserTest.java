package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import eu.competitiondesk.demo.DemoCase;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Export the demo case's non-confidential report from the case page and download it. */
@QuarkusTest
class ReportBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        BrowserSupport.requireChromium();
        playwright = BrowserSupport.startPlaywright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void exportAndDownloadFromTheCasePage() throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base.toString())
                .setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("User name").fill(TestUsers.DEMO_OFFICER);
            page.getByLabel("Password").fill(TestUsers.DEMO_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.navigate("/cases?q=" + DemoCase.REFERENCE);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoCase.REFERENCE)).click();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export non-confidential PDF"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("exported");
            assertThat(page.locator("#reports + p + .desk-inline-form + table, #reports ~ table").first())
                    .containsText("Non-confidential edition");
            BrowserSupport.assertAccessible(page, "case page with reports");

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download").setExact(false)).first().click());
            assertTrue(download.suggestedFilename().endsWith("-public.pdf"), download.suggestedFilename());
            byte[] pdf = Files.readAllBytes(download.path());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("NON-CONFIDENTIAL VERSION"));
                assertTrue(text.contains("Worldwide cloud infrastructure services"));
                assertTrue(text.contains("[...]"), "the demo's confidential answer is redacted");
                assertTrue(text.contains("]%"), "the demo's confidential dataset shows ranges");
            }
        }
    }
}
