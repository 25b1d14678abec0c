package io.recoverydesk.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import io.recoverydesk.Api;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compliance officer samples last week, reviews a contact with the scorecard side
 * panel, and the agent reads the review; the agent may not open the QA queue.
 */
class QaBrowserIT extends BrowserTest {

    @Test
    void anOfficerReviewsASampledContactAndTheAgentSeesIt() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "p.csv",
                ("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n"
                        + "QB-1,王芳,13800138001,2000,2026-01-15\n")
                    .getBytes(StandardCharsets.UTF_8));
        String account = manager.get("/api/v1/accounts?ref=QB-1").json().get("items").get(0).get("id").asString();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate tomorrow = LocalDate.now(shanghai).plusDays(1);
        clock.set(tomorrow.atTime(10, 0).atZone(shanghai).toInstant());
        LocalDate monday = tomorrow.minusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        String week = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Api agent = api(tenant.user(Role.AGENT));
        String phone = agent.get("/api/v1/accounts/" + account).json().get("contactPoints").get(0).get("id").asString();
        Instant started = monday.atTime(10, 0).atZone(shanghai).toInstant();
        Map<String, Object> body = new HashMap<>(Map.of("accountId", account, "channel", "CALL", "direction",
                "OUTBOUND", "contactPointId", phone, "outcome", "REFUSED_TO_PAY", "startedAt", started.toString(),
                "durationSeconds", 95, "notes", "客户拒绝还款，我说再不还就通知你单位"));
        assertThat(agent.post("/api/v1/contacts", body).status()).isEqualTo(201);

        Page officer = browser.page("zh-CN");
        BrowserSupport.login(officer, port, tenant.user(Role.COMPLIANCE), TestTenant.PASSWORD);
        assertThat(officer.locator("#global-search")).isVisible();
        officer.navigate("http://localhost:" + port + "/qa");
        officer.locator("#qa-sampling input[name=week]").fill(week);
        officer.locator("#qa-sampling button[type=submit]").first().click();
        assertThat(officer.locator("#qa-sampled")).containsText(week);
        assertThat(officer.locator("#qa-queue")).containsText("备注发现");
        BrowserSupport.screenshot(officer, "30-qa-queue-zh");
        officer.navigate("http://localhost:" + port + "/qa?reason=VIOLATION");
        assertThat(officer.locator("#qa-queue")).containsText("没有待质检的联系");
        officer.locator("#qa-reason-filter a", new Page.LocatorOptions().setHasText("备注发现")).click();
        officer.locator("#qa-queue a.btn").first().click();
        assertThat(officer.locator("#qa-contact")).containsText("通知你单位");
        assertThat(officer.locator("#qa-recording")).containsText("暂无录音");
        for (String code : new String[] { "GREETING", "DISCLOSURE", "ACCURATE_INFORMATION", "EMPATHY",
                "OUTCOME_CODED" }) {
            officer.locator("label[for=s-" + code + "-5]").click();
        }
        officer.locator("label[for=s-NO_PROHIBITED_LANGUAGE-0]").click();
        officer.locator("#comment").fill("威胁性用语，需要辅导");
        officer.locator("#coachingNeeded").check();
        BrowserSupport.screenshot(officer, "31-qa-review-zh");
        officer.locator("#qa-review-form button[type=submit]").click();
        assertThat(officer.locator("#qa-reviewed")).isVisible();
        assertThat(officer.locator("#qa-scores-agents")).containsText("75.0");
        assertThat(officer.locator("#qa-scores-teams")).containsText("Team one");
        assertThat(officer.locator("#qa-recent")).containsText("75.0");
        BrowserSupport.screenshot(officer, "32-qa-scores-zh");

        officer.locator("#qa-scorecard input[name=weight]").nth(4).fill("5");
        officer.locator("#qa-scorecard input[name=code]").nth(6).fill("TONE");
        officer.locator("#qa-scorecard input[name=label]").nth(6).fill("语气平和");
        // weights summing to 102: refused, and every row stays as typed
        officer.locator("#qa-scorecard input[name=weight]").nth(6).fill("7");
        officer.locator("#qa-scorecard button[type=submit]").click();
        assertThat(officer.locator("#qa-error")).containsText("评分表无效");
        assertThat(officer.locator("#qa-scorecard input[name=code]").nth(6)).hasValue("TONE");
        assertThat(officer.locator("#qa-scorecard input[name=label]").nth(6)).hasValue("语气平和");
        assertThat(officer.locator("#qa-scorecard input[name=weight]").nth(4)).hasValue("5");
        officer.locator("#qa-scorecard input[name=weight]").nth(6).fill("5");
        officer.locator("#qa-scorecard button[type=submit]").click();
        assertThat(officer.locator("#qa-saved")).isVisible();
        assertThat(officer.url()).endsWith("/qa");
        officer.locator("#samplePercent").fill("0");
        officer.locator("#samplePercent").press("Enter");
        assertThat(officer.locator("#qa-error")).hasText("抽样比例须为 1–100 的整数，未保存。");
        assertThat(officer.locator("#samplePercent")).hasValue("0");
        officer.locator("#samplePercent").fill("20");
        officer.locator("#samplePercent").press("Enter");
        assertThat(officer.locator("#qa-saved")).isVisible();
        assertThat(officer.locator("#samplePercent")).hasValue("20");
        assertThat(officer.locator("#qa-scorecard h2")).containsText("第 2 版");
        assertThat(officer.locator("#qa-scorecard input[name=label]").first()).hasValue("问候与身份确认");
        assertThat(jdbc
            .sql("select label from qa_criterion c join qa_scorecard s on s.tenant_id = c.tenant_id "
                    + "and s.id = c.scorecard_id where c.tenant_id = ? and s.version = 2 order by c.position")
            .param(tenant.id().value())
            .query(String.class)
            .list()).startsWith("Greeting and identification").endsWith("语气平和");

        Page own = browser.page("en-US");
        BrowserSupport.login(own, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(own.locator("#global-search")).isVisible();
        own.navigate("http://localhost:" + port + "/qa/mine?lang=en");
        assertThat(own.locator("#qa-mine")).containsText("75.0");
        assertThat(own.locator("#qa-mine")).containsText("Coaching needed");
        BrowserSupport.screenshot(own, "33-qa-mine-en");
        assertThat(own.navigate("http://localhost:" + port + "/qa").status()).isEqualTo(403);

        Page lead = browser.page("zh-CN");
        BrowserSupport.login(lead, port, tenant.user(Role.TEAM_LEAD), TestTenant.PASSWORD);
        assertThat(lead.locator("#global-search")).isVisible();
        lead.navigate("http://localhost:" + port + "/qa/mine");
        assertThat(lead.locator("#qa-team")).containsText(tenant.user(Role.AGENT));
        assertThat(lead.locator("#qa-team")).containsText("需要辅导");
        assertThat(lead.locator("#qa-mine")).containsText("暂无质检评分");
        BrowserSupport.screenshot(lead, "34-qa-team-zh");
        JsonNode mine = agent.get("/api/v1/qa/reviews/mine").json();
        assertThat(mine.get(0).get("score").decimalValue()).isEqualByComparingTo("75.0");
    }

}
