package io.recoverydesk.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import io.recoverydesk.Api;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The agent's main path in the browser: next case → log the call as a promise to pay (key
 * 3, the promise form opens by itself) → the debtor pays the promised amount, posted on
 * the case → the promise is kept and the case header follows.
 */
class AgentDayBrowserIT extends BrowserTest {

    @Test
    void nextCaseThenAPromiseThenThePaymentKeepsIt() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.now(shanghai).plusDays(1);
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "day.csv",
                ("creditor_ref,debtor_name,phone_1,principal,interest,first_delinquency_date\n"
                        + "AD-1,赵敏,13800138051,3000.00,200.00," + day.minusDays(65) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        String account = manager.get("/api/v1/accounts?ref=AD-1").json().get("items").get(0).get("id").asString();
        Instant morning = day.atTime(10, 0).atZone(shanghai).toInstant();
        clock.set(morning);
        api(tenant.user(Role.TEAM_LEAD)).post("/api/v1/assignments",
                Map.of("accountIds", List.of(account), "agent", tenant.user(Role.AGENT)));

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(page.locator("#global-search")).isVisible();
        page.navigate("http://localhost:" + port + "/work");
        page.keyboard().press("n");
        page.waitForURL("**/accounts/" + account);
        assertThat(page.locator("#case-lease")).isVisible();
        assertThat(page.locator("#balance-total")).containsText("3,200.00");

        // the call: a promise to pay, recorded with the keyboard (once the panels are in)
        assertThat(page.locator("#lc-outcome")).isVisible();
        assertThat(page.locator("#arrangements")).isVisible();
        BrowserSupport.unfocus(page);
        page.keyboard().press("3");
        assertThat(page.locator("#lc-outcome")).hasValue("PROMISE_TO_PAY");
        page.locator("#log-contact textarea[name=notes]").fill("客户同意三天内先还一千");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#door-recorded")).isVisible();
        // the promise form opened by itself, the amount focused
        assertThat(page.locator("#p-amount")).isFocused();
        page.locator("#p-amount").fill("1000");
        page.locator("#p-date").fill(day.plusDays(3).toString());
        page.locator("#promise-submit").click();
        assertThat(page.locator("#open-promise")).containsText("待履约");
        assertThat(page.locator("#case-header")).containsText("已承诺");
        BrowserSupport.screenshot(page, "50-agent-day-promise-zh");

        // the money arrives: posted on the case
        clock.set(morning.plusSeconds(3600));
        page.locator("#pay-amount").fill("1000.00");
        page.locator("#pay-reference").fill("BANK-AD-1");
        page.locator("#pay-submit").click();
        assertThat(page.locator("#balance-total")).containsText("2,200.00");
        // the promise is evaluated once the posting has committed (by an event listener,
        // on
        // another thread); the panels look again 1.5, 3.5, 7 and 12 s after money moves
        assertThat(page.locator("#arrangements")).containsText("已履约",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(page.locator("#timeline")).containsText("承诺已履约",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(page.locator("#case-header")).not().containsText("已承诺");
        BrowserSupport.screenshot(page, "51-agent-day-kept-zh");
    }

}
