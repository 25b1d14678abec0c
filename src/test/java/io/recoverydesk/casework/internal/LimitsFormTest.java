package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval-limits form takes percents from 0 to 100 with at most one decimal, rising
 * up the ladder, and names each field's problem.
 */
class LimitsFormTest {

    @Test
    void aGoodFormGivesFractions() {
        LimitsForm form = new LimitsForm("10", " 15.5 ", "100.0");
        assertThat(form.problems()).isEmpty();
        assertThat(form.fractions()).containsExactly(Map.entry("AGENT", new BigDecimal("0.10")),
                Map.entry("TEAM_LEAD", new BigDecimal("0.155")), Map.entry("MANAGER", new BigDecimal("1.000")));
    }

    @Test
    void showsTheTenantsLimitsAsPercents() {
        LimitsForm form = LimitsForm.of(Map.of(Role.AGENT, new BigDecimal("0.1"), Role.TEAM_LEAD,
                new BigDecimal("0.155"), Role.MANAGER, new BigDecimal("0.5")));
        assertThat(form).isEqualTo(new LimitsForm("10.0", "15.5", "50.0"));
    }

    @Test
    void namesEachFieldsProblem() {
        Map<Role, LimitsForm.Problem> problems = new LimitsForm("", "abc", "100.5").problems();
        assertThat(problems.get(Role.AGENT).key()).isEqualTo("arr.limits.error.required");
        assertThat(problems.get(Role.TEAM_LEAD).key()).isEqualTo("arr.limits.error.number");
        assertThat(problems.get(Role.MANAGER).key()).isEqualTo("arr.limits.error.number");
        assertThat(new LimitsForm("1.25", "-1", "20").problems()).containsOnlyKeys(Role.AGENT, Role.TEAM_LEAD);
    }

    @Test
    void eachLimitIsAtLeastTheOneBelow() {
        Map<Role, LimitsForm.Problem> problems = new LimitsForm("20", "10", "50").problems();
        assertThat(problems).containsOnlyKeys(Role.TEAM_LEAD);
        assertThat(problems.get(Role.TEAM_LEAD)).isEqualTo(new LimitsForm.Problem("arr.limits.error.order",
                List.of("arr.role.TEAM_LEAD", "arr.role.AGENT", new BigDecimal("20"))));
        assertThat(new LimitsForm("10", "60", "50").problems()).containsOnlyKeys(Role.MANAGER);
        assertThat(new LimitsForm("25", "25", "25").problems()).isEmpty();
    }

}
