package io.recoverydesk.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UserApiController {

    private final TenantService tenants;

    private final UserAdministration administration;

    private final UserStore users;

    private final CurrentUsers currentUsers;

    UserApiController(TenantService tenants, UserAdministration administration, UserStore users,
            CurrentUsers currentUsers) {
        this.tenants = tenants;
        this.administration = administration;
        this.users = users;
        this.currentUsers = currentUsers;
    }

    record NewUser(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,60}",
                    message = "3-60 letters, digits, dot, dash or underscore") String username,
            @NotBlank @Size(max = 200) String displayName, @NotBlank @Size(max = 200) String password,
            @NotEmpty Set<Role> roles, Set<@NotBlank String> creditorScopes, String team) {
    }

    record UserView(UUID id, String username, String displayName, List<String> roles, List<String> creditorScopes,
            String team, boolean enabled, boolean locked) {

        static UserView of(UserRecord u) {
            return new UserView(u.id(), u.username(), u.displayName(),
                    u.roles().stream().map(Enum::name).sorted().toList(), u.userScopes().stream().sorted().toList(),
                    u.teamCode(), u.enabled(), u.lockedUntil() != null && u.lockedUntil().isAfter(Instant.now()));
        }

    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    UserView create(@Valid @RequestBody NewUser body) {
        CurrentUser admin = currentUsers.require();
        tenants.createUser(admin.tenantId(), body.username(), body.displayName(), body.password(), body.roles(),
                body.creditorScopes() == null ? Set.of() : body.creditorScopes(), body.team());
        return users.findByUsername(body.username()).map(UserView::of).orElseThrow();
    }

    @GetMapping("/api/v1/users")
    @PreAuthorize("hasRole('ADMIN')")
    List<UserView> list() {
        return users.findAll(currentUsers.require().tenantId()).stream().map(UserView::of).toList();
    }

    @GetMapping("/api/v1/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserView get(@PathVariable UUID id) {
        return users.findById(currentUsers.require().tenantId(), id)
            .map(UserView::of)
            .orElseThrow(() -> new NotFoundException("user " + id + " not found"));
    }

    @PostMapping("/api/v1/users/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    UserView disable(@PathVariable UUID id) {
        return UserView.of(administration.setEnabled(currentUsers.require(), id, false));
    }

    @PostMapping("/api/v1/users/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    UserView enable(@PathVariable UUID id) {
        return UserView.of(administration.setEnabled(currentUsers.require(), id, true));
    }

    /** A user's changeable facts: the whole set, as the user should be afterwards. */
    record UserChange(@NotBlank @Size(max = 200) String displayName, @NotEmpty Set<Role> roles,
            Set<@NotBlank String> creditorScopes, String team) {
    }

    @PutMapping("/api/v1/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserView update(@PathVariable UUID id, @Valid @RequestBody UserChange body) {
        CurrentUser admin = currentUsers.require();
        return UserView.of(tenants.updateUser(admin.tenantId(), admin.userId(), id, body.displayName(), body.roles(),
                body.creditorScopes() == null ? Set.of() : body.creditorScopes(), body.team()));
    }

    record NewPassword(String password) {
    }

    @PostMapping("/api/v1/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    void resetPassword(@PathVariable UUID id, @RequestBody NewPassword body) {
        tenants.resetPassword(currentUsers.require().tenantId(), id, body == null ? null : body.password());
    }

    @GetMapping("/api/v1/me")
    CurrentUser me() {
        return currentUsers.require();
    }

    record NewTeam(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String code,
            @NotBlank @Size(max = 200) String name, Set<@NotBlank String> creditorScopes) {
    }

    @PostMapping("/api/v1/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    UserStore.TeamView createTeam(@Valid @RequestBody NewTeam body) {
        CurrentUser user = currentUsers.require();
        tenants.createTeam(user.tenantId(), body.code(), body.name(),
                body.creditorScopes() == null ? Set.of() : body.creditorScopes());
        return users.teams(user.tenantId())
            .stream()
            .filter(t -> t.code().equals(body.code()))
            .findFirst()
            .orElseThrow();
    }

    @GetMapping("/api/v1/teams")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD')")
    List<UserStore.TeamView> teams() {
        return users.teams(currentUsers.require().tenantId());
    }

    record NewToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(365) Integer expiresInDays) {
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.IssuedToken createToken(@Valid @RequestBody NewToken body) {
        return administration.issueToken(currentUsers.require(), body.name(), body.expiresInDays());
    }

    @GetMapping("/api/v1/tokens")
    List<TokenStore.TokenView> tokens() {
        return administration.tokensOf(currentUsers.require());
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        administration.revokeToken(user, id, user.hasRole(Role.ADMIN));
    }

}
