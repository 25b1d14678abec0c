package io.recoverydesk.web;

import io.recoverydesk.BrowserSupport;
import io.recoverydesk.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the browser tests: one Chromium per test class, closed after it. */
abstract class BrowserTest extends IntegrationTest {

    static BrowserSupport browser;

    @BeforeAll
    static void launch() {
        browser = BrowserSupport.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

}
