package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.recoverydesk.team.Roster.Absence;
import io.recoverydesk.team.Roster.AgentSchedule;

/**
 * One agent for a period as the API and the pages show it: the schedule allocation reads,
 * with the weekly hours behind the share and the open cases the agent can hold in the
 * period ({@code floor(maxOpenCases × hoursShare)}, 0 for a disabled user).
 *
 * @param defaultProfile nobody has set this agent's limits: they follow the defaults
 */
record AgentView(String username, String displayName, String team, boolean active, List<String> products,
        List<String> skills, int maxOpenCases, BigDecimal weeklyHours, boolean defaultProfile, BigDecimal hoursShare,
        int capacity, boolean absent, List<Absence> absences) {

    AgentView {
        products = List.copyOf(products);
        skills = List.copyOf(skills);
        absences = List.copyOf(absences);
    }

    AgentSchedule schedule() {
        return new AgentSchedule(username, displayName, team, Set.copyOf(products), Set.copyOf(skills), maxOpenCases,
                hoursShare, absent, active, absences);
    }

}
