package io.recoverydesk.allocation.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of a run: one assignment per placed account (ordered by account id), one
 * load per agent (by username), the accounts left unplaced, and the fairness band of each
 * team.
 */
public record AllocationPlan(List<Assignment> assignments, List<AgentLoad> loads, List<Unassigned> unassigned,
        List<TeamBalance> teams) {

    public AllocationPlan {
        assignments = List.copyOf(assignments);
        loads = List.copyOf(loads);
        unassigned = List.copyOf(unassigned);
        teams = List.copyOf(teams);
    }

    public Optional<Assignment> assignment(UUID accountId) {
        return assignments.stream().filter((a) -> a.accountId().equals(accountId)).findFirst();
    }

    public Optional<AgentLoad> load(String agent) {
        return loads.stream().filter((l) -> l.agent().equals(agent)).findFirst();
    }

    public Optional<TeamBalance> team(String team) {
        return teams.stream().filter((t) -> t.team().equals(team)).findFirst();
    }

}
