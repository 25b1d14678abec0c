package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.recoverydesk.identity.Role;

/**
 * The approval-limits form as typed: percents (0 to 100, at most one decimal) of agent,
 * team lead and manager, each at least the one below it. {@link #problems()} names each
 * field's problem as a message key with its arguments; {@link #fractions()} gives the
 * limits as the service takes them.
 */
record LimitsForm(String agent, String teamLead, String manager) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One field's problem: a message key of {@code messages-promises} and its arguments.
     */
    record Problem(String key, List<Object> args) {
    }

    /** The form showing the tenant's limits (fractions by role) as percents. */
    static LimitsForm of(Map<Role, BigDecimal> limits) {
        return new LimitsForm(percent(limits.get(Role.AGENT)), percent(limits.get(Role.TEAM_LEAD)),
                percent(limits.get(Role.MANAGER)));
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The typed percents by role, in ladder order. */
    Map<Role, String> typed() {
        Map<Role, String> typed = new LinkedHashMap<>();
        typed.put(Role.AGENT, agent);
        typed.put(Role.TEAM_LEAD, teamLead);
        typed.put(Role.MANAGER, manager);
        return typed;
    }

    /** The problems by role, in ladder order; empty when the form is good. */
    Map<Role, Problem> problems() {
        Map<Role, Problem> problems = new LinkedHashMap<>();
        Map<Role, BigDecimal> parsed = parsed(problems);
        Role below = null;
        for (Role role : SettlementLimits.SETTABLE) {
            BigDecimal value = parsed.get(role);
            if (value == null) {
                continue;
            }
            if (below != null && value.compareTo(parsed.get(below)) < 0) {
                problems.put(role, new Problem("arr.limits.error.order",
                        List.of("arr.role." + role.name(), "arr.role." + below.name(), parsed.get(below))));
            }
            below = role;
        }
        return problems;
    }

    /** The limits as fractions of the balance, by role name; only for a good form. */
    Map<String, BigDecimal> fractions() {
        Map<Role, Problem> problems = new LinkedHashMap<>();
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        parsed(problems).forEach((role, value) -> out.put(role.name(), value.movePointLeft(2)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the form has problems: " + problems);
        }
        return out;
    }

    private Map<Role, BigDecimal> parsed(Map<Role, Problem> problems) {
        Map<Role, BigDecimal> parsed = new LinkedHashMap<>();
        typed().forEach((role, text) -> {
            String field = "arr.role." + role.name();
            if (text == null || text.isBlank()) {
                problems.put(role, new Problem("arr.limits.error.required", List.of(field)));
                return;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text.strip().replace('，', '.').replace(',', '.'));
            }
            catch (NumberFormatException ex) {
                problems.put(role, new Problem("arr.limits.error.number", List.of(field)));
                return;
            }
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 1) {
                problems.put(role, new Problem("arr.limits.error.number", List.of(field)));
                return;
            }
            parsed.put(role, value);
        });
        return parsed;
    }

}
