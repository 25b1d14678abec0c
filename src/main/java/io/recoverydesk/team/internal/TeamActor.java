package io.recoverydesk.team.internal;

import java.util.Set;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants.Member;
import io.recoverydesk.kernel.TenantId;

/** Who reads or changes team data: the signed-in user, or the user the system acts as. */
record TeamActor(TenantId tenant, String username, Set<Role> roles, UUID teamId) {

    TeamActor {
        roles = Set.copyOf(roles);
    }

    static TeamActor of(CurrentUser user) {
        return new TeamActor(user.tenantId(), user.username(), user.roles(), user.teamId());
    }

    static TeamActor of(TenantId tenant, Member member) {
        return new TeamActor(tenant, member.username(), member.roles(), member.teamId());
    }

    boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

}
