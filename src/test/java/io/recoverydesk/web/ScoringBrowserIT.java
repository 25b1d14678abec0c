package io.recoverydesk.web;

import com.microsoft.playwright.Page;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import io.recoverydesk.scoring.PaymentHistory;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A strategist opens the model page of a tenant without a model, trains one on the
 * tenant's history, and reads its AUC, calibration chart, lift and reasons, in both
 * languages.
 */
class ScoringBrowserIT extends BrowserTest {

    @Test
    void aStrategistTrainsTheModelAndReadsItsMetrics() {
        TestTenant tenant = tenants.create();
        PaymentHistory.placeAndPay(this::api, clock, tenant);

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.ANALYST), TestTenant.PASSWORD);
        page.navigate("http://localhost:" + port + "/scoring");
        assertThat(page.locator("#no-model")).isVisible();
        page.locator("#train").click();
        assertThat(page.locator("#trained")).containsText("v1");
        assertThat(page.locator("#auc")).not().isEmpty();
        assertThat(page.locator("#calibration rect.observed")).hasCount(10);
        assertThat(page.locator("#lift tbody tr")).hasCount(10);
        assertThat(page.locator("#reasons")).containsText("逾期天数");
        BrowserSupport.screenshot(page, "65-scoring-model-zh");

        page.navigate("http://localhost:" + port + "/scoring?lang=en");
        assertThat(page.locator("#model-card")).containsText("Current model v1");
        assertThat(page.locator("#bands")).containsText("A");
        BrowserSupport.screenshot(page, "66-scoring-model-en");
    }

}
