package io.recoverydesk.casework.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agents of a tenant as the work queues need them, read from the identity tables: an
 * agent as a {@link CurrentUser} (for the scope checks made on their behalf), and the
 * agents of a team.
 */
@Component
class Agents {

    private final JdbcClient jdbc;

    Agents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled user with this username in the tenant, with their effective scope. */
    Optional<CurrentUser> find(TenantId tenant, String username) {
        record Row(UUID id, String username, String displayName, String roles, UUID teamId) {
        }
        Optional<Row> row = jdbc
            .sql("select id, username, display_name, roles, team_id from app_user"
                    + " where tenant_id = ? and username = ? and enabled = true")
            .params(tenant.value(), username)
            .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("username"),
                    rs.getString("display_name"), rs.getString("roles"), rs.getObject("team_id", UUID.class)))
            .optional();
        return row.map(r -> {
            Set<Role> roles = Arrays.stream(r.roles().split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Role::valueOf)
                .collect(Collectors.toSet());
            Set<String> userScopes = new HashSet<>(
                    jdbc.sql("select creditor_code from user_creditor_scope where tenant_id = ? and user_id = ?")
                        .params(tenant.value(), r.id())
                        .query(String.class)
                        .list());
            Set<String> teamScopes = r.teamId() == null ? Set.of()
                    : new HashSet<>(jdbc
                        .sql("select creditor_code from team_creditor_scope where tenant_id = ? and team_id = ?")
                        .params(tenant.value(), r.teamId())
                        .query(String.class)
                        .list());
            return new CurrentUser(tenant, r.id(), r.username(), r.displayName(), roles, r.teamId(),
                    CurrentUser.effectiveScope(roles, userScopes, teamScopes, r.teamId() != null));
        });
    }

    /** Usernames of the enabled agents of a team. */
    List<String> ofTeam(TenantId tenant, UUID teamId) {
        return jdbc
            .sql("select username, roles from app_user where tenant_id = ? and team_id = ? and enabled = true"
                    + " order by username")
            .params(tenant.value(), teamId)
            .query((rs, n) -> rs.getString("roles").contains(Role.AGENT.name()) ? rs.getString("username") : null)
            .list()
            .stream()
            .filter(u -> u != null)
            .toList();
    }

    /**
     * Usernames of the disabled users of a team (leavers): their open tasks stay on the
     * lead's list until handed over.
     */
    List<String> leaversOfTeam(TenantId tenant, UUID teamId) {
        return jdbc
            .sql("select username from app_user where tenant_id = ? and team_id = ? and enabled = false"
                    + " order by username")
            .params(tenant.value(), teamId)
            .query(String.class)
            .list();
    }

    /** Which of these usernames belong to disabled users of the tenant. */
    List<String> disabled(TenantId tenant, java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>();
        params.add(tenant.value());
        params.addAll(usernames);
        return jdbc
            .sql("select username from app_user where tenant_id = ? and enabled = false and username in ("
                    + String.join(", ", java.util.Collections.nCopies(usernames.size(), "?")) + ")")
            .params(params)
            .query(String.class)
            .list();
    }

}
