package io.recoverydesk.web;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.recoverydesk.BrowserSupport;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A manager opens the team page, sets an agent's products and weekly hours (a wrong limit
 * first, which the form names), adds an absence from today, and finds both on the team
 * page; an analyst reads the same pages without the forms.
 */
class TeamBrowserIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    io.recoverydesk.identity.Tenants identity;

    @org.springframework.beans.factory.annotation.Autowired
    io.recoverydesk.team.TeamAdministration team;

    @Test
    void aManagerSetsAnAgentsHoursAndAbsenceAndTheTeamPageShowsThem() {
        TestTenant tenant = tenants.create();
        String agent = tenant.user(Role.AGENT);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        // a colleague with a stored profile and a training next week
        identity.createUser(tenant.id(), "lina-" + tenant.code(), "李娜", TestTenant.PASSWORD,
                java.util.EnumSet.of(Role.AGENT), java.util.Set.of(), "T1");
        team.profile(tenant.id(), tenant.user(Role.MANAGER), "lina-" + tenant.code(), java.util.Set.of("CARD"),
                java.util.Set.of("LEGAL"), 350, new java.math.BigDecimal("37.5"));
        team.absence(tenant.id(), tenant.user(Role.MANAGER), "lina-" + tenant.code(), today.plusDays(8),
                today.plusDays(9), "TRAINING", "调解技巧培训");

        Page page = browser.page("zh-CN");
        BrowserSupport.login(page, port, tenant.user(Role.MANAGER), TestTenant.PASSWORD);
        page.navigate("http://localhost:" + port + "/team");
        Locator row = page.locator("#agents tr[data-agent='" + agent + "']");
        assertThat(row.locator(".products")).hasText("全部产品");
        assertThat(row.locator(".hours")).hasText("40 h");
        assertThat(page.locator("a[data-nav='team']")).hasClass(java.util.regex.Pattern.compile("active"));

        row.locator("a").first().click();
        assertThat(page.locator("#defaults-note")).containsText("尚未设置档案");
        page.locator("#products").fill("CARD, LOAN");
        page.locator("#skills").fill("yue");
        page.locator("#weeklyHours").fill("20");
        page.locator("#maxOpenCases").fill("6000");
        page.locator("#save-profile").click();
        assertThat(page.locator("#maxOpenCases")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#profile-form .invalid-feedback")).hasText("请输入 0 到 5,000 之间的整数。");
        assertThat(page.locator("#products")).hasValue("CARD, LOAN");
        page.locator("#maxOpenCases").fill("300");
        page.locator("#save-profile").click();
        assertThat(page.locator("#saved")).hasText("档案已保存。");
        assertThat(page.locator("#profile-hours")).hasText("20 h");
        assertThat(page.locator("#profile-products")).containsText("CARD");

        page.locator("#firstDay").fill(today.toString());
        page.locator("#lastDay").fill(today.plusDays(2).toString());
        page.locator("#kind").selectOption("SICK");
        page.locator("#note").fill("流感，医生建议休息三天");
        page.locator("#add-absence").click();
        assertThat(page.locator("#saved")).hasText("缺勤已添加。");
        assertThat(page.locator("#absences tbody tr")).hasCount(1);
        assertThat(page.locator("#absences")).containsText("病假");
        // the same days again overlap
        page.locator("#firstDay").fill(today.plusDays(1).toString());
        page.locator("#lastDay").fill(today.plusDays(1).toString());
        page.locator("#add-absence").click();
        assertThat(page.locator("#absence-error")).containsText("重叠");
        BrowserSupport.screenshot(page, "70-team-agent-zh");

        page.locator("#back").click();
        assertThat(row.locator(".hours")).hasText("20 h");
        assertThat(row.locator(".products")).containsText("CARD");
        assertThat(row.locator(".products")).containsText("LOAN");
        assertThat(row.locator(".skills")).hasText("粤语");
        assertThat(row.locator(".skills span").first()).hasAttribute("title", "yue");
        assertThat(row.locator(".absent-today")).hasText("今日缺勤");
        assertThat(row.locator(".upcoming")).containsText("病假");
        assertThat(page.locator("#agents tr[data-agent='lina-" + tenant.code() + "'] .upcoming")).containsText("培训");
        BrowserSupport.screenshot(page, "71-team-zh");

        page.navigate("http://localhost:" + port + "/team?lang=en");
        assertThat(row.locator(".absent-today")).hasText("Away today");
        BrowserSupport.screenshot(page, "72-team-en");

        Page analyst = browser.page("zh-CN");
        BrowserSupport.login(analyst, port, tenant.user(Role.ANALYST), TestTenant.PASSWORD);
        analyst.navigate("http://localhost:" + port + "/team/agents/" + agent);
        assertThat(analyst.locator("#profile-hours")).hasText("20 h");
        assertThat(analyst.locator("#profile-form")).hasCount(0);
        assertThat(analyst.locator("#absence-form")).hasCount(0);
        assertThat(analyst.locator(".remove-absence")).hasCount(0);
    }

}
