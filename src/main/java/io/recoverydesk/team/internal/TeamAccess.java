package io.recoverydesk.team.internal;

import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants.Member;

/**
 * Who may see and change which agents: admins and managers every agent of the tenant,
 * analysts every agent read only, team leads the agents of their own team.
 */
final class TeamAccess {

    /** Read access as a Spring Security expression. */
    static final String READ = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'ANALYST')";

    /** Write access as a Spring Security expression (a team lead within their team). */
    static final String WRITE = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD')";

    private TeamAccess() {
    }

    static boolean reads(TeamActor actor) {
        return actor.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.TEAM_LEAD, Role.ANALYST);
    }

    static boolean sees(TeamActor actor, Member agent) {
        return actor.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.ANALYST) || leads(actor, agent);
    }

    static boolean manages(TeamActor actor, Member agent) {
        return actor.hasAnyRole(Role.ADMIN, Role.MANAGER) || leads(actor, agent);
    }

    private static boolean leads(TeamActor actor, Member agent) {
        return actor.hasAnyRole(Role.TEAM_LEAD) && actor.teamId() != null && actor.teamId().equals(agent.teamId());
    }

}
