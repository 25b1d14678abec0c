package io.recoverydesk.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.recoverydesk.Api;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An agent posts a payment on the account page and sees the balance change (a bad amount
 * is refused in the form); the team lead reverses it; the back office imports a payment
 * file, matches the unmatched row and reads the day's reconciliation.
 */
class PaymentsBrowserIT extends BrowserTest {

    @Test
    void anAgentPostsAPaymentOnTheAccountPageAndTheLeadReversesIt() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "b.csv",
                ("creditor_ref,debtor_name,phone_1,principal,interest,first_delinquency_date\n"
                        + "PB-1,王芳,13800138021,1000,200,2026-01-15\n")
                    .getBytes(StandardCharsets.UTF_8));
        String account = manager.get("/api/v1/accounts?ref=PB-1").json().get("items").get(0).get("id").asString();

        Page agent = browser.page("zh-CN");
        BrowserSupport.login(agent, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(agent.locator("#global-search")).isVisible();
        agent.navigate("http://localhost:" + port + "/accounts/" + account);
        assertThat(agent.locator("#balance-total")).containsText("1,200.00");
        assertThat(agent.locator("#pay-lines")).containsText("还没有还款记录");

        agent.locator("#pay-amount").fill("abc");
        agent.locator("#pay-submit").click();
        assertThat(agent.locator("#pay-error")).containsText("金额无效：须为大于 0 的数字");

        // more than the balance (an extra zero): asked to confirm, nothing posted
        agent.locator("#pay-amount").fill("30050");
        agent.locator("#pay-submit").click();
        assertThat(agent.locator("#pay-error")).containsText("金额超过账户当前余额");
        assertThat(agent.locator("#pay-confirm-overpayment")).isVisible();
        assertThat(agent.locator("#pay-lines")).containsText("还没有还款记录");

        agent.locator("#pay-amount").fill("300.50");
        agent.locator("#pay-reference").fill("WX-20260301-1");
        agent.locator("#pay-method").selectOption("WECHAT_PAY");
        Response posted = agent.waitForResponse(
                r -> r.url().endsWith("/accounts/" + account + "/payments") && r.request().method().equals("POST"),
                () -> agent.locator("#pay-submit").click());
        org.assertj.core.api.Assertions.assertThat(posted.headerValue("hx-trigger"))
            .isEqualTo("rd:money-changed, rd:timeline-changed, rd:money-posted");
        assertThat(agent.locator("#pay-balance")).containsText("899.50");
        // the panels look again after a posting (listeners act on it just after); one the
        // agent has started typing in is left alone
        assertThat(agent.locator("#arrangements")).containsText("899.50");
        // … nor take the focus from a note the agent is writing elsewhere on the page
        agent.locator("#log-contact textarea[name=notes]").click();
        agent.keyboard().type("客户说月底再还");
        agent.waitForTimeout(2_000);
        assertThat(agent.locator("#log-contact textarea[name=notes]")).isFocused();
        agent.locator("#settlement-details summary").click();
        agent.locator("#s-amount").fill("500");
        agent.locator("#case-header h1").click();
        agent.waitForTimeout(2_500);
        assertThat(agent.locator("#s-amount")).hasValue("500");
        assertThat(agent.locator("#balance-total")).containsText("899.50");
        assertThat(agent.locator("#pay-lines")).containsText("300.50");
        assertThat(agent.locator("#pay-lines")).containsText("微信支付");
        assertThat(agent.locator(".pay-reverse-form")).hasCount(0);
        BrowserSupport.screenshot(agent, "40-account-payment-zh");

        Page lead = browser.page("en");
        BrowserSupport.login(lead, port, tenant.user(Role.TEAM_LEAD), TestTenant.PASSWORD);
        assertThat(lead.locator("#global-search")).isVisible();
        lead.navigate("http://localhost:" + port + "/accounts/" + account + "?lang=en");
        assertThat(lead.locator("#pay-lines")).containsText("WX-20260301-1");
        lead.locator("#pay-lines summary").first().click();
        lead.locator(".pay-reverse-form input[name=reason]").fill("bounced");
        lead.locator(".pay-reverse-form button").click();
        assertThat(lead.locator("#pay-lines")).containsText("Reversed");
        assertThat(lead.locator("#balance-total")).containsText("1,200.00");
        BrowserSupport.screenshot(lead, "41-account-payment-reversed-en");
    }

    @Test
    void theBackOfficeImportsMatchesAndReconciles() throws Exception {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "b.csv",
                ("creditor_ref,debtor_name,principal,first_delinquency_date\nPB-2,张伟,500,2026-01-15\n")
                    .getBytes(StandardCharsets.UTF_8));
        Path file = Files.createTempFile("payments", ".csv");
        Files.writeString(file,
                "creditor_ref,amount,paid_at,reference\nPB-2,100,2026-03-01,BK-1\nPB-X,50,2026-03-01,BK-2\n"
                        + "PB-2,1.2.3,2026-03-01,BK-3\n");

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.MANAGER), TestTenant.PASSWORD);
        assertThat(page.locator("#global-search")).isVisible();
        page.navigate("http://localhost:" + port + "/payments/import");
        page.locator("#pi-creditor").selectOption("C1");
        page.locator("#pi-file").setInputFiles(file);
        page.locator("#pay-import-form button").click();
        assertThat(page.locator("#import-summary")).containsText("入账 1");
        assertThat(page.locator("#import-summary")).containsText("待匹配 1");
        assertThat(page.locator("#import-report tr[data-outcome=ERROR]")).containsText("金额 1.2.3 不是有效数字");
        BrowserSupport.screenshot(page, "42-payment-import-zh");

        page.navigate("http://localhost:" + port + "/payments/unmatched");
        assertThat(page.locator("#unmatched")).containsText("PB-X");
        // an account number that does not exist: refused, the row marked, what was typed
        // kept
        page.locator("#unmatched .match-form input[name=ref]").fill("PB-NOPE");
        page.locator("#unmatched .match-form button").click();
        assertThat(page.locator("#unmatched .match-form input[name=ref]")).hasValue("PB-NOPE");
        assertThat(page.locator("#unmatched tr.table-danger")).containsText("PB-X");
        assertThat(page.locator("#unmatched-error")).isVisible();
        // back at the list's address: a reload sends nothing again
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/payments/unmatched");
        page.locator("#unmatched .match-form input[name=ref]").fill("PB-2");
        BrowserSupport.screenshot(page, "43-payment-unmatched-zh");
        page.locator("#unmatched .match-form button").click();
        assertThat(page.locator("#unmatched-saved")).isVisible();
        assertThat(page.locator("#unmatched")).containsText("没有待匹配的还款");

        page.navigate("http://localhost:" + port + "/payments/reconciliation");
        assertThat(page.locator("#rec-table tr[data-creditor='C1']")).containsText("150.00");
        BrowserSupport.screenshot(page, "44-payment-reconciliation-zh");
        page.navigate("http://localhost:" + port + "/payments/reconciliation?lang=en");
        assertThat(page.locator("#rec-table")).containsText("Net");
        BrowserSupport.screenshot(page, "45-payment-reconciliation-en");

        page.navigate("http://localhost:" + port + "/payments/allocation-order?creditor=C1&lang=zh-CN");
        page.locator("#ao-part-1").selectOption("PRINCIPAL");
        page.locator("#ao-part-4").selectOption("PENALTY");
        page.locator("#order-form button").click();
        assertThat(page.locator("#order-saved")).isVisible();
        org.assertj.core.api.Assertions
            .assertThat(manager.get("/api/v1/creditors/C1/allocation-order").json().get("order").toString())
            .isEqualTo("[\"PRINCIPAL\",\"FEES\",\"INTEREST\",\"PENALTY\"]");
        BrowserSupport.screenshot(page, "47-payment-allocation-order-zh");

        page.navigate("http://localhost:" + port + "/payments");
        page.locator("#pp-creditor").selectOption("C1");
        page.locator("#pp-ref").fill("PB-2");
        page.locator("#pp-ref").press("Tab");
        assertThat(page.locator("#pp-found")).containsText("张伟");
        // far more than PB-2 owes: confirmed once, then posted (the rest becomes a
        // credit)
        page.locator("#pp-amount").fill("99999999");
        page.locator("#pay-page-form button[type=submit]").click();
        assertThat(page.locator("#pay-error")).containsText("金额超过账户当前余额");
        assertThat(page.locator("#pay-posted")).hasCount(0);
        page.locator("#pp-amount").fill("20");
        page.locator("#pay-page-form button[type=submit]").click();
        assertThat(page.locator("#pay-posted")).containsText("20.00");
        assertThat(page.locator("#pay-recent")).containsText("20.00");
        // the recent payments name their account by reference and debtor
        assertThat(page.locator("#pay-recent")).containsText("PB-2 · 张伟");
        BrowserSupport.screenshot(page, "46-payments-page-zh");
        Files.deleteIfExists(file);
    }

}
