package io.recoverydesk.allocation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.recoverydesk.allocation.engine.AgentCapacity;
import io.recoverydesk.casework.WorkAssignments.AgentScope;
import io.recoverydesk.team.Roster.AgentSchedule;

/**
 * Turns the roster into the engine's agents. Besides the products and the skills of the
 * agent's profile, an agent holds {@code creditor:X} for each creditor they may see
 * (their team's scope) and {@code team:T} for their team, so that the engine's skill rule
 * also keeps accounts inside the creditors an agent serves and routes a path's accounts
 * to its team.
 */
final class AgentDesks {

    static final String NO_TEAM = "—";

    /** The product of accounts placed without one: every agent may work them. */
    static final String NO_PRODUCT = "(no product)";

    private AgentDesks() {
    }

    static String creditorSkill(String creditor) {
        return "creditor:" + creditor;
    }

    static String teamSkill(String team) {
        return "team:" + team.toUpperCase(Locale.ROOT);
    }

    static String skill(String skill) {
        return skill.toUpperCase(Locale.ROOT);
    }

    static List<AgentCapacity> of(List<AgentSchedule> roster, Map<String, AgentScope> scopes, Set<String> products,
            Set<String> creditors) {
        return roster.stream().map(agent -> of(agent, scopes.get(agent.username()), products, creditors)).toList();
    }

    private static AgentCapacity of(AgentSchedule agent, AgentScope scope, Set<String> products,
            Set<String> creditors) {
        Set<String> skills = new HashSet<>(agent.products().isEmpty() ? products : agent.products());
        skills.add(NO_PRODUCT);
        agent.skills().forEach(s -> skills.add(skill(s)));
        if (scope != null) {
            creditors.stream().filter(scope::sees).forEach(c -> skills.add(creditorSkill(c)));
        }
        if (agent.team() != null) {
            skills.add(teamSkill(agent.team()));
        }
        double share = agent.hoursShare().max(BigDecimal.ZERO).min(BigDecimal.ONE).doubleValue();
        return new AgentCapacity(agent.username(), agent.team() == null ? NO_TEAM : agent.team(), skills,
                agent.maxOpenCases(), share, agent.absent(), agent.active() && scope != null);
    }

    /** Open cases the agent may hold this period: 0 when away, gone or without hours. */
    static int capacity(AgentSchedule agent) {
        if (!agent.active() || agent.absent()) {
            return 0;
        }
        return agent.hoursShare()
            .max(BigDecimal.ZERO)
            .min(BigDecimal.ONE)
            .multiply(BigDecimal.valueOf(agent.maxOpenCases()))
            .setScale(0, RoundingMode.FLOOR)
            .intValue();
    }

    /** The teams with at least one agent able to take work this period. */
    static Set<String> staffedTeams(List<AgentSchedule> roster) {
        Set<String> teams = new TreeSet<>();
        roster.stream()
            .filter(a -> a.team() != null && capacity(a) > 0)
            .forEach(a -> teams.add(a.team().toUpperCase(Locale.ROOT)));
        return teams;
    }

}
