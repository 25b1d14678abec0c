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
 * An agent opens a case, presses 4 for "callback requested", types the callback time,
 * logs the contact with Ctrl+Enter, sees the entry on the timeline and the task on the
 * case and on "my tasks"; the case view in English too.
 */
class CaseViewBrowserIT extends BrowserTest {

    @Test
    void anAgentRecordsACallbackWithAShortcutAndFindsTheTask() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.now(shanghai).plusDays(1);
        manager
            .upload("/api/v1/placements", Map.of("creditor", "C1"), "cv.csv",
                    ("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n"
                            + "CV-1,李雷,13800138031,12340.60," + day.minusDays(78) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        String account = manager.get("/api/v1/accounts?ref=CV-1").json().get("items").get(0).get("id").asString();
        Instant morning = day.atTime(10, 0).atZone(shanghai).toInstant();
        clock.set(morning);
        api(tenant.user(Role.TEAM_LEAD)).post("/api/v1/assignments",
                Map.of("accountIds", List.of(account), "agent", tenant.user(Role.AGENT)));
        api(tenant.user(Role.AGENT)).post("/api/v1/accounts/" + account + "/notes", Map.of("body", "客户说月底发工资"));

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(page.locator("#global-search")).isVisible();
        page.navigate("http://localhost:" + port + "/work");
        page.keyboard().press("n");
        page.waitForURL("**/accounts/" + account);
        assertThat(page.locator("#case-lease")).containsText("为你保留");
        assertThat(page.locator("#case-script")).containsText("李雷");
        assertThat(page.locator("#timeline")).containsText("客户说月底发工资");
        assertThat(page.locator("#compliance-panel")).isVisible();
        BrowserSupport.screenshot(page, "40-case-view-zh");

        BrowserSupport.unfocus(page);
        page.keyboard().press("4");
        assertThat(page.locator("#lc-outcome")).hasValue("CALLBACK_REQUESTED");
        assertThat(page.locator("#lc-callback")).isFocused();
        page.locator("#lc-callback").fill(day + "T15:30");
        page.locator("#log-contact textarea[name=notes]").fill("客户下午三点半方便");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#door-recorded")).isVisible();
        assertThat(page.locator("#timeline li[data-kind=CONTACT]").first()).containsText("要求回电");
        assertThat(page.locator("#timeline li[data-kind=TASK]").first()).containsText("回电");
        assertThat(page.locator("#case-tasks")).containsText(day + " 15:30");
        BrowserSupport.screenshot(page, "41-case-view-callback-zh");

        page.navigate("http://localhost:" + port + "/tasks");
        assertThat(page.locator("#tasks-today")).containsText("CV-1");
        assertThat(page.locator("#tasks-today")).containsText("回电");
        BrowserSupport.screenshot(page, "42-my-tasks-zh");
        page.locator("#tasks-today button[type=submit]").first().click();
        assertThat(page.locator("#tasks-today")).containsText("今天没有其他到期任务");

        Page english = browser.page("en");
        BrowserSupport.login(english, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(english.locator("#global-search")).isVisible();
        english.navigate("http://localhost:" + port + "/accounts/" + account + "?lang=en");
        assertThat(english.locator("#case-script")).containsText("calling on behalf of");
        assertThat(english.locator("#timeline")).containsText("Task done");
        BrowserSupport.screenshot(english, "43-case-view-en");

        // a flagged note shows on the timeline; the lead sees the team's overdue task
        api(tenant.user(Role.AGENT)).post("/api/v1/accounts/" + account + "/notes", Map.of("body", "告诉客户会上征信黑名单"));
        api(tenant.user(Role.AGENT)).post("/api/v1/accounts/" + account + "/tasks",
                Map.of("type", "FOLLOW_UP", "dueAt", morning.plusSeconds(1800).toString(), "title", "核实工作单位"));
        clock.set(morning.plusSeconds(7200));
        english.reload();
        assertThat(english.locator("#timeline [data-flag=qa]").first()).isVisible();
        Page lead = browser.page("zh-CN");
        BrowserSupport.login(lead, port, tenant.user(Role.TEAM_LEAD), TestTenant.PASSWORD);
        assertThat(lead.locator("#global-search")).isVisible();
        lead.navigate("http://localhost:" + port + "/tasks?team=true");
        assertThat(lead.locator("#tasks-overdue")).containsText("核实工作单位");
        BrowserSupport.screenshot(lead, "44-team-overdue-zh");
        BrowserSupport.screenshot(english, "45-case-view-flagged-en");

        // N on the case view releases it and takes the next case (none left: the work
        // page)
        page.navigate("http://localhost:" + port + "/work");
        page.keyboard().press("n");
        page.waitForURL("**/accounts/" + account);
        assertThat(page.locator("#case-lease")).containsText("为你保留");
        BrowserSupport.unfocus(page);
        page.keyboard().press("n");
        page.waitForURL("**/work");
        assertThat(page.locator("#leases")).containsText("没有正在处理的案件");
    }

}
