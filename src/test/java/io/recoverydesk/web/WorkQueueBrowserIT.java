package io.recoverydesk.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.microsoft.playwright.Page;
import io.recoverydesk.Api;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A team lead assigns two accounts by ref; the agent presses N for the next case, lands
 * on the account, releases it; late at night the page says why nothing is workable.
 */
class WorkQueueBrowserIT extends BrowserTest {

    @Test
    void aLeadAssignsAndTheAgentPullsTheNextCase() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "w.csv",
                ("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n"
                        + "WQ-1,王芳,13800138011,2000,2026-01-15\nWQ-2,张伟,13800138012,5000,2026-01-15\n")
                    .getBytes(StandardCharsets.UTF_8));
        String big = manager.get("/api/v1/accounts?ref=WQ-2").json().get("items").get(0).get("id").asString();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant morning = LocalDate.now(shanghai).plusDays(1).atTime(10, 0).atZone(shanghai).toInstant();
        clock.set(morning);

        Page lead = browser.page("zh-CN");
        BrowserSupport.login(lead, port, tenant.user(Role.TEAM_LEAD), TestTenant.PASSWORD);
        assertThat(lead.locator("#global-search")).isVisible();
        lead.navigate("http://localhost:" + port + "/work/assignments");
        // a reference that is not there: nothing is assigned, and the page names it
        lead.locator("#ids").fill("WQ-1, NOPE-1");
        lead.locator("#agent-ids").selectOption(tenant.user(Role.AGENT));
        lead.locator("#assign-ids button[type=submit]").click();
        assertThat(lead.locator("#assign-error")).containsText("找不到这些账户");
        assertThat(lead.locator("#assign-error")).containsText("NOPE-1");
        assertThat(lead.locator("#assign-error")).not().containsText("WQ-1");
        lead.locator("#f-min").fill("-100");
        lead.locator("#assign-filter button[type=submit]").click();
        assertThat(lead.locator("#assign-error")).containsText("最低余额不能为负数");
        assertThat(lead.locator("#f-min")).hasValue("-100");
        lead.locator("#ids").fill("WQ-1, WQ-2");
        lead.locator("#agent-ids").selectOption(tenant.user(Role.AGENT));
        lead.locator("#assign-ids button[type=submit]").click();
        assertThat(lead.locator("#assign-result")).containsText("新分配 2");
        assertThat(lead.locator("#loads tr[data-agent='" + tenant.user(Role.AGENT) + "']")).containsText("2");
        BrowserSupport.screenshot(lead, "30-work-assignments-zh");

        Page agent = browser.page("zh-CN");
        BrowserSupport.login(agent, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(agent.locator("#global-search")).isVisible();
        agent.navigate("http://localhost:" + port + "/work");
        assertThat(agent.locator("#work-status")).containsText("2");
        BrowserSupport.screenshot(agent, "31-work-next-zh");
        agent.keyboard().press("n");
        agent.waitForURL("**/accounts/" + big);
        agent.navigate("http://localhost:" + port + "/work");
        assertThat(agent.locator("#leases tr[data-id='" + big + "']")).containsText("WQ-2");
        agent.locator("#leases tr[data-id='" + big + "'] button").click();
        assertThat(agent.locator("#leases")).containsText("没有正在处理的案件");

        clock.set(LocalDate.now(shanghai).plusDays(1).atTime(23, 0).atZone(shanghai).toInstant());
        agent.locator("#next-case").click();
        assertThat(agent.locator("#work-none")).isVisible();
        assertThat(agent.locator("#why-hours")).containsText("2 个账户不在联系时段内");
        assertThat(agent.locator("#work-next-opens")).containsText("下一个案件开放时间");
        BrowserSupport.screenshot(agent, "32-work-none-zh");
    }

}
