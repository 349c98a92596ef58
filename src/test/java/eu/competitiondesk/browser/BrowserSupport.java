package eu.competitiondesk.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Debian's Chromium through Playwright (no browser download) and checks pages with axe. Without Chromium the
 * browser tests are skipped with one line saying how to enable them; DESK_REQUIRE_BROWSER=true (set by .ci/run)
 * turns a missing browser into a failure.
 */
final class BrowserSupport {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DESK_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private BrowserSupport() {}

    static boolean browserRequired() {
        return "true".equalsIgnoreCase(System.getenv("DESK_REQUIRE_BROWSER"))
                || Boolean.getBoolean("desk.requireBrowser");
    }

    /** Skips (or, when required, fails) the calling test class if no Chromium is installed. */
    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String line = "Browser tests skipped: no Chromium at " + CHROMIUM
                + ". Enable them with 'apt-get install -y chromium' (or set DESK_CHROMIUM to a Chromium binary).";
        if (browserRequired()) {
            Assertions.fail(line + " DESK_REQUIRE_BROWSER=true makes this a failure.");
        }
        System.out.println(line);
        Assumptions.abort(line);
    }

    static Playwright startPlaywright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** Fails on any serious or critical WCAG 2.1 A/AA violation axe finds on the page as it is now. */
    static void assertAccessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        String report = blocking.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        Assertions.assertTrue(blocking.isEmpty(), what + " has accessibility violations:\n" + report);
    }
}
