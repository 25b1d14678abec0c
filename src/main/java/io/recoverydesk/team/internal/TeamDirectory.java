package io.recoverydesk.team.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.identity.Tenants.Member;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.team.Roster.Absence;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reading the team: the agents (users with the AGENT role) an actor may see, with their
 * schedules for a period, and the checks the writers share.
 */
@Service
class TeamDirectory {

    private final Tenants tenants;

    private final Schedules schedules;

    private final Clock clock;

    private final TeamStore store;

    TeamDirectory(Tenants tenants, Schedules schedules, TeamStore store, Clock clock) {
        this.tenants = tenants;
        this.schedules = schedules;
        this.store = store;
        this.clock = clock;
    }

    LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(tenants.get(tenant).zone()));
    }

    /** The asked-for period, a week from today in the tenant's zone by default. */
    Period period(TenantId tenant, LocalDate from, LocalDate to) {
        return Period.of(from, to, today(tenant));
    }

    /** Every agent of the tenant, disabled ones too, by username. */
    List<Member> agents(TenantId tenant) {
        // sorted here: the database's collation may order usernames differently
        return tenants.members(tenant)
            .stream()
            .filter(m -> m.hasRole(Role.AGENT))
            .sorted(Comparator.comparing(Member::username))
            .toList();
    }

    /** The agents the actor may see, with their schedules for the period. */
    List<AgentView> agents(TeamActor actor, Period period) {
        requireReader(actor);
        return schedules.of(actor.tenant(),
                agents(actor.tenant()).stream().filter(agent -> TeamAccess.sees(actor, agent)).toList(), period);
    }

    /** One agent the actor may see, with their schedule for the period. */
    AgentView agent(TeamActor actor, String username, Period period) {
        requireReader(actor);
        Member agent = requireAgent(actor.tenant(), username);
        if (!TeamAccess.sees(actor, agent)) {
            throw new AccessDeniedException("agent " + username + " is in another team");
        }
        return schedules.of(actor.tenant(), List.of(agent), period).get(0);
    }

    /**
     * The absences of the tenant's agents that touch the period, earliest first, by
     * username.
     */
    Map<String, List<Absence>> absences(TenantId tenant, Period period) {
        return TeamStore.byAgent(store.absences(tenant, period.from(), period.to()));
    }

    /** One agent's absences that touch the period, earliest first (no access check). */
    List<Absence> absences(TenantId tenant, String username, Period period) {
        return store.absences(tenant, username, period.from(), period.to());
    }

    /** The agent with this username in the tenant (404 for anyone else). */
    Member requireAgent(TenantId tenant, String username) {
        return tenants.member(tenant, username)
            .filter(m -> m.hasRole(Role.AGENT))
            .orElseThrow(() -> new NotFoundException("No agent " + username + "."));
    }

    /** The agent, when the actor may change their profile and absences (else 404/403). */
    Member requireManaged(TeamActor actor, String username) {
        Member agent = requireAgent(actor.tenant(), username);
        if (!TeamAccess.manages(actor, agent)) {
            throw new AccessDeniedException(actor.username() + " may not change agent " + username);
        }
        return agent;
    }

    boolean manages(TeamActor actor, String username) {
        return TeamAccess.manages(actor, requireAgent(actor.tenant(), username));
    }

    private static void requireReader(TeamActor actor) {
        if (!TeamAccess.reads(actor)) {
            throw new AccessDeniedException(actor.username() + " may not read the team");
        }
    }

}
