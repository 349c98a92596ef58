package eu.competitiondesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
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
import org.junit.jupiter.api.Test;

/** Export the demo case's non-confidential report from the case page and download it. */
@QuarkusTest
class ReportBrowserTest extends BrowserTestBase {

    @Test
    void exportAndDownloadFromTheCasePage() throws IOException {
        signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
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
