package io.recoverydesk.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import io.recoverydesk.Api;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A manager reads the allocation that followed the strategy run — each agent's count,
 * balance, expected value and why — opens one agent's lines, widens the fairness band,
 * allocates again, and pins a case to an agent on the assignment page.
 */
class AllocationBrowserIT extends BrowserTest {

    @Autowired
    Tenants tenantDirectory;

    @Test
    void aManagerReadsTheAllocationReportChangesThePolicyAndPinsACase() throws Exception {
        TestTenant tenant = tenants.create();
        String second = "second-" + tenant.code().substring(2);
        tenantDirectory.createUser(tenant.id(), second, "第二坐席", TestTenant.PASSWORD, EnumSet.of(Role.AGENT), Set.of(),
                "T1");
        LocalDate today = TestTenant.today(clock);
        StringBuilder csv = new StringBuilder("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n");
        String[] balances = { "8000", "3000", "12000", "1500" };
        int[] dpds = { 20, 45, 60, 400 };
        for (int i = 0; i < 16; i++) {
            csv.append("AL-")
                .append(i)
                .append(",客户")
                .append(i)
                .append(",1380015")
                .append(String.format("%04d", i))
                .append(',')
                .append(balances[i % 4])
                .append(',')
                .append(today.minusDays(dpds[i % 4]))
                .append('\n');
        }
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "al.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        Api analyst = api(tenant.user(Role.ANALYST));
        String runId = analyst.post("/api/v1/strategy/runs", "{}").json().get("runId").asString();
        for (int i = 0; i < 200 && !analyst.get("/api/v1/strategy/runs/" + runId)
            .json()
            .get("status")
            .asString()
            .equals("COMPLETED"); i++) {
            Thread.sleep(100);
        }

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.MANAGER), TestTenant.PASSWORD);
        page.navigate("http://localhost:" + port + "/allocation");
        assertThat(page.locator("#placed")).hasText("16");
        assertThat(page.locator("#agents tr[data-agent='" + second + "']")).containsText("T1");
        assertThat(page.locator("#agents tr[data-agent='" + tenant.user(Role.AGENT) + "']")).containsText("空闲产能");
        assertThat(page.locator("#teams tr[data-team='T1']")).isVisible();
        BrowserSupport.screenshot(page, "70-allocation-report-zh");

        page.locator("#agents tr[data-agent='" + second + "'] a").click();
        assertThat(page.locator("#lines tbody tr").first()).containsText("客户");
        assertThat(page.locator("#lines tbody tr").first()).containsText("新案件；在 2 名具备技能且有余量的坐席中");
        BrowserSupport.screenshot(page, "71-allocation-lines-zh");
        // the case view says who works the account and why
        page.locator("#lines tbody tr a").first().click();
        assertThat(page.locator("#strategy-allocation")).containsText("分配给 " + second);
        assertThat(page.locator("#strategy-allocation")).containsText("空闲产能");

        page.navigate("http://localhost:" + port + "/allocation");
        // not a number: refused beside the form, the page opened at it, what was typed
        // kept
        page.locator("#band").fill("abc");
        page.locator("#policy-form button").click();
        assertThat(page.locator("#policy-error")).isVisible();
        assertThat(page.locator("#band")).hasValue("abc");
        assertThat(page.locator("#band")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("#policy-form");
        page.locator("#band").fill("20");
        page.locator("#policy-form button").click();
        assertThat(page.locator("#policy-saved")).isVisible();
        assertThat(page.locator("#band")).hasValue("20");
        page.locator("#allocate-now").click();
        assertThat(page.locator("#ran")).containsText("已分配 16");
        assertThat(page.locator("#history tbody tr")).hasCount(2);

        page.navigate("http://localhost:" + port + "/work/assignments?agent=" + second);
        assertThat(page.locator("#assignments")).containsText("由分配运行");
        assertThat(page.locator("#pin-ids")).isChecked();
        String ref = page.locator("#assignments tbody tr a").first().textContent().split(" · ")[1];
        page.locator("#ids").fill(ref);
        page.locator("#agent-ids").selectOption(second);
        page.locator("#assign-ids button[type='submit']").click();
        assertThat(page.locator("#assign-result")).isVisible();
        page.navigate("http://localhost:" + port + "/work/assignments?agent=" + second);
        assertThat(page.locator("#assignments")).containsText("已固定");
        BrowserSupport.screenshot(page, "72-assignments-pinned-zh");
        page.locator("#assignments button:has-text('取消固定')").click();
        assertThat(page.locator("#unpin-result")).isVisible();
        assertThat(page.locator("#assignments")).not().containsText("已固定");
    }

}
