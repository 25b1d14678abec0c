package io.recoverydesk.identity.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Users and teams (admin), and each user's personal access tokens. */
@Controller
class IdentityPages {

    private final TenantService tenants;

    private final UserAdministration administration;

    private final UserStore users;

    private final CurrentUsers currentUsers;

    IdentityPages(TenantService tenants, UserAdministration administration, UserStore users,
            CurrentUsers currentUsers) {
        this.tenants = tenants;
        this.administration = administration;
        this.users = users;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    String users(Model model) {
        usersModel(currentUsers.require(), model);
        return "identity/users";
    }

    private void usersModel(CurrentUser admin, Model model) {
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new UserForm("", "", Set.of(), "", ""));
            model.addAttribute("userProblems", Set.of());
        }
        model.addAttribute("users",
                users.findAll(admin.tenantId()).stream().map(UserApiController.UserView::of).toList());
        model.addAttribute("teams", users.teams(admin.tenantId()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", admin.userId());
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    String createUser(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
            @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String creditorScopes,
            @RequestParam(required = false) String team, Model model) {
        CurrentUser admin = currentUsers.require();
        try {
            tenants.createUser(admin.tenantId(), username.strip(), displayName.strip(), password,
                    roles == null ? Set.of() : new HashSet<>(roles), codes(creditorScopes), team);
            return "redirect:/users?saved";
        }
        catch (BusinessRuleException | ConflictException ex) {
            // what was typed comes back (not the password), each refused field marked
            model.addAttribute("userForm",
                    new UserForm(username, displayName,
                            roles == null ? Set.of() : roles.stream().map(Role::name).collect(Collectors.toSet()), team,
                            creditorScopes));
            model.addAttribute("userProblems", ex instanceof BusinessRuleException b
                    ? b.errors().stream().map(FieldProblem::field).collect(Collectors.toSet()) : Set.of("username"));
            return fail(admin, model, ex);
        }
    }

    /** The new-user form as typed, shown again after a refusal. */
    record UserForm(String username, String displayName, Set<String> roles, String team, String creditorScopes) {
    }

    @GetMapping("/users/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editUser(@PathVariable UUID id, Model model) {
        CurrentUser admin = currentUsers.require();
        UserRecord user = users.findById(admin.tenantId(), id)
            .orElseThrow(() -> new NotFoundException("user " + id + " not found"));
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm",
                    new UserForm(user.username(), user.displayName(),
                            user.roles().stream().map(Role::name).collect(Collectors.toSet()), user.teamCode(),
                            String.join(", ", user.userScopes().stream().sorted().toList())));
            model.addAttribute("userProblems", Set.of());
        }
        model.addAttribute("user", UserApiController.UserView.of(user));
        model.addAttribute("teams", users.teams(admin.tenantId()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", admin.userId());
        return "identity/user-edit";
    }

    @PostMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String updateUser(@PathVariable UUID id, @RequestParam String displayName,
            @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String creditorScopes,
            @RequestParam(required = false) String team, Model model) {
        CurrentUser admin = currentUsers.require();
        try {
            UserRecord user = tenants.updateUser(admin.tenantId(), admin.userId(), id, displayName,
                    roles == null ? Set.of() : new HashSet<>(roles), codes(creditorScopes), team);
            return "redirect:/users?updated=" + user.username();
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("userForm",
                    new UserForm(null, displayName,
                            roles == null ? Set.of() : roles.stream().map(Role::name).collect(Collectors.toSet()), team,
                            creditorScopes));
            model.addAttribute("userProblems",
                    ex.errors().stream().map(FieldProblem::field).collect(Collectors.toSet()));
            model.addAttribute("formError", PageProblem.of(ex));
            return editUser(id, model);
        }
    }

    @PostMapping("/users/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    String resetPassword(@PathVariable UUID id, @RequestParam String password, Model model) {
        try {
            tenants.resetPassword(currentUsers.require().tenantId(), id, password);
            return "redirect:/users/" + id + "/edit?passwordReset";
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("passwordError", PageProblem.of(ex));
            return editUser(id, model);
        }
    }

    @PostMapping("/users/{id}/enabled")
    @PreAuthorize("hasRole('ADMIN')")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, Model model) {
        CurrentUser admin = currentUsers.require();
        try {
            administration.setEnabled(admin, id, enabled);
            return "redirect:/users?saved";
        }
        catch (BusinessRuleException | NotFoundException ex) {
            return fail(admin, model, ex);
        }
    }

    @PostMapping("/teams")
    @PreAuthorize("hasRole('ADMIN')")
    String createTeam(@RequestParam String code, @RequestParam String name,
            @RequestParam(required = false) String creditorScopes, Model model) {
        CurrentUser admin = currentUsers.require();
        try {
            if (!code.matches("[A-Za-z0-9._-]{1,40}") || name.isBlank()) {
                throw new BusinessRuleException("invalid-team", "Code: 1-40 letters or digits; name required.");
            }
            tenants.createTeam(admin.tenantId(), code, name.strip(), codes(creditorScopes));
            return "redirect:/users?saved";
        }
        catch (BusinessRuleException | ConflictException ex) {
            return fail(admin, model, ex);
        }
    }

    private String fail(CurrentUser admin, Model model, RuntimeException ex) {
        usersModel(admin, model);
        model.addAttribute("formError", PageProblem.of(ex));
        return "identity/users";
    }

    private static Set<String> codes(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split("[,，\\s]+"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    }

    @GetMapping("/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", administration.tokensOf(currentUsers.require()));
        return "identity/tokens";
    }

    @PostMapping("/tokens")
    String createToken(@RequestParam String name, @RequestParam(defaultValue = "90") int days, Model model) {
        CurrentUser user = currentUsers.require();
        if (name.isBlank() || name.length() > 100 || days < 1 || days > 365) {
            model.addAttribute("formError",
                    PageProblem.of("token-form", "Name 1-100 characters; validity 1-365 days."));
            // what was typed stays
            model.addAttribute("tokenName", name);
            model.addAttribute("tokenDays", days);
        }
        else {
            model.addAttribute("issued", administration.issueToken(user, name.strip(), days));
        }
        model.addAttribute("tokens", administration.tokensOf(user));
        return "identity/tokens";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id) {
        administration.revokeToken(currentUsers.require(), id, false);
        return "redirect:/tokens";
    }

}
