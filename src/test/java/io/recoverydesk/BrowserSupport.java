package io.recoverydesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Playwright for Java driving Debian's Chromium (no browser download). Outside CI, a
 * missing Chromium skips the browser tests with a message; with CI=true it fails them.
 */
public final class BrowserSupport implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("RD_TEST_CHROMIUM", "/usr/bin/chromium"));

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;

    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static BrowserSupport launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (TestDatabase.ci()) {
                throw new IllegalStateException("CI=true but Chromium is missing at " + CHROMIUM);
            }
            Assumptions
                .abort("Browser tests skipped: install Debian's chromium (apt-get install chromium) to run them");
        }
        Playwright playwright = Playwright
            .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new BrowserSupport(playwright, browser);
    }

    /** A fresh page at the call-centre screen size, in the given language. */
    public Page page(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale(locale))
            .newPage();
    }

    /** Logs in through the login form. */
    public static void login(Page page, int port, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
    }

    /**
     * Takes the keyboard focus off any field so that page shortcuts apply (clicking the
     * page's middle could land on a button or a field and trigger it).
     */
    public static void unfocus(Page page) {
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

}
