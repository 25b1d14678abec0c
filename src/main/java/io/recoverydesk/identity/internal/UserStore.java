package io.recoverydesk.identity.internal;

import io.recoverydesk.kernel.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for users, teams and their scopes. */
@Repository
class UserStore {

    private static final String SELECT_USER = """
            select u.tenant_id, u.id, u.username, u.display_name, u.password_hash, u.roles, u.team_id, t.code as team_code,
                   u.enabled, u.locked_until, u.sessions_valid_after
            from app_user u left join team t on t.tenant_id = u.tenant_id and t.id = u.team_id
            """;

    private final JdbcClient jdbc;

    private final TokenPrincipals principals;

    UserStore(JdbcClient jdbc, TokenPrincipals principals) {
        this.jdbc = jdbc;
        this.principals = principals;
    }

    Optional<UserRecord> findByUsername(String username) {
        return jdbc.sql(SELECT_USER + " where u.username = ?")
            .param(username)
            .query(this::mapUser)
            .optional()
            .map(this::withScopes);
    }

    /** The owner of a live (unrevoked, unexpired) access token with this hash. */
    Optional<UserRecord> findByTokenHash(String tokenHash, java.time.Instant now) {
        return jdbc.sql(SELECT_USER + """
                 join access_token k on k.tenant_id = u.tenant_id and k.user_id = u.id
                where k.token_hash = ? and k.revoked_at is null and k.expires_at > ?""")
            .params(tokenHash, SqlValues.utc(now))
            .query(this::mapUser)
            .optional()
            .map(this::withScopes);
    }

    Optional<UserRecord> findById(TenantId tenant, UUID id) {
        return jdbc.sql(SELECT_USER + " where u.tenant_id = ? and u.id = ?")
            .params(tenant.value(), id)
            .query(this::mapUser)
            .optional()
            .map(this::withScopes);
    }

    List<UserRecord> findAll(TenantId tenant) {
        return jdbc.sql(SELECT_USER + " where u.tenant_id = ? order by u.username")
            .param(tenant.value())
            .query(this::mapUser)
            .list()
            .stream()
            .map(this::withScopes)
            .toList();
    }

    /** The tenant's users by username, without their creditor scopes (one query). */
    List<UserRecord> members(TenantId tenant) {
        return jdbc.sql(SELECT_USER + " where u.tenant_id = ? order by u.username")
            .param(tenant.value())
            .query(this::mapUser)
            .list();
    }

    /** One user of the tenant, without their creditor scopes. */
    Optional<UserRecord> member(TenantId tenant, String username) {
        return jdbc.sql(SELECT_USER + " where u.tenant_id = ? and u.username = ?")
            .params(tenant.value(), username)
            .query(this::mapUser)
            .optional();
    }

    private UserRecord mapUser(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString("roles").split(","))
            .filter(s -> !s.isBlank())
            .map(Role::valueOf)
            .collect(Collectors.toUnmodifiableSet());
        return new UserRecord(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getObject("id", UUID.class),
                rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"), roles,
                rs.getObject("team_id", UUID.class), rs.getString("team_code"), rs.getBoolean("enabled"),
                SqlValues.instant(rs, "locked_until"), SqlValues.instant(rs, "sessions_valid_after"), Set.of(),
                Set.of());
    }

    /** The user's own and their team's creditor scopes, in one round trip. */
    private UserRecord withScopes(UserRecord u) {
        Set<String> userScopes = new HashSet<>();
        Set<String> teamScopes = new HashSet<>();
        jdbc.sql("""
                select 'U', creditor_code from user_creditor_scope where tenant_id = ? and user_id = ?
                union all
                select 'T', creditor_code from team_creditor_scope where tenant_id = ? and team_id = ?""")
            .params(u.tenantId().value(), u.id(), u.tenantId().value(), u.teamId())
            .query(rs -> {
                (rs.getString(1).equals("U") ? userScopes : teamScopes).add(rs.getString(2));
            });
        return new UserRecord(u.tenantId(), u.id(), u.username(), u.displayName(), u.passwordHash(), u.roles(),
                u.teamId(), u.teamCode(), u.enabled(), u.lockedUntil(), u.sessionsValidAfter(), Set.copyOf(userScopes),
                Set.copyOf(teamScopes));
    }

    Set<String> teamScopes(TenantId tenant, UUID teamId) {
        return Set.copyOf(jdbc.sql("select creditor_code from team_creditor_scope where tenant_id = ? and team_id = ?")
            .params(tenant.value(), teamId)
            .query(String.class)
            .list());
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
            .param(username)
            .query(Integer.class)
            .single() > 0;
    }

    void insertUser(TenantId tenant, UUID id, String username, String displayName, String passwordHash, Set<Role> roles,
            UUID teamId, Set<String> scopes, Instant now) {
        jdbc.sql("""
                insert into app_user (tenant_id, id, username, display_name, password_hash, roles, team_id, enabled,
                  failed_logins, sessions_valid_after, created_at)
                values (?, ?, ?, ?, ?, ?, ?, true, 0, ?, ?)""")
            .params(tenant.value(), id, username, displayName, passwordHash,
                    roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), teamId,
                    SqlValues.utc(now), SqlValues.utc(now))
            .update();
        for (String code : scopes) {
            jdbc.sql("insert into user_creditor_scope (tenant_id, user_id, creditor_code) values (?, ?, ?)")
                .params(tenant.value(), id, code)
                .update();
        }
    }

    /**
     * Writes an edited user's name, roles, team and own creditor scopes;
     * {@code sessionsEndAt} (null: sessions stay) ends the sessions begun before it.
     */
    void updateUser(TenantId tenant, UUID id, String displayName, Set<Role> roles, UUID teamId, Set<String> scopes,
            Instant sessionsEndAt) {
        principals.invalidate();
        String roleList = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        if (sessionsEndAt == null) {
            jdbc.sql("update app_user set display_name = ?, roles = ?, team_id = ? where tenant_id = ? and id = ?")
                .params(displayName, roleList, teamId, tenant.value(), id)
                .update();
        }
        else {
            jdbc.sql("""
                    update app_user set display_name = ?, roles = ?, team_id = ?, sessions_valid_after = ?
                    where tenant_id = ? and id = ?""")
                .params(displayName, roleList, teamId, SqlValues.utc(sessionsEndAt), tenant.value(), id)
                .update();
        }
        jdbc.sql("delete from user_creditor_scope where tenant_id = ? and user_id = ?")
            .params(tenant.value(), id)
            .update();
        for (String code : scopes) {
            jdbc.sql("insert into user_creditor_scope (tenant_id, user_id, creditor_code) values (?, ?, ?)")
                .params(tenant.value(), id, code)
                .update();
        }
    }

    /**
     * Sets a new password hash: the failed logins and a lock are cleared, the sessions
     * begun before {@code now} end.
     */
    void setPassword(TenantId tenant, UUID id, String passwordHash, Instant now) {
        principals.invalidate();
        jdbc.sql("""
                update app_user set password_hash = ?, failed_logins = 0, first_failed_at = null, locked_until = null,
                  sessions_valid_after = ?
                where tenant_id = ? and id = ?""")
            .params(passwordHash, SqlValues.utc(now), tenant.value(), id)
            .update();
    }

    Optional<UUID> teamId(TenantId tenant, String code) {
        return jdbc.sql("select id from team where tenant_id = ? and code = ?")
            .params(tenant.value(), code)
            .query(UUID.class)
            .optional();
    }

    void insertTeam(TenantId tenant, UUID id, String code, String name, Set<String> scopes, Instant now) {
        jdbc.sql("insert into team (tenant_id, id, code, name, created_at) values (?, ?, ?, ?, ?)")
            .params(tenant.value(), id, code, name, SqlValues.utc(now))
            .update();
        for (String scope : scopes) {
            jdbc.sql("insert into team_creditor_scope (tenant_id, team_id, creditor_code) values (?, ?, ?)")
                .params(tenant.value(), id, scope)
                .update();
        }
    }

    List<TeamView> teams(TenantId tenant) {
        return jdbc.sql("select id, code, name from team where tenant_id = ? order by code")
            .param(tenant.value())
            .query((rs, n) -> new TeamView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                    List.of()))
            .list()
            .stream()
            .map(t -> new TeamView(t.id(), t.code(), t.name(), teamScopes(tenant, t.id()).stream().sorted().toList()))
            .toList();
    }

    void setEnabled(TenantId tenant, UUID id, boolean enabled, Instant now) {
        principals.invalidate();
        if (enabled) {
            jdbc.sql("update app_user set enabled = true, failed_logins = 0, locked_until = null "
                    + "where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .update();
        }
        else {
            jdbc.sql("update app_user set enabled = false, sessions_valid_after = ? where tenant_id = ? and id = ?")
                .params(SqlValues.utc(now), tenant.value(), id)
                .update();
        }
    }

    /** What a login attempt may do. */
    enum Attempt {

        /**
         * The password may be checked; the attempt counts as failed until it succeeds.
         */
        RESERVED,
        /** Locked, or as many attempts as allowed are already failed or in flight. */
        REFUSED,
        /** No such user. */
        UNKNOWN

    }

    /**
     * Reserves a login attempt before the password is checked, so that parallel guesses
     * cannot get more than {@code maxFailures} checks per window: each reservation counts
     * as a failure until {@link #recordSuccessfulLogin} takes it back.
     */
    Attempt reserveLoginAttempt(String username, Instant now, int maxFailures, java.time.Duration window) {
        record Counter(int failures, Instant firstFailedAt, Instant lockedUntil) {
        }
        Optional<Counter> counter = jdbc
            .sql("select failed_logins, first_failed_at, locked_until from app_user where username = ? for update")
            .param(username)
            .query((rs, n) -> new Counter(rs.getInt(1), SqlValues.instant(rs, "first_failed_at"),
                    SqlValues.instant(rs, "locked_until")))
            .optional();
        if (counter.isEmpty()) {
            return Attempt.UNKNOWN;
        }
        Counter c = counter.get();
        if (c.lockedUntil() != null && c.lockedUntil().isAfter(now)) {
            return Attempt.REFUSED;
        }
        boolean inWindow = c.firstFailedAt() != null && c.firstFailedAt().plus(window).isAfter(now);
        int failures = inWindow ? c.failures() : 0;
        if (failures >= maxFailures) {
            return Attempt.REFUSED;
        }
        jdbc.sql("update app_user set failed_logins = ?, first_failed_at = ? where username = ?")
            .params(failures + 1, SqlValues.utc(inWindow ? c.firstFailedAt() : now), username)
            .update();
        return Attempt.RESERVED;
    }

    /**
     * Confirms a reserved attempt as failed; answers true when the failures reached the
     * limit and this call locked the account.
     */
    boolean lockIfTooManyFailures(String username, Instant now, int maxFailures, java.time.Duration lockFor) {
        return jdbc.sql("""
                update app_user set failed_logins = 0, first_failed_at = null, locked_until = ?
                where username = ? and failed_logins >= ? and (locked_until is null or locked_until <= ?)""")
            .params(SqlValues.utc(now.plus(lockFor)), username, maxFailures, SqlValues.utc(now))
            .update() > 0;
    }

    /**
     * Takes back the failures counted so far, but never a lock that parallel failures set
     * meanwhile.
     */
    void recordSuccessfulLogin(String username, Instant now) {
        jdbc.sql("""
                update app_user set failed_logins = 0, first_failed_at = null, locked_until = null
                where username = ? and (failed_logins <> 0 or locked_until is not null)
                  and (locked_until is null or locked_until <= ?)""").params(username, SqlValues.utc(now)).update();
    }

    /** A team as the API and the pages show it. */
    record TeamView(UUID id, String code, String name, List<String> creditorScopes) {
    }

}
