package eu.competitiondesk.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One Chromium per browser test class and a fresh browser context (no cookies) per test, pointed at the
 * application under test.
 */
abstract class BrowserTestBase {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    BrowserContext context;
    Page page;
    /** Console messages about the Content-Security-Policy: a page that trips its own policy is broken. */
    final java.util.List<String> policyViolations = new java.util.ArrayList<>();

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

    @BeforeEach
    void openContext() {
        context = browser.newContext(
                new Browser.NewContextOptions().setBaseURL(base.toString()).setAcceptDownloads(true));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closeContext() {
        context.close();
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of(), policyViolations, "pages tripped their Content-Security-Policy");
    }

    /** Signs in through the login page as a person would. */
    void signIn(String username, String password) {
        page.navigate("/login");
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(password);
        button("Sign in");
    }

    void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
                .click();
    }
}
