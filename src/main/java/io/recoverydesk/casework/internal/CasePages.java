package io.recoverydesk.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The casework slots of the case view (loaded by htmx into the account page): the header
 * with lease, stage script, open tasks, the add-task and note forms; and the timeline, a
 * page at a time.
 */
@Controller
class CasePages {

    static final String TIMELINE_CHANGED = "rd:timeline-changed";

    private final CaseView view;

    private final CaseTimeline timeline;

    private final Tasks tasks;

    private final CaseNotes notes;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final java.time.Clock clock;

    CasePages(CaseView view, CaseTimeline timeline, Tasks tasks, CaseNotes notes, CurrentUsers currentUsers,
            Tenants tenants, java.time.Clock clock) {
        this.clock = clock;
        this.view = view;
        this.timeline = timeline;
        this.tasks = tasks;
        this.notes = notes;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
    }

    @GetMapping("/accounts/{id}/case")
    @PreAuthorize(CaseworkRoles.CASE)
    String caseSlot(@PathVariable UUID id, Model model) {
        return render(currentUsers.require(), id, model);
    }

    @PostMapping("/accounts/{id}/case/tasks")
    @PreAuthorize(CaseworkRoles.CASE)
    String addTask(@PathVariable UUID id, @RequestParam TaskType type, @RequestParam(required = false) String title,
            @RequestParam(required = false) String dueAt, @RequestParam(required = false) String priority, Model model,
            HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        try {
            tasks.create(user, id, new Tasks.Request(type, title, localTime(user, dueAt), priority, null));
            model.addAttribute("saved", "case.taskAdded");
            response.setHeader("HX-Trigger", TIMELINE_CHANGED);
        }
        catch (BusinessRuleException | BadRequestException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            model.addAttribute("taskForm", new TaskForm(type.name(), title, dueAt, priority));
        }
        return render(user, id, model);
    }

    @PostMapping("/accounts/{id}/case/notes")
    @PreAuthorize(CaseworkRoles.CASE)
    String addNote(@PathVariable UUID id, @RequestParam(required = false) String body, Model model,
            HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        try {
            CaseNotes.Note note = notes.add(user, id, body);
            model.addAttribute("saved", note.findings().isEmpty() ? "case.noteAdded" : "case.noteFlagged");
            response.setHeader("HX-Trigger", TIMELINE_CHANGED);
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return render(user, id, model);
    }

    @GetMapping("/accounts/{id}/timeline")
    @PreAuthorize(CaseworkRoles.TIMELINE)
    String timeline(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = currentUsers.require();
        CaseTimeline.Page p = timeline.page(user, id, page, CaseTimeline.PAGE);
        model.addAttribute("accountId", id);
        model.addAttribute("rows", timeline.rows(p));
        model.addAttribute("page", p.page());
        model.addAttribute("more", p.more());
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        return p.page() == 0 ? "casework/timeline :: timeline" : "casework/timeline :: rows";
    }

    private String localMinute(CurrentUser user, Instant at) {
        return at.atZone(tenants.get(user.tenantId()).zone())
            .toLocalDateTime()
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    }

    /** A refused task's values, shown again. */
    record TaskForm(String type, String title, String dueAt, String priority) {
    }

    private String render(CurrentUser user, UUID id, Model model) {
        model.addAttribute("c", view.header(user, id));
        model.addAttribute("taskTypes",
                new TaskType[] { TaskType.CALLBACK, TaskType.FOLLOW_UP, TaskType.DOCUMENT_REQUEST, TaskType.CUSTOM });
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        model.addAttribute("now", clock.instant());
        // the quick task form starts one hour ahead, in the tenant's time
        model.addAttribute("defaultDue", localMinute(user, clock.instant().plus(Duration.ofHours(1))));
        model.addAttribute("minDue", localMinute(user, clock.instant()));
        return "casework/case :: case";
    }

    /** A time typed in the tenant's local time. */
    private Instant localTime(CurrentUser user, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(tenants.get(user.tenantId()).zone()).toInstant();
        }
        catch (DateTimeParseException ex) {
            throw new BusinessRuleException("bad-time", "Not a date and time: " + text);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

}
