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
 * An agent takes in a complaint from the account page with a hold; the compliance officer
 * finds it on the workbench, acknowledges, investigates and resolves it, which lifts the
 * hold; a missed deadline shows in red.
 */
class ComplaintsBrowserIT extends BrowserTest {

    @Test
    void intakeAcknowledgeInvestigateResolve() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "p.csv",
                ("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n"
                        + "CB-1,赵敏,13800138011,3000,2026-01-15\n")
                    .getBytes(StandardCharsets.UTF_8));
        String account = manager.get("/api/v1/accounts?ref=CB-1").json().get("items").get(0).get("id").asString();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant morning = LocalDate.now(shanghai).plusDays(1).atTime(10, 0).atZone(shanghai).toInstant();
        clock.set(morning);
        String base = "http://localhost:" + port;

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(page.locator("#global-search")).isVisible();
        page.navigate(base + "/accounts/" + account);
        page.locator("#complaints-link").click();
        assertThat(page.locator("#intake-form")).isVisible();
        page.locator("#in-channel").selectOption("PHONE");
        page.locator("#in-category").selectOption("HARASSMENT");
        page.locator("#in-summary").fill("债务人来电投诉：晚上九点后仍接到催收电话");
        page.locator("#in-complainant").fill("赵敏");
        // the collector it is about: agents and team leads, not every user of the tenant
        assertThat(page.locator("#in-agent option[value='" + tenant.user(Role.ANALYST) + "']")).hasCount(0);
        page.locator("#in-agent").selectOption(tenant.user(Role.AGENT));
        page.locator("#in-hold").check();
        BrowserSupport.screenshot(page, "20-complaint-intake-zh");
        page.locator("#intake-submit").click();
        assertThat(page.locator("#complaint-taken")).containsText("投诉已登记");
        page.navigate(base + "/accounts/" + account);
        assertThat(page.locator("#door-verdicts tr[data-channel=CALL]").first()).containsText("HOLD.COMPLAINT");

        Page officer = browser.page("zh-CN");
        BrowserSupport.login(officer, port, tenant.user(Role.COMPLIANCE), TestTenant.PASSWORD);
        assertThat(officer.locator("#global-search")).isVisible();
        // nothing is overdue yet: the board opens on the complaints to acknowledge
        officer.navigate(base + "/compliance/complaints");
        assertThat(officer.locator("#complaints")).containsText("赵敏");
        officer.navigate(base + "/compliance/complaints?sla=TO_ACKNOWLEDGE");
        assertThat(officer.locator("#complaints")).containsText("赵敏");
        assertThat(officer.locator("#tab-TO_ACKNOWLEDGE")).containsText("1");
        BrowserSupport.screenshot(officer, "21-complaints-workbench-zh");
        officer.locator("#complaints a.btn").first().click();
        officer.locator("#acknowledge").click();
        assertThat(officer.locator("#complaint-state")).containsText("已确认");
        officer.locator("#investigate").click();
        assertThat(officer.locator("#complaint-state")).containsText("调查中");
        officer.locator("#note-form textarea").fill("调取外呼记录：21:10 有一次呼出");
        officer.locator("#note-form button").click();
        assertThat(officer.locator("#complaint-notes")).containsText("21:10");
        officer.locator("#resolve-form select[name=outcome]").selectOption("SUBSTANTIATED");
        officer.locator("#resolve-form textarea[name=rootCause]").fill("外呼系统时区配置错误");
        officer.locator("#resolve-form textarea[name=remedy]").fill("书面致歉；修正时区配置");
        officer.locator("#resolve-form textarea[name=resolution]").fill("投诉属实，已致歉并整改");
        BrowserSupport.screenshot(officer, "22-complaint-resolve-zh");
        officer.locator("#resolve").click();
        assertThat(officer.locator("#complaint-state")).containsText("已解决");
        assertThat(officer.locator("#complaint-resolution")).containsText("外呼系统时区配置错误");
        BrowserSupport.screenshot(officer, "23-complaint-resolved-zh");
        page.reload();
        assertThat(page.locator("#holds")).containsText("投诉属实，已致歉并整改");

        // a second complaint left unacknowledged: overdue in red, in English
        page.navigate(base + "/accounts/" + account + "/complaints");
        page.locator("#in-category").selectOption("RUDE_CONDUCT");
        page.locator("#in-summary").fill("催收员态度恶劣");
        page.locator("#intake-submit").click();
        assertThat(page.locator("#complaint-taken")).isVisible();
        clock.set(morning.plusSeconds(3 * 24 * 3600 + 5 * 3600));
        officer.navigate(base + "/compliance/complaints?sla=OVERDUE&lang=en");
        assertThat(officer.locator("#complaints .overdue-by")).containsText("Overdue by");
        officer.locator("#escalate-now").click();
        assertThat(officer.locator("#complaint-escalated")).containsText("Escalated 1");
        assertThat(officer.locator("#complaints")).containsText("Escalated");
        BrowserSupport.screenshot(officer, "24-complaints-overdue-en");
    }

}
