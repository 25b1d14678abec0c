package io.recoverydesk.web;

import com.microsoft.playwright.Page;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation holds a manager's many pages on one line at 1366 px, in English too: the
 * pages are grouped in menus; the menu of the page shown is marked; the user's menu holds
 * the tokens and logging out.
 */
class NavigationBrowserIT extends BrowserTest {

    @Test
    void aManagersNavigationFitsOneLineAndLeadsToTheGroupedPages() {
        TestTenant tenant = tenants.create();
        Page page = browser.page("en");
        BrowserSupport.login(page, port, tenant.user(Role.MANAGER), TestTenant.PASSWORD);
        page.navigate("http://localhost:" + port + "/accounts?lang=en");
        double height = page.locator("nav.rd-nav").boundingBox().height;
        assertThat(height).as("navigation height at 1366 px").isLessThan(70);

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Team").setExact(true))
            .click();
        assertThat(page.locator(".dropdown-menu.show")).containsText("Approvals");
        BrowserSupport.screenshot(page, "08-navigation-team-menu-en");
        page.locator(".dropdown-menu.show").getByText("Agents and capacity").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/team$"));
        assertThat(page.locator(".rd-nav .dropdown-toggle.active")).hasText("Team");
        assertThat(page.locator("a[data-nav='team']")).hasClass(java.util.regex.Pattern.compile("active"));

        // the team's overdue tasks and the agent's own tasks share a path: the exact
        // address decides
        page.navigate("http://localhost:" + port + "/tasks?team=true");
        assertThat(page.locator(".rd-nav .dropdown-toggle.active")).hasText("Team");
        assertThat(page.locator(".rd-nav a.nav-link[data-nav='tasks']")).not()
            .hasClass(java.util.regex.Pattern.compile("active"));
    }

    @Test
    void anAgentFindsTheirPagesAndLogsOutFromTheirMenu() {
        TestTenant tenant = tenants.create();
        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.AGENT), TestTenant.PASSWORD);
        page.navigate("http://localhost:" + port + "/payments");
        assertThat(page.locator(".rd-nav .dropdown-toggle.active")).hasText("委案与还款");
        assertThat(page.locator(".rd-nav")).not().containsText("团队逾期任务");
        assertThat(page.locator(".rd-nav")).not().containsText("还款倾向模型");
        page.locator("#user-menu").click();
        assertThat(page.locator(".dropdown-menu.show")).containsText("令牌");
        BrowserSupport.screenshot(page, "09-navigation-user-menu-zh");
        // a token asked for with too long a validity: refused, the name kept
        page.navigate("http://localhost:" + port + "/tokens");
        page.locator("#t-name").fill("我的笔记本");
        page.evaluate("document.getElementById('t-days').removeAttribute('max')");
        page.locator("#t-days").fill("9999");
        page.locator("#t-days").press("Enter");
        assertThat(page.locator("#t-name")).hasValue("我的笔记本");
        assertThat(page.locator("#t-days")).hasValue("9999");
        page.locator("#user-menu").click();
        page.locator(".dropdown-menu.show button").click();
        assertThat(page.locator(".alert-info")).containsText("已退出");
    }

}
