package io.recoverydesk.identity.internal;

import io.recoverydesk.kernel.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CreditorDirectory;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.identity.UserAccessChanged;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenants, teams and users: creation with validation and an audit entry for each change.
 */
@Service
class TenantService implements Tenants {

    private final JdbcClient jdbc;

    private final UserStore users;

    private final PasswordEncoder passwordEncoder;

    private final AuditLog audit;

    private final Clock clock;

    private final ObjectProvider<CreditorDirectory> creditors;

    private final ApplicationEventPublisher events;

    TenantService(JdbcClient jdbc, UserStore users, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
            ObjectProvider<CreditorDirectory> creditors, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.creditors = creditors;
    }

    @Override
    public Tenant get(TenantId id) {
        // tenants are never changed after creation: every request may read them from
        // memory
        Tenant cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        Tenant tenant = jdbc.sql("select * from tenant where id = ?")
            .param(id.value())
            .query(this::map)
            .optional()
            .orElseThrow(() -> new NotFoundException("tenant " + id + " not found"));
        byId.put(id, tenant);
        return tenant;
    }

    @Override
    public java.util.List<Tenant> all() {
        return jdbc.sql("select * from tenant order by code").query(this::map).list();
    }

    private final java.util.Map<TenantId, Tenant> byId = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Optional<Tenant> findByCode(String code) {
        return jdbc.sql("select * from tenant where code = ?").param(code).query(this::map).optional();
    }

    private Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(new TenantId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("name"),
                rs.getString("country"), Currency.getInstance(rs.getString("currency")),
                ZoneId.of(rs.getString("zone_id")));
    }

    @Override
    @Transactional
    public Tenant create(String code, String name, String country, Currency currency, ZoneId zone) {
        TenantId id = new TenantId(Ids.newId());
        jdbc.sql(
                "insert into tenant (id, code, name, country, currency, zone_id, created_at) values (?, ?, ?, ?, ?, ?, ?)")
            .params(id.value(), code, name, country, currency.getCurrencyCode(), zone.getId(),
                    SqlValues.utc(clock.instant()))
            .update();
        audit.record(id, "system", "TENANT_CREATED", "tenant", id.toString(), "code=" + code);
        return new Tenant(id, code, name, country, currency, zone);
    }

    @Override
    @Transactional
    public void createTeam(TenantId tenant, String code, String name, Set<String> creditorScopes) {
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,40}") || name == null || name.isBlank()
                || name.length() > 200) {
            throw new BusinessRuleException("invalid-team",
                    "Team code: 1-40 letters, digits, dot, dash or underscore; name: 1-200 characters.");
        }
        requireKnownCreditors(tenant, creditorScopes, "creditorScopes");
        if (users.teamId(tenant, code).isPresent()) {
            throw new ConflictException("duplicate-team", "A team with code " + code + " already exists.");
        }
        UUID id = Ids.newId();
        users.insertTeam(tenant, id, code, name, creditorScopes, clock.instant());
        audit.record(tenant, actor(), "TEAM_CREATED", "team", id.toString(),
                "code=" + code + " scopes=" + String.join(",", creditorScopes));
    }

    @Override
    @Transactional
    public void createUser(TenantId tenant, String username, String displayName, String password, Set<Role> roles,
            Set<String> creditorScopes, String teamCode) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,60}")) {
            problems.add(new FieldProblem("username", "3-60 letters, digits, dot, dash or underscore"));
        }
        checkProfile(problems, displayName, roles, creditorScopes, teamCode);
        checkPassword(problems, password);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-user", "The user cannot be created.", problems);
        }
        UUID teamId = knownScopesAndTeam(tenant, creditorScopes, teamCode);
        if (users.usernameTaken(username)) {
            throw new ConflictException("duplicate-username", "The username " + username + " is taken.");
        }
        UUID id = Ids.newId();
        users.insertUser(tenant, id, username, displayName, passwordEncoder.encode(password), roles, teamId,
                creditorScopes, clock.instant());
        audit.record(tenant, actor(), "USER_CREATED", "user", id.toString(),
                "username=" + username + " roles=" + roles.stream().map(Enum::name).sorted().toList());
    }

    /**
     * Changes a user's name, roles, team and creditor scopes (checked as when created);
     * when what they may see or do changes, their sessions end (tokens follow within the
     * token cache's seconds). An administrator cannot take the ADMIN role from themself.
     */
    @Transactional
    UserRecord updateUser(TenantId tenant, UUID adminId, UUID userId, String displayName, Set<Role> roles,
            Set<String> creditorScopes, String teamCode) {
        UserRecord before = users.findById(tenant, userId)
            .orElseThrow(() -> new NotFoundException("user " + userId + " not found"));
        List<FieldProblem> problems = new ArrayList<>();
        checkProfile(problems, displayName, roles, creditorScopes, teamCode);
        if (userId.equals(adminId) && !roles.contains(Role.ADMIN)) {
            problems.add(new FieldProblem("ownAdmin", "you cannot take the ADMIN role from yourself"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-user-change", "The user was not changed.", problems);
        }
        UUID teamId = knownScopesAndTeam(tenant, creditorScopes, teamCode);
        String name = displayName.strip();
        boolean access = !roles.equals(before.roles()) || !creditorScopes.equals(before.userScopes())
                || !java.util.Objects.equals(teamId, before.teamId());
        if (!access && name.equals(before.displayName())) {
            return before;
        }
        users.updateUser(tenant, userId, name, roles, teamId, creditorScopes, access ? clock.instant() : null);
        if (access) {
            events.publishEvent(new UserAccessChanged(tenant, before.username(), actor()));
        }
        audit.record(tenant, actor(), "USER_UPDATED", "user", userId.toString(),
                "username=" + before.username() + changed(" displayName=", before.displayName(), name)
                        + changed(" roles=", sorted(before.roles()), sorted(roles))
                        + changed(" team=", String.valueOf(before.teamCode()),
                                teamCode == null || teamCode.isBlank() ? "null" : teamCode)
                        + changed(" scopes=", sorted(before.userScopes()), sorted(creditorScopes))
                        + (access ? " sessionsEnded" : ""));
        return users.findById(tenant, userId).orElseThrow();
    }

    /**
     * Sets a new password chosen by an administrator: the user's failed logins and lock
     * are cleared and their sessions end; their tokens stay (disable the user to end
     * those too).
     */
    @Transactional
    void resetPassword(TenantId tenant, UUID userId, String password) {
        UserRecord user = users.findById(tenant, userId)
            .orElseThrow(() -> new NotFoundException("user " + userId + " not found"));
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(problems, password);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-password", "The password was not changed.", problems);
        }
        users.setPassword(tenant, userId, passwordEncoder.encode(password), clock.instant());
        audit.record(tenant, actor(), "USER_PASSWORD_RESET", "user", userId.toString(),
                "username=" + user.username() + " sessionsEnded");
    }

    /** The rules of a user's name, roles, team and creditors, when created or edited. */
    private static void checkProfile(List<FieldProblem> problems, String displayName, Set<Role> roles,
            Set<String> creditorScopes, String teamCode) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            problems.add(new FieldProblem("displayName", "required, at most 200 characters"));
        }
        if (roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "at least one role is required"));
        }
        if ((roles.contains(Role.AGENT) || roles.contains(Role.TEAM_LEAD))
                && (teamCode == null || teamCode.isBlank())) {
            // an agent's or lead's accounts are those of the creditors their team serves
            problems.add(new FieldProblem("team", "agents and team leads belong to a team"));
        }
        if (roles.contains(Role.CREDITOR_VIEWER) && creditorScopes.isEmpty()) {
            problems.add(new FieldProblem("creditorScopes", "a creditor viewer needs the creditor they belong to"));
        }
    }

    private static void checkPassword(List<FieldProblem> problems, String password) {
        if (password == null || password.length() < 8) {
            problems.add(new FieldProblem("password", "must have at least 8 characters"));
        }
        else if (password.isBlank()) {
            problems.add(new FieldProblem("password", "must not be only spaces"));
        }
        else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            problems.add(new FieldProblem("password", "must be at most 72 bytes (bcrypt's limit)"));
        }
    }

    /** Refuses unknown creditor codes and an unknown team; the team's id (null: none). */
    private UUID knownScopesAndTeam(TenantId tenant, Set<String> creditorScopes, String teamCode) {
        requireKnownCreditors(tenant, creditorScopes, "creditorScopes");
        if (teamCode == null || teamCode.isBlank()) {
            return null;
        }
        return users.teamId(tenant, teamCode)
            .orElseThrow(() -> new BusinessRuleException("unknown-team", "No team with code " + teamCode + ".",
                    List.of(new FieldProblem("team", "unknown team " + teamCode))));
    }

    private static String changed(String label, String before, String after) {
        return before.equals(after) ? "" : label + before + "->" + after;
    }

    private static String sorted(Set<?> values) {
        return values.stream().map(String::valueOf).sorted().toList().toString();
    }

    @Override
    public List<String> usernames(TenantId tenant) {
        return users.findAll(tenant).stream().map(UserRecord::username).toList();
    }

    @Override
    public Set<String> teamCodes(TenantId tenant) {
        return users.teams(tenant).stream().map(UserStore.TeamView::code).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public List<Member> members(TenantId tenant) {
        return users.members(tenant).stream().map(TenantService::member).toList();
    }

    @Override
    public Optional<Member> member(TenantId tenant, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.member(tenant, username).map(TenantService::member);
    }

    private static Member member(UserRecord u) {
        return new Member(u.id(), u.username(), u.displayName(), u.roles(), u.teamId(), u.teamCode(), u.enabled());
    }

    private void requireKnownCreditors(TenantId tenant, Set<String> codes, String field) {
        CreditorDirectory directory = creditors.getIfAvailable();
        if (directory == null) {
            return;
        }
        List<FieldProblem> unknown = codes.stream()
            .filter(code -> !directory.exists(tenant, code))
            .sorted()
            .map(code -> new FieldProblem(field, "unknown creditor " + code))
            .toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("unknown-creditor", "Some creditor codes do not exist in this tenant.",
                    unknown);
        }
    }

    static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

}
