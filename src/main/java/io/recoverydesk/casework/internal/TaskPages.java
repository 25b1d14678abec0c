package io.recoverydesk.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My tasks" (overdue, due today, later), the team lead's overdue tasks of the team, and
 * the badge the navigation polls.
 */
@Controller
class TaskPages {

    private final Tasks tasks;

    private final Assignments assignments;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final Clock clock;

    TaskPages(Tasks tasks, Assignments assignments, CurrentUsers currentUsers, Tenants tenants, Clock clock) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    @PreAuthorize(CaseworkRoles.CASE)
    String mine(@RequestParam(defaultValue = "false") boolean team, Model model) {
        CurrentUser user = currentUsers.require();
        ZoneId zone = tenants.get(user.tenantId()).zone();
        Instant now = clock.instant();
        Instant endOfDay = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        model.addAttribute("zone", zone.getId());
        model.addAttribute("now", now);
        boolean lead = user.hasAnyRole(Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN);
        model.addAttribute("lead", lead);
        model.addAttribute("names", names(user));
        if (team && lead) {
            model.addAttribute("team", true);
            model.addAttribute("overdue", tasks.list(user, new Tasks.Query(true, Task.OPEN, true, 500)));
            model.addAttribute("agents", assignments.assignable(user));
            return "casework/tasks";
        }
        List<Task> open = tasks.list(user, new Tasks.Query(false, Task.OPEN, false, 500));
        model.addAttribute("team", false);
        model.addAttribute("overdue", open.stream().filter(t -> t.dueAt().isBefore(now)).toList());
        model.addAttribute("today",
                open.stream().filter(t -> !t.dueAt().isBefore(now) && t.dueAt().isBefore(endOfDay)).toList());
        model.addAttribute("later", open.stream().filter(t -> !t.dueAt().isBefore(endOfDay)).toList());
        return "casework/tasks";
    }

    /** Display names by username, for the assignee column and the reassign choices. */
    private Map<String, String> names(CurrentUser user) {
        Map<String, String> names = new java.util.HashMap<>();
        tenants.members(user.tenantId()).forEach(m -> names.put(m.username(), m.displayName()));
        return names;
    }

    @GetMapping("/tasks/team")
    @PreAuthorize(CaseworkRoles.ASSIGN)
    String team() {
        return "redirect:/tasks?team=true";
    }

    @GetMapping("/tasks/badge")
    @PreAuthorize(CaseworkRoles.CASE)
    String badge(Model model) {
        model.addAttribute("counts", tasks.badge(currentUsers.require()));
        return "casework/badge :: badge";
    }

    /** Marks a task done from the case view (htmx): 204, and the case view refreshes. */
    @PostMapping(value = "/tasks/{id}/done", headers = "HX-Request")
    @PreAuthorize(CaseworkRoles.CASE)
    ResponseEntity<Void> doneFromCase(@PathVariable UUID id) {
        try {
            tasks.close(currentUsers.require(), id, Task.DONE);
        }
        catch (ConflictException ex) {
            // done by someone else meanwhile: the refresh shows it
        }
        return ResponseEntity.noContent().header("HX-Trigger", CasePages.TIMELINE_CHANGED).build();
    }

    /** Marks a task done from the task list, and back to it. */
    @PostMapping("/tasks/{id}/done")
    @PreAuthorize(CaseworkRoles.CASE)
    String done(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean team,
            RedirectAttributes redirect) {
        try {
            tasks.close(currentUsers.require(), id, Task.DONE);
            redirect.addFlashAttribute("saved", "tasks.marked");
        }
        catch (ConflictException ex) {
            redirect.addFlashAttribute("error", PageProblem.of(ex));
        }
        return "redirect:/tasks" + (team ? "?team=true" : "");
    }

    @PostMapping("/tasks/{id}/reassign")
    @PreAuthorize(CaseworkRoles.ASSIGN)
    String reassign(@PathVariable UUID id, @RequestParam String assignee, RedirectAttributes redirect) {
        try {
            tasks.reassign(currentUsers.require(), id, assignee);
            redirect.addFlashAttribute("saved", "tasks.reassigned");
        }
        catch (BusinessRuleException ex) {
            redirect.addFlashAttribute("error", PageProblem.of(ex));
        }
        catch (ConflictException | BadRequestException ex) {
            redirect.addFlashAttribute("error", PageProblem.of(ex));
        }
        return "redirect:/tasks?team=true";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

}
