package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.recoverydesk.identity.Tenants.Member;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.team.Roster.Absence;

import org.springframework.stereotype.Component;

/**
 * Builds agents' schedules for a period from their stored profiles (or the defaults) and
 * their absences, in two queries for any number of agents.
 */
@Component
class Schedules {

    private final TeamStore store;

    private final TeamProperties properties;

    Schedules(TeamStore store, TeamProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** The schedules of these agents, in the order given. */
    List<AgentView> of(TenantId tenant, List<Member> agents, Period period) {
        if (agents.isEmpty()) {
            return List.of();
        }
        Map<String, TeamStore.StoredProfile> profiles = store.profiles(tenant);
        Map<String, List<Absence>> absences = TeamStore.byAgent(store.absences(tenant, period.from(), period.to()));
        List<AgentView> views = new ArrayList<>(agents.size());
        for (Member agent : agents) {
            views.add(view(agent, profiles.get(agent.username()), absences.getOrDefault(agent.username(), List.of()),
                    period));
        }
        return views;
    }

    private AgentView view(Member agent, TeamStore.StoredProfile stored, List<Absence> absences, Period period) {
        Profile profile = stored == null ? Profile.defaults(properties) : stored.effective(properties);
        BigDecimal share = HoursShare.of(profile.weeklyHours(), properties.fullTimeHours(), period.from(), period.to(),
                absences);
        int capacity = agent.enabled() ? BigDecimal.valueOf(profile.maxOpenCases())
            .multiply(share)
            .setScale(0, RoundingMode.FLOOR)
            .intValueExact() : 0;
        boolean absent = HoursShare.covered(period.from(), absences);
        return new AgentView(agent.username(), agent.displayName(), agent.teamCode(), agent.enabled(),
                List.copyOf(profile.products()), List.copyOf(profile.skills()), profile.maxOpenCases(),
                profile.weeklyHours(), stored == null || stored.defaults(), share, capacity, absent, absences);
    }

}
