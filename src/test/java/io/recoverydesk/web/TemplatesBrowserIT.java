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

/**
 * A strategist drafts an SMS template with a threat in it, sees the finding marked, fixes
 * it and submits; they cannot approve their own version; the compliance officer approves
 * it and previews it for an account.
 */
class TemplatesBrowserIT extends BrowserTest {

    @Test
    void aStrategistDraftsAndComplianceApproves() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "p.csv",
                ("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n"
                        + "TB-1,王芳,13800138001,2000,2026-01-15\n")
                    .getBytes(StandardCharsets.UTF_8));
        String account = manager.get("/api/v1/accounts?ref=TB-1").json().get("items").get(0).get("id").asString();

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.ANALYST), TestTenant.PASSWORD);
        assertThat(page.locator("#global-search")).isVisible();
        page.navigate("http://localhost:" + port + "/compliance/templates");
        assertThat(page.locator("#tpl-list")).containsText("还没有模板");
        page.locator("#c-code").fill("sms-first");
        page.locator("#c-name").fill("首次提醒短信");
        page.locator("#c-stage").selectOption("INITIAL_COLLECTION");
        page.locator("#c-channel").selectOption("SMS");
        page.locator("#c-body").fill("{{debtorName}}您好，再不还款就通知你单位。");
        page.locator("#tpl-create button[type=submit]").click();
        assertThat(page.locator("#open-body mark")).containsText("单位");
        assertThat(page.locator("#open-issues")).isVisible();
        BrowserSupport.screenshot(page, "30-template-finding-zh");
        page.locator("#btn-submit").click();
        assertThat(page.locator("#tpl-error")).isVisible();

        page.locator("#edit-body")
            .fill("{{debtorName}}您好，您在{{creditorName}}的账户尚欠{{balance}}{{currency}}，请联系{{agentName}}。");
        page.locator("#btn-save").click();
        assertThat(page.locator("#open-clean")).isVisible();
        page.locator("#btn-submit").click();
        assertThat(page.locator("#tpl-done")).containsText("已提交审核");

        Page officer = browser.page("zh-CN");
        BrowserSupport.login(officer, port, tenant.user(Role.COMPLIANCE), TestTenant.PASSWORD);
        assertThat(officer.locator("#global-search")).isVisible();
        officer.navigate("http://localhost:" + port + "/compliance/templates?status=IN_REVIEW");
        assertThat(officer.locator("#tpl-list")).containsText("sms-first");
        officer.locator("#tpl-list a").first().click();
        assertThat(officer.locator("#tpl-current")).containsText("尚无已批准的版本");
        BrowserSupport.screenshot(officer, "31-template-review-zh");
        officer.locator("#btn-approve").click();
        assertThat(officer.locator("#tpl-done")).containsText("已批准");
        assertThat(officer.locator("#tpl-current")).containsText("请联系");
        officer.locator("#preview-account").fill(account);
        officer.locator("#tpl-preview button[type=submit]").click();
        assertThat(officer.locator("#preview-result")).containsText("王芳您好，您在Creditor One的账户尚欠2,000.00CNY");
        BrowserSupport.screenshot(officer, "32-template-approved-zh");

        // the strategist's new draft, in English: the review buttons are not theirs
        page.navigate("http://localhost:" + port + "/compliance/templates/sms-first?lang=en");
        page.locator("#edit-body").fill("{{debtorName}}您好，请联系{{agentName}}。");
        page.locator("#btn-save").click();
        page.locator("#btn-submit").click();
        assertThat(page.locator("#btn-approve")).isDisabled();
        assertThat(page.locator("#review-blocked")).containsText("Only compliance");
        assertThat(page.locator("#tpl-current")).containsText("v1");
        BrowserSupport.screenshot(page, "33-template-author-en");
    }

}
