package io.recoverydesk.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager logs in, uploads a placement, finds an account and opens it; in Chinese and
 * in English.
 */
class PortfolioBrowserIT extends BrowserTest {

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void login(Page page, String username, String password) {
        BrowserSupport.login(page, port, username, password);
    }

    @Test
    void aManagerUploadsAPlacementSearchesAndOpensTheAccount() throws Exception {
        TestTenant tenant = tenants.create();
        Page page = browser.page("zh-CN");
        page.navigate(url("/login"));
        assertThat(page.locator("h1")).hasText("回款台");
        BrowserSupport.screenshot(page, "01-login-zh");

        login(page, tenant.user(Role.MANAGER), "wrong-password");
        assertThat(page.locator(".alert-danger")).containsText("用户名或密码错误");
        login(page, tenant.user(Role.MANAGER), TestTenant.PASSWORD);
        assertThat(page.locator("h1")).hasText("账户查询");
        assertThat(page.locator(".rd-card p.rd-muted")).containsText("还没有账户");

        Path csv = Files.createTempFile("placement", ".csv");
        Files.writeString(csv, "creditor_ref,debtor_name,national_id,phone_1,address,city,province,product,principal,"
                + "interest,fees,penalty,first_delinquency_date,last_payment_date,last_payment_amount,language\n"
                + "BR-1,李雷,110101199003074514,13800138001,文化路8号,杭州市,浙江省,CREDIT_CARD,11200,940,200.60,0,"
                + "2026-09-06,2026-08-02,500,yue\n"
                + "BR-2,韩梅梅,,13900139000,,,,CONSUMER_LOAN,5000,0,0,0,2026-10-01,,,\n"
                + "BR-3,坏数据,,12345,,,,,1,000,0,0,0,2026-10-01,,,\n", StandardCharsets.UTF_8);
        page.navigate(url("/placements"));
        page.locator("#creditor").selectOption("C1");
        page.locator("#file").setInputFiles(csv);
        page.locator("#mode").selectOption("lenient");
        BrowserSupport.screenshot(page, "02-placements-upload");
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#report-status")).hasText("已完成（有错误行）");
        assertThat(page.locator("#imported-again")).not().isVisible();
        assertThat(page.locator("#stat-accountsCreated")).hasText("2");
        assertThat(page.locator("#stat-rowsRejected")).hasText("1");
        assertThat(page.locator("#errors")).containsText("INVALID_PHONE");
        // the explanations in the reader's language (stored in English for the API and
        // CSV)
        assertThat(page.locator("#errors")).containsText("不是 CN 的有效电话号码：12345");
        assertThat(page.locator("#errors")).containsText("须为真实存在的日期");
        BrowserSupport.screenshot(page, "03-placement-report");
        String report = page.url();

        // the accounts this placement created, not the creditor's whole portfolio
        page.locator("#view-created").click();
        assertThat(page.locator("#placement-filter")).containsText("本批新建");
        assertThat(page.locator("table.rd-table tbody tr")).hasCount(2);

        // the same file again: nothing is imported twice, and the page says so
        page.navigate(url("/placements"));
        page.locator("#creditor").selectOption("C1");
        page.locator("#file").setInputFiles(csv);
        page.locator("#mode").selectOption("lenient");
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#imported-again")).containsText("本次没有重复导入");
        org.assertj.core.api.Assertions.assertThat(page.url()).startsWith(report);

        page.locator("#global-search").fill("李雷");
        page.locator("#global-search").press("Enter");
        assertThat(page.locator("table.rd-table tbody tr")).hasCount(1);
        BrowserSupport.screenshot(page, "04-account-search");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("李雷")).click();
        assertThat(page.locator("#balance-total")).hasText("¥12,340.60");
        assertThat(page.locator("#contact-points")).containsText("+86 138****8001");
        assertThat(page.locator("#debtor-language")).hasText("粤语 (yue)");
        assertThat(page.locator("#compliance-panel #door-verdicts")).isVisible();
        page.locator("#contact-points button").first().click();
        assertThat(page.locator("#contact-points")).containsText("+8613800138001");
        BrowserSupport.screenshot(page, "05-account-view-zh");

        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("#debtor-card h2")).hasText("Debtor");
        assertThat(page.locator("#debtor-language")).hasText("Cantonese (yue)");
        BrowserSupport.screenshot(page, "06-account-view-en");
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'PHONE_REVEALED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void aLargeUploadShowsItsProgressAndLandsOnTheReport() throws Exception {
        TestTenant tenant = tenants.create();
        Path csv = Files.createTempFile("large", ".csv");
        try (var writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            new io.recoverydesk.demo.PortfolioGenerator(11, java.time.LocalDate.now()).writeCsv(writer, 40_000, "L");
        }
        Page page = browser.page("zh-CN");
        login(page, tenant.user(Role.MANAGER), TestTenant.PASSWORD);
        page.navigate(url("/placements"));
        page.locator("#creditor").selectOption("C2");
        page.locator("#file").setInputFiles(csv);
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#upload-phase")).isVisible();
        assertThat(page.locator(".progress-bar")).isVisible();
        BrowserSupport.screenshot(page, "02b-upload-progress");
        assertThat(page.locator("#report-status")).hasText("已完成",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(120_000));
        assertThat(page.locator("#stat-accountsCreated")).hasText("40000");

        // a file the background import refuses: its progress page says why in Chinese
        Path noRefs = Files.createTempFile("no-refs", ".csv");
        Files.writeString(noRefs, "name,amount\n张三,100\n");
        page.navigate(url("/placements"));
        page.locator("#creditor").selectOption("C2");
        page.locator("#file").setInputFiles(noRefs);
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#upload-problem")).containsText("文件缺少必需的列");
    }

    @Test
    void anAgentSeesOnlyTheTeamsCreditorsAndNoAdminPages() {
        TestTenant tenant = tenants.create();
        Page page = browser.page("zh-CN");
        login(page, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(page.locator("nav")).not().containsText("用户");
        assertThat(page.locator("nav")).not().containsText("委案批次");
        page.navigate(url("/users"));
        assertThat(page.locator("h1")).containsText("无权");
        page.navigate(url("/creditors"));
        assertThat(page.locator("table")).containsText("C1");
        assertThat(page.locator("table")).not().containsText("C2");
        BrowserSupport.screenshot(page, "07-agent-creditors");
        page.locator("#user-menu").click();
        page.locator("nav form button").click();
        assertThat(page.locator(".alert-info")).containsText("已退出");
    }

    @Test
    void disablingAUserEndsTheirOpenSession() {
        TestTenant tenant = tenants.create();
        Page agent = browser.page("zh-CN");
        login(agent, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(agent.locator("h1")).hasText("账户查询");

        Page admin = browser.page("zh-CN");
        login(admin, tenant.user(Role.ADMIN), TestTenant.PASSWORD);
        admin.navigate(url("/users"));
        admin.locator("tr", new Page.LocatorOptions().setHasText(tenant.user(Role.AGENT)))
            .locator("button[type=submit]")
            .click();
        assertThat(admin.locator("tr", new Page.LocatorOptions().setHasText(tenant.user(Role.AGENT))))
            .containsText("已停用");

        agent.navigate(url("/accounts"));
        assertThat(agent.locator(".alert-warning")).containsText("会话已结束");
        login(agent, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        assertThat(agent.locator(".alert-danger")).isVisible();
    }

    @Test
    void anAdminCreatesAUserAndDisablesThem() {
        TestTenant tenant = tenants.create();
        Page page = browser.page("en-US");
        login(page, tenant.user(Role.ADMIN), TestTenant.PASSWORD);
        page.navigate(url("/users?lang=en"));
        // no role: refused, what was typed stays and the field says why
        page.locator("#u-username").fill("browser-" + tenant.code());
        page.locator("#u-display").fill("Browser User");
        page.locator("#u-password").fill("password-22");
        page.locator("#u-team").selectOption("T1");
        page.locator("form[action$='/users'] button[type=submit]").click();
        assertThat(page.locator("#form-error")).containsText("correct the fields marked below");
        assertThat(page.locator("#u-roles-problem")).containsText("Choose at least one role");
        assertThat(page.locator("#u-username")).hasValue("browser-" + tenant.code());
        assertThat(page.locator("#u-display")).hasValue("Browser User");
        assertThat(page.locator("#u-team")).hasValue("T1");
        page.locator("#u-password").fill("password-22");
        page.locator("input[name=roles][value=AGENT]").check();
        page.locator("form[action$='/users'] button[type=submit]").click();
        assertThat(page.locator("table")).containsText("browser-" + tenant.code());
        BrowserSupport.screenshot(page, "08-users-en");
        assertThat(page.locator("table tbody tr")).hasCount(Role.values().length + 1);
        assertThat(page.title()).isNotBlank();
    }

    @Test
    void anAdminEditsAUserWhoseOpenSessionEndsAndResetsTheirPassword() {
        TestTenant tenant = tenants.create();
        String agentName = tenant.user(Role.AGENT);
        Page agent = browser.page("zh-CN");
        login(agent, agentName, TestTenant.PASSWORD);
        Page admin = browser.page("zh-CN");
        login(admin, tenant.user(Role.ADMIN), TestTenant.PASSWORD);
        admin.navigate(url("/users"));
        admin.locator("tr", new Page.LocatorOptions().setHasText(agentName))
            .locator("a", new Locator.LocatorOptions().setHasText("编辑"))
            .click();
        assertThat(admin.locator("h1")).hasText("编辑用户 " + agentName);
        assertThat(admin.locator("#e-team")).hasValue("T1");

        // a team lead needs a team: refused, what was chosen stays
        admin.locator("input[name=roles][value=AGENT]").uncheck();
        admin.locator("input[name=roles][value=TEAM_LEAD]").check();
        admin.locator("#e-team").selectOption("");
        admin.locator("#user-edit-form button[type=submit]").click();
        assertThat(admin.locator("#form-error")).containsText("用户未修改");
        assertThat(admin.locator("#e-team")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(admin.locator("input[name=roles][value=TEAM_LEAD]")).isChecked();
        // the refusal is shown at the form's POST address: switching the language goes to
        // the edit page, not to an address that answers only POST
        admin.locator("a", new Page.LocatorOptions().setHasText("EN")).first().click();
        assertThat(admin.locator("h1")).hasText("Edit user " + agentName);
        admin.locator("a", new Page.LocatorOptions().setHasText("中文")).first().click();
        assertThat(admin.locator("h1")).hasText("编辑用户 " + agentName);
        admin.locator("input[name=roles][value=AGENT]").uncheck();
        admin.locator("input[name=roles][value=TEAM_LEAD]").check();

        admin.locator("#e-team").selectOption("T1");
        admin.locator("#e-display").fill("升任组长");
        admin.locator("#user-edit-form button[type=submit]").click();
        assertThat(admin.locator("#user-updated")).containsText("已保存对 " + agentName + " 的修改");
        Locator row = admin.locator("tr", new Page.LocatorOptions().setHasText(agentName));
        assertThat(row).containsText("升任组长");
        assertThat(row.locator(".badge").first()).hasText("组长");
        BrowserSupport.screenshot(admin, "08-users-edited");

        agent.navigate(url("/accounts"));
        assertThat(agent.locator(".alert-warning")).containsText("会话已结束");

        admin.locator("tr", new Page.LocatorOptions().setHasText(agentName))
            .locator("a", new Locator.LocatorOptions().setHasText("编辑"))
            .click();
        // 25 characters, 75 bytes: past bcrypt's 72 (a shorter one the browser itself
        // holds back)
        admin.locator("#e-password").fill("密".repeat(25));
        admin.locator("#password-form button[type=submit]").click();
        assertThat(admin.locator("#password-error")).containsText("密码未重置");
        admin.locator("#e-password").fill("a-new-password-3");
        admin.locator("#password-form button[type=submit]").click();
        assertThat(admin.locator("#password-reset")).containsText("密码已重置");
        BrowserSupport.screenshot(admin, "08-user-edit");
        login(agent, agentName, "a-new-password-3");
        assertThat(agent.locator("h1")).isVisible();
        assertThat(agent.locator(".alert-danger")).hasCount(0);

        // a stale link to a user that does not exist: the "not found" page, not an error
        com.microsoft.playwright.Response missing = admin
            .navigate(url("/users/" + java.util.UUID.randomUUID() + "/edit"));
        assertThat(missing.status()).isEqualTo(404);

        // an admin keeps their own ADMIN role
        admin.navigate(url("/users"));
        admin.locator("tr", new Page.LocatorOptions().setHasText(tenant.user(Role.ADMIN)))
            .locator("a", new Locator.LocatorOptions().setHasText("编辑"))
            .click();
        admin.locator("input[name=roles][value=ADMIN]").uncheck();
        admin.locator("input[name=roles][value=MANAGER]").check();
        admin.locator("#user-edit-form button[type=submit]").click();
        assertThat(admin.locator("#e-own-admin-problem")).containsText("不能取消自己的管理员角色");
    }

}
