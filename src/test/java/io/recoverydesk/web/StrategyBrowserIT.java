package io.recoverydesk.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * A strategist looks at the strategy in effect, runs it and watches the progress, then
 * starts a draft, moves the M1 small-balance boundary in the segment editor, sees the gap
 * it opens and a dead row reported, fixes both, publishes, runs again, and finds the new
 * segment counts; an agent sees the account's segment and priority parts in the case
 * view.
 */
class StrategyBrowserIT extends BrowserTest {

    @Test
    void aStrategistChangesTheSegmentsInTheEditorAndTheNextRunFollowsThem() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        LocalDate today = TestTenant.today(clock);
        StringBuilder csv = new StringBuilder("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n");
        String[] balances = { "500", "1500", "8000", "3000" };
        int[] dpds = { 10, 10, 10, 45 };
        for (int i = 0; i < 12; i++) {
            csv.append("ST-")
                .append(i)
                .append(",客户")
                .append(i)
                .append(",1380014")
                .append(String.format("%04d", i))
                .append(',')
                .append(balances[i % 4])
                .append(',')
                .append(today.minusDays(dpds[i % 4]))
                .append('\n');
        }
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "st.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.ANALYST), TestTenant.PASSWORD);
        page.navigate("http://localhost:" + port + "/strategy");
        assertThat(page.locator("#in-effect")).containsText("v1");
        assertThat(page.locator("#segments tr[data-segment='EARLY_LOW']")).containsText("逾期天数 0–30");
        // codes named in the reader's language
        assertThat(page.locator("#segments tr[data-segment='ARRANGED']")).containsText("还款协议 分期、承诺还款、减免结清");
        assertThat(page.locator("#segments tr[data-segment='HOLD']")).containsText("暂停 破产、要求停止联系、");
        assertThat(page.locator("#path-DIGITAL_FIRST")).containsText("暂停条件：");
        assertThat(page.locator("#path-DIGITAL_FIRST")).not().containsText("PROMISE");
        page.locator("#run-now").click();
        assertThat(page.locator("#run-status")).hasText("已完成");
        assertThat(page.locator("#run-counts")).containsText("12 / 12");
        assertThat(page.locator("#run-actions")).containsText("短信");
        BrowserSupport.screenshot(page, "60-strategy-run-zh");
        // a chunk that failed on the way and succeeded when tried again: said so, with
        // its technical reason
        jdbc.sql("update strategy_run set error = 'connection reset' where tenant_id = ?")
            .param(tenant.id().value())
            .update();
        page.reload();
        assertThat(page.locator("#run-error")).containsText("重试后已完成");
        assertThat(page.locator("#run-error code")).hasText("connection reset");

        page.navigate("http://localhost:" + port + "/strategy");
        assertThat(page.locator("#segments tr[data-segment='EARLY_LOW'] .segment-count")).hasText("6");
        assertThat(page.locator("#segments tr[data-segment='EARLY'] .segment-count")).hasText("3");
        BrowserSupport.screenshot(page, "61-strategy-overview-zh");

        page.locator("#new-draft").click();
        assertThat(page.locator("#version-status")).hasText("草稿");
        // fields that cannot be read: nothing saved, each named where the reader sees it
        // (rows counted from 1) and outlined
        page.locator("input[name='rows[1].dpdMin']").fill("abc");
        page.locator("input[name='rows[1].contactMin']").fill("-3");
        page.locator("input[name='rows[1].scoreBands']").fill("A, Z");
        page.locator("#save").click();
        assertThat(page.locator("#problems")).containsText("客群表第 2 行 · 逾期天数：“abc”不是整数");
        assertThat(page.locator("#problems")).containsText("客群表第 2 行 · 距上次联系（天）：“-3”不能为负数");
        assertThat(page.locator("#problems")).containsText("评分等级：“Z”不是可选值（可选：A, B, C, D, E, NONE）");
        for (String field : List.of("dpdMin", "contactMin", "scoreBands")) {
            assertThat(page.locator("input[name='rows[1]." + field + "']"))
                .hasClass(java.util.regex.Pattern.compile("is-invalid"));
        }
        assertThat(page.locator("#saved")).hasCount(0);
        // the check of a definition that could not be read would be about other rules
        assertThat(page.locator("#findings")).hasCount(0);
        page.navigate(page.url());
        // EARLY_LOW is the third row: raise its balance bound from 2,000 to 1,000 → 1,500
        // accounts move to EARLY
        page.locator("input[name='rows[2].balanceMax']").fill("1000");
        // a row that can never match: after the catch-all for M6+
        page.locator("input[name='rows[8].code']").fill("NEVER");
        page.locator("input[name='rows[8].dpdMin']").fill("200");
        page.locator("input[name='rows[8].path']").fill("RECOVERY");
        page.locator("#save").click();
        assertThat(page.locator("#saved")).isVisible();
        assertThat(page.locator("#findings [data-code='SHADOWED']")).isVisible();
        // 1,000–2,000 in M1 is now in no segment
        assertThat(page.locator("#findings [data-code='GAP']")).isVisible();
        BrowserSupport.screenshot(page, "62-strategy-editor-zh");
        // the tenant has none of the default strategy's templates: said, not refused
        assertThat(page.locator("#findings [data-code='STEP_TEMPLATE_UNKNOWN']").first()).isVisible();
        String nextWeek = TestTenant.today(clock).plusDays(7).toString();
        page.locator("#effectiveFrom").fill(nextWeek);
        page.locator("#publish-button").click();
        assertThat(page.locator("#error")).isVisible();
        // refused for the errors: the date chosen stays
        assertThat(page.locator("#effectiveFrom")).hasValue(nextWeek);
        page.locator("#effectiveFrom").fill(TestTenant.today(clock).toString());

        page.locator("input[name='rows[8].delete']").check();
        page.locator("input[name='rows[3].balanceMin']").fill("1000");
        page.locator("#save").click();
        assertThat(page.locator("#findings [data-code='SHADOWED']")).hasCount(0);
        assertThat(page.locator("#findings [data-code='GAP']")).hasCount(0);
        page.locator("#publish-button").click();
        assertThat(page.locator("#version-status")).hasText("已发布");
        // the published version names codes as the overview does
        assertThat(page.locator("#segments tr[data-segment='HOLD']")).containsText("暂停 破产、要求停止联系、");

        page.navigate("http://localhost:" + port + "/strategy?lang=en");
        assertThat(page.locator("#in-effect")).containsText("v2");
        page.locator("#run-now").click();
        assertThat(page.locator("#run-status")).hasText("Completed");
        page.navigate("http://localhost:" + port + "/strategy");
        assertThat(page.locator("#segments tr[data-segment='EARLY_LOW'] .segment-count")).hasText("3");
        assertThat(page.locator("#segments tr[data-segment='EARLY'] .segment-count")).hasText("6");
        BrowserSupport.screenshot(page, "63-strategy-overview-en");

        // a challenger for the M1 accounts under 1,000: the readout says there are too
        // few accounts yet
        page.navigate("http://localhost:" + port + "/strategy/experiments?lang=zh-CN");
        page.locator("#x-name").fill("短信优先对比电话优先");
        page.locator("#x-segment").selectOption("EARLY_LOW");
        page.locator("#x-path").selectOption("CALL_FIRST");
        // a share above 90 % (past the browser's own check): refused, the choices kept
        page.evaluate("document.getElementById('x-share').removeAttribute('max')");
        page.locator("#x-share").fill("150");
        page.locator("#x-start").click();
        assertThat(page.locator("#x-name")).hasValue("短信优先对比电话优先");
        assertThat(page.locator("#x-segment")).hasValue("EARLY_LOW");
        assertThat(page.locator("#x-path")).hasValue("CALL_FIRST");
        assertThat(page.locator("#x-share")).hasValue("150");
        page.locator("#x-share").fill("50");
        page.locator("#x-start").click();
        assertThat(page.locator("#experiment-status")).hasText("进行中");
        page.navigate("http://localhost:" + port + "/strategy");
        page.locator("#run-now").click();
        assertThat(page.locator("#run-status")).hasText("已完成");
        page.navigate("http://localhost:" + port + "/strategy/experiments");
        page.locator("#experiments a").first().click();
        assertThat(page.locator("#readout tbody tr")).hasCount(4);
        assertThat(page.locator("#readout-note")).containsText("至少需要 30 个账户");
        BrowserSupport.screenshot(page, "67-strategy-experiment-zh");

        String account = manager.get("/api/v1/accounts?ref=ST-2").json().get("items").get(0).get("id").asString();
        Page agent = browser.page("zh-CN");
        BrowserSupport.login(agent, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        agent.navigate("http://localhost:" + port + "/accounts/" + account);
        // the segment by its name in the version the account still matches, its code as
        // the title
        assertThat(agent.locator("#strategy-segment")).hasText("M1 及未到期，2,000 及以上");
        assertThat(agent.locator("#strategy-segment")).hasAttribute("title", "EARLY");
        assertThat(agent.locator("#strategy-allocation-detail")).not().containsText("人工固定 —");
        assertThat(agent.locator("#strategy-parts")).containsText("余额");
        BrowserSupport.screenshot(agent, "64-strategy-case-view-zh");
    }

}
