package io.recoverydesk.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import io.recoverydesk.Api;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An agent records a promise on the account page (the log-contact form's
 * {@code rd:open-promise} opens the form), then requests a 20 % settlement, which the
 * page says needs a team lead; the team lead approves it in the approvals inbox. A plan
 * on another account is previewed, then saved. On the approvals page an admin changes the
 * limits (a bad ladder is refused in the form): the request leaves the lead's inbox while
 * the lead's limit is below it.
 */
class ArrangementsBrowserIT extends BrowserTest {

    @Test
    void anAgentPromisesAndRequestsASettlementThatTheLeadApproves() {
        TestTenant tenant = tenants.create();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(shanghai).plusDays(1);
        clock.set(today.atTime(10, 0).atZone(shanghai).toInstant());
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "a.csv",
                ("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n"
                        + "AR-1,王芳,13800138021,1000,2026-01-15\nAR-2,李雷,13800138022,1000,2026-01-15\n")
                    .getBytes(StandardCharsets.UTF_8));
        String account = manager.get("/api/v1/accounts?ref=AR-1").json().get("items").get(0).get("id").asString();

        Page agent = browser.page("zh-CN");
        BrowserSupport.login(agent, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(agent.locator("#global-search")).isVisible();
        agent.navigate("http://localhost:" + port + "/accounts/" + account);
        assertThat(agent.locator("#arrangements")).containsText("没有进行中的承诺");
        // the promise form is open, but the page loading does not put the focus in it
        assertThat(agent.locator("#p-amount")).isVisible();
        assertThat(agent.locator("#p-amount")).not().isFocused();
        // the log-contact form fires rd:open-promise for PROMISE_TO_PAY
        agent.evaluate("document.getElementById('promise-details').open = false");
        assertThat(agent.locator("#p-amount")).not().isVisible();
        agent.evaluate("document.body.dispatchEvent(new Event('rd:open-promise'))");
        assertThat(agent.locator("#p-amount")).isFocused();
        // key P on the open form keeps it open, typing starts in the amount; on the
        // closed
        // one it opens it, the same way
        agent.evaluate("document.activeElement.blur()");
        agent.keyboard().press("p");
        assertThat(agent.locator("#p-amount")).isVisible();
        assertThat(agent.locator("#p-amount")).isFocused();
        agent.evaluate("document.activeElement.blur()");
        agent.locator("#promise-details > summary").click();
        assertThat(agent.locator("#p-amount")).not().isVisible();
        agent.evaluate("document.activeElement.blur()");
        agent.keyboard().press("p");
        assertThat(agent.locator("#p-amount")).isFocused();
        // a refused promise says why in the page's language, the English detail kept as
        // its title
        agent.locator("#p-amount").fill("99999999");
        agent.locator("#p-date").fill(today.plusDays(3).toString());
        agent.locator("#promise-submit").click();
        assertThat(agent.locator("#arr-error")).containsText("金额不能超过账户余额");
        org.assertj.core.api.Assertions.assertThat(agent.locator("#arr-error").getAttribute("title")).isNotBlank();
        // a date before today (past the browser's own check): the panel names the field
        // and the limit
        agent.evaluate("document.getElementById('p-date').removeAttribute('min')");
        agent.locator("#p-amount").fill("500");
        agent.locator("#p-date").fill(today.minusDays(1).toString());
        agent.locator("#promise-submit").click();
        assertThat(agent.locator("#arr-error")).containsText("金额或日期有误");
        assertThat(agent.locator("#arr-error-parts")).containsText("日期不能早于今天（" + today + "）");
        agent.evaluate("document.getElementById('promise-details').open = true");
        agent.locator("#p-amount").fill("500");
        agent.locator("#p-date").fill(today.plusDays(3).toString());
        agent.locator("#promise-submit").click();
        assertThat(agent.locator("#open-promise")).containsText("待履约");
        assertThat(agent.locator("#open-promise")).containsText("500.00");
        BrowserSupport.screenshot(agent, "40-promise-zh");

        agent.locator("#settlement-details summary").click();
        agent.locator("#s-amount").fill("800");
        assertThat(agent.locator("#settlement-preview")).containsText("减免 20.0 %，需要组长审批");
        agent.locator("#s-until").fill(today.plusDays(10).toString());
        agent.locator("#s-reason").fill("一次性结清，家庭困难");
        agent.locator("#settlement-submit").click();
        assertThat(agent.locator("#open-settlement")).containsText("待审批");
        BrowserSupport.screenshot(agent, "41-settlement-requested-zh");

        Page leadEn = browser.page("en");
        BrowserSupport.login(leadEn, port, tenant.user(Role.TEAM_LEAD), TestTenant.PASSWORD);
        assertThat(leadEn.locator("#global-search")).isVisible();
        leadEn.navigate("http://localhost:" + port + "/approvals?lang=en");
        assertThat(leadEn.locator("#approvals")).containsText("20.0 %");
        assertThat(leadEn.locator("#approval-limit")).containsText("25.0 %");
        assertThat(leadEn.locator("#limit-TEAM_LEAD")).hasText("25.0 %");
        assertThat(leadEn.locator("#limits-form")).hasCount(0);
        BrowserSupport.screenshot(leadEn, "42-approvals-en");
        // only an admin changes them, even with a valid token
        Object refused = leadEn.evaluate("() => fetch('/approvals/limits', {method: 'POST', headers: {"
                + "'Content-Type': 'application/x-www-form-urlencoded', "
                + "[document.querySelector('meta[name=_csrf_header]').content]: "
                + "document.querySelector('meta[name=_csrf]').content}, "
                + "body: 'agent=10&teamLead=50&manager=50'}).then(r => r.status)");
        org.assertj.core.api.Assertions.assertThat(refused).isEqualTo(403);

        // the admin changes the limits on the page: a bad ladder is refused in the form,
        // then the team lead's limit drops under the request, which leaves the lead's
        // inbox
        Page admin = browser.page("zh-CN");
        BrowserSupport.login(admin, port, tenant.user(Role.ADMIN), TestTenant.PASSWORD);
        assertThat(admin.locator("#global-search")).isVisible();
        admin.navigate("http://localhost:" + port + "/approvals?lang=zh-CN");
        assertThat(admin.locator("#limits-card")).containsText("审批权限");
        assertThat(admin.locator("#lim-teamLead")).hasValue("25.0");
        admin.locator("#lim-teamLead").fill("60");
        admin.locator("#limits-submit").click();
        assertThat(admin.locator("#limits-error")).containsText("主管的上限不能低于组长的上限（60.0 %）");
        assertThat(admin.locator("#lim-manager")).hasClass(Pattern.compile(".*is-invalid.*"));
        assertThat(admin.locator("#lim-teamLead")).hasValue("60");
        assertThat(admin.locator("#limit-TEAM_LEAD")).hasText("25.0 %");
        BrowserSupport.screenshot(admin, "46-limits-error-zh");
        admin.locator("#lim-teamLead").fill("15.5");
        admin.locator("#limits-submit").click();
        assertThat(admin.locator("#limits-saved")).isVisible();
        assertThat(admin.locator("#limit-TEAM_LEAD")).hasText("15.5 %");
        assertThat(admin.locator("#lim-teamLead")).hasValue("15.5");
        BrowserSupport.screenshot(admin, "47-limits-saved-zh");
        org.assertj.core.api.Assertions
            .assertThat(jdbc
                .sql("select count(*) from audit_entry where tenant_id = ? and action = 'SETTLEMENT_LIMITS_SET'")
                .param(tenant.id().value())
                .query(Long.class)
                .single())
            .isEqualTo(1L);
        leadEn.reload();
        assertThat(leadEn.locator("#approval-limit")).containsText("15.5 %");
        assertThat(leadEn.locator("#approvals-empty")).isVisible();
        admin.locator("#lim-teamLead").fill("30");
        admin.locator("#limits-submit").click();
        assertThat(admin.locator("#limit-TEAM_LEAD")).hasText("30.0 %");

        Page lead = browser.page("zh-CN");
        BrowserSupport.login(lead, port, tenant.user(Role.TEAM_LEAD), TestTenant.PASSWORD);
        assertThat(lead.locator("#global-search")).isVisible();
        lead.navigate("http://localhost:" + port + "/approvals?lang=zh-CN");
        assertThat(lead.locator("#approvals")).containsText("王芳 · AR-1");
        BrowserSupport.screenshot(lead, "43-approvals-zh");
        lead.locator("#approvals tbody tr button.approve").click();
        assertThat(lead.locator("#approval-done")).containsText("已批准 AR-1 的减免");
        assertThat(lead.locator("#approvals-empty")).isVisible();
        // the decision went back to the inbox by a redirect: a reload sends nothing again
        org.assertj.core.api.Assertions.assertThat(lead.url()).endsWith("/approvals");
        lead.reload();
        assertThat(lead.locator("#approval-done")).hasCount(0);

        agent.reload();
        assertThat(agent.locator("#open-settlement")).containsText("已批准");
        BrowserSupport.screenshot(agent, "44-settlement-approved-zh");

        // a plan on another account: the preview shows installments summing to the total
        String other = manager.get("/api/v1/accounts?ref=AR-2").json().get("items").get(0).get("id").asString();
        agent.navigate("http://localhost:" + port + "/accounts/" + other);
        agent.locator("#plan-details summary").click();
        agent.locator("#pl-total").fill("1000");
        agent.locator("#pl-count").fill("3");
        agent.locator("#pl-frequency").selectOption("MONTHLY");
        agent.locator("#pl-first").fill(today.plusDays(5).toString());
        agent.locator("#plan-preview-button").click();
        assertThat(agent.locator("#plan-preview")).containsText("333.34");
        assertThat(agent.locator("#plan-preview tr")).hasCount(3);
        BrowserSupport.screenshot(agent, "45-plan-preview-zh");
        agent.locator("#plan-submit").click();
        assertThat(agent.locator("#open-plan")).containsText("进行中");
        assertThat(agent.locator("#open-plan")).containsText("每月");
    }

}
