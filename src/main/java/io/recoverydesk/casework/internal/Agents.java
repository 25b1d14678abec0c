package io.recoverydesk.casework.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.SqlLists;
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
        return Optional.ofNullable(findAll(tenant, List.of(username)).get(username));
    }

    /**
     * The enabled users among these usernames, by username (the others are absent), with
     * their effective scopes: three statements per {@value SqlLists#CHUNK} names, not
     * three per user.
     */
    Map<String, CurrentUser> findAll(TenantId tenant, Collection<String> usernames) {
        Map<String, CurrentUser> users = new LinkedHashMap<>();
        for (List<String> chunk : SqlLists.chunks(new LinkedHashSet<>(usernames))) {
            users.putAll(chunk(tenant, chunk));
        }
        return users;
    }

    private Map<String, CurrentUser> chunk(TenantId tenant, List<String> names) {
        record Row(UUID id, String username, String displayName, String roles, UUID teamId) {
        }
        List<Row> rows = jdbc
            .sql("select id, username, display_name, roles, team_id from app_user where tenant_id = ? and username in ("
                    + SqlLists.marks(names.size()) + ") and enabled = true")
            .params(SqlLists.params(tenant.value(), names))
            .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("username"),
                    rs.getString("display_name"), rs.getString("roles"), rs.getObject("team_id", UUID.class)))
            .list();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<String>> userScopes = scopes(tenant, "user_creditor_scope", "user_id",
                rows.stream().map(Row::id).toList());
        Map<UUID, Set<String>> teamScopes = scopes(tenant, "team_creditor_scope", "team_id",
                rows.stream().map(Row::teamId).filter(Objects::nonNull).distinct().toList());
        Map<String, CurrentUser> users = new LinkedHashMap<>();
        for (Row r : rows) {
            Set<Role> roles = Arrays.stream(r.roles().split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Role::valueOf)
                .collect(Collectors.toSet());
            Set<String> team = r.teamId() == null ? Set.of() : teamScopes.getOrDefault(r.teamId(), Set.of());
            users.put(r.username(),
                    new CurrentUser(tenant, r.id(), r.username(), r.displayName(), roles, r.teamId(), CurrentUser
                        .effectiveScope(roles, userScopes.getOrDefault(r.id(), Set.of()), team, r.teamId() != null)));
        }
        return users;
    }

    /** Creditor codes by owner (user or team) from one of the two scope tables. */
    private Map<UUID, Set<String>> scopes(TenantId tenant, String table, String owner, List<UUID> owners) {
        Map<UUID, Set<String>> scopes = new HashMap<>();
        if (owners.isEmpty()) {
            return scopes;
        }
        jdbc.sql("select " + owner + ", creditor_code from " + table + " where tenant_id = ? and " + owner + " in ("
                + SqlLists.marks(owners.size()) + ")")
            .params(SqlLists.params(tenant.value(), owners))
            .query(rs -> {
                scopes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getString(2));
            });
        return scopes;
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
        return jdbc
            .sql("select username from app_user where tenant_id = ? and enabled = false and username in ("
                    + SqlLists.marks(usernames.size()) + ")")
            .params(SqlLists.params(tenant.value(), usernames))
            .query(String.class)
            .list();
    }

}
