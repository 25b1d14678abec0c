package io.recoverydesk.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.playwright.Page;
import io.recoverydesk.Api;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent sees the door's verdict on the account page, logs contacts until the door says
 * no, and places a dispute hold; the compliance officer sees it on the desk and lifts it.
 */
class ComplianceBrowserIT extends BrowserTest {

    @Test
    void anAgentWorksThroughTheDoorAndComplianceLiftsTheHold() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "p.csv",
                ("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n"
                        + "DR-1,王芳,13800138001,2000,2026-01-15\n")
                    .getBytes(StandardCharsets.UTF_8));
        String account = manager.get("/api/v1/accounts?ref=DR-1").json().get("items").get(0).get("id").asString();
        // 10:00 tomorrow in Shanghai: inside the contact window, and after the users were
        // created (a session older than its user's creation would be refused)
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        java.time.Instant morning = java.time.LocalDate.now(shanghai)
            .plusDays(1)
            .atTime(10, 0)
            .atZone(shanghai)
            .toInstant();
        clock.set(morning);

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(page.locator("#global-search")).isVisible();
        page.navigate("http://localhost:" + port + "/accounts/" + account);
        assertThat(page.locator("#door-verdicts tr[data-channel=CALL]")).containsText("可以联系");
        assertThat(page.locator("#compliance-panel")).containsText("Asia/Shanghai");
        for (int i = 0; i < 3; i++) {
            clock.set(morning.plusSeconds(300L * i));
            page.locator("#lc-channel").selectOption("CALL");
            page.locator("#lc-outcome").selectOption("RIGHT_PARTY_CONTACT");
            page.locator("#log-contact textarea[name=notes]").fill("第 " + (i + 1) + " 次沟通");
            page.locator("#log-contact button[type=submit]").click();
            assertThat(page.locator("#history-title")).containsText("共 " + (i + 1) + " 条");
            assertThat(page.locator("#door-recorded")).isVisible();
        }
        assertThat(page.locator("#contact-history tr")).hasCount(3);
        clock.set(morning.plusSeconds(1200));
        page.reload();
        assertThat(page.locator("#door-verdicts tr[data-channel=CALL]")).containsText("现在不可");
        assertThat(page.locator("#door-verdicts tr[data-channel=CALL]")).containsText("今日有效通话: 0");
        BrowserSupport.unfocus(page);
        page.keyboard().press("3");
        assertThat(page.locator("#lc-outcome")).hasValue("PROMISE_TO_PAY");
        assertThat(page.locator("#log-contact textarea[name=notes]")).isFocused();
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#door-blocked")).containsText("CN.CONVERSATIONS");
        assertThat(page.locator("#door-blocked")).containsText("最早可联系时间");
        BrowserSupport.screenshot(page, "10-door-blocked-zh");

        page.locator("#place-hold select[name=type]").selectOption("DISPUTE");
        page.locator("#place-hold input[name=reason]").fill("债务人对金额有异议");
        page.locator("#place-hold button[type=submit]").click();
        assertThat(page.locator("#holds")).containsText("争议");
        assertThat(page.locator("#door-verdicts tr[data-channel=CALL]").first()).containsText("HOLD.DISPUTE");
        BrowserSupport.screenshot(page, "11-door-hold-zh");

        Page officer = browser.page("zh-CN");
        BrowserSupport.login(officer, port, tenant.user(Role.COMPLIANCE), TestTenant.PASSWORD);
        assertThat(officer.locator("#global-search")).isVisible();
        officer.navigate("http://localhost:" + port + "/compliance");
        assertThat(officer.locator("#active-holds")).containsText("债务人对金额有异议");
        assertThat(officer.locator("#pack-CN")).containsText("22:00");
        BrowserSupport.screenshot(officer, "12-compliance-desk-zh");
        officer.locator("#active-holds a").first().click();
        officer.locator("#holds input[name=reason]").fill("已核实金额无误");
        officer.locator("#holds button[type=submit]").click();
        assertThat(officer.locator("#holds")).containsText("已核实金额无误");
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'HOLD_LIFTED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);

        officer.navigate("http://localhost:" + port + "/compliance/dashboard");
        assertThat(officer.locator("#dash-blocked")).hasText("1");
        assertThat(officer.locator("#dash-contacts")).hasText("3");
        assertThat(officer.locator("#dash-blocked-by")).containsText("CN.CONVERSATIONS");
        assertThat(officer.locator("#dash-blocked-by")).containsText("每日有效沟通上限");
        assertThat(officer.locator("#dash-near")).containsText("今日已有效沟通 3 次");
        BrowserSupport.screenshot(officer, "14-compliance-dashboard-zh");
        com.microsoft.playwright.Download csv = officer.waitForDownload(() -> officer.locator("#dash-export").click());
        assertThat(csv.suggestedFilename()).startsWith("compliance-");

        // a call the dialer reports afterwards, made at 22:30 the evening before:
        // recorded,
        // with an alert the desk explains in Chinese
        String phone = manager.get("/api/v1/accounts/" + account)
            .json()
            .get("contactPoints")
            .get(0)
            .get("id")
            .asString();
        Api.Response reported = api(tenant.user(Role.AGENT)).post("/api/v1/contacts",
                Map.of("accountId", account, "channel", "CALL", "direction", "OUTBOUND", "contactPointId", phone,
                        "outcome", "NO_ANSWER", "startedAt", morning.minusSeconds(11 * 3600 + 1800).toString()));
        org.assertj.core.api.Assertions.assertThat(reported.status()).as(reported.body()).isEqualTo(201);

        officer.navigate("http://localhost:" + port + "/compliance");
        assertThat(officer.locator("#alerts")).containsText("CN.TIME：当地时间");
        assertThat(officer.locator("#alerts")).containsText("不在允许的 08:00–22:00 时段内");
        BrowserSupport.screenshot(officer, "12b-compliance-alert-zh");

        officer.navigate("http://localhost:" + port + "/accounts/" + account + "?lang=en");
        assertThat(officer.locator("#compliance-panel")).containsText("May contact now?");
        BrowserSupport.screenshot(officer, "13-door-en");

        // a rule pack with an unreadable time: the pack says so, keeps what was typed and
        // marks the field
        officer.navigate("http://localhost:" + port + "/compliance?lang=zh-CN");
        officer.locator("#pack-CN input[name='windowStart']").fill("25:00");
        officer.locator("#pack-CN input[name='cnConversationsPerDay']").fill("2");
        officer.locator("#pack-CN button[type=submit]").click();
        assertThat(officer.locator("#pack-error-CN")).containsText("设置无效");
        assertThat(officer.locator("#pack-CN input[name='windowStart']")).hasValue("25:00");
        assertThat(officer.locator("#pack-CN input[name='windowStart']"))
            .hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
        assertThat(officer.locator("#pack-CN input[name='cnConversationsPerDay']")).hasValue("2");
        // saved as stored, the page is the desk's again (a reload sends nothing)
        officer.navigate("http://localhost:" + port + "/compliance?lang=zh-CN");
        officer.locator("#pack-CN button[type=submit]").click();
        assertThat(officer.locator("#desk-saved")).isVisible();
        org.assertj.core.api.Assertions.assertThat(officer.url()).endsWith("/compliance");

        // the audit log in the tenant's zone, filtered by action, actor and day
        officer.navigate("http://localhost:" + port + "/audit?lang=zh-CN");
        assertThat(officer.locator("#audit-entries")).isVisible();
        assertThat(officer.locator("#audit-filter")).isVisible();
        assertThat(officer.locator("#audit-entries")).isVisible();
        assertThat(officer.getByText("时间按 Asia/Shanghai 显示")).isVisible();
        officer.locator("#a-action").selectOption("CONTACT_RECORDED");
        officer.locator("#a-actor").fill(tenant.user(Role.AGENT));
        officer.locator("#audit-filter button[type=submit]").click();
        // actions named in the reader's language, the code as the title
        assertThat(officer.locator("#audit-entries tbody tr").first()).containsText("记录联系");
        assertThat(officer.locator("#audit-entries tbody tr td[title=CONTACT_RECORDED]").first()).isVisible();
        assertThat(officer.locator("#audit-entries tbody tr").first()).containsText(tenant.user(Role.AGENT));
        assertThat(officer.locator("#audit-entries tbody tr",
                new com.microsoft.playwright.Page.LocatorOptions().setHasNotText("记录联系")))
            .hasCount(0);
        officer.locator("#a-from").fill("2001-01-01");
        officer.locator("#a-to").fill("2001-01-02");
        officer.locator("#audit-filter button[type=submit]").click();
        assertThat(officer.locator("#audit-entries tbody tr")).hasCount(0);
        assertThat(officer.locator("#audit-none")).containsText("没有符合条件的记录");
        BrowserSupport.screenshot(officer, "13b-audit-zh");
    }

}
