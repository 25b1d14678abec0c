package io.recoverydesk.casework.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.BadRequestException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tasks and case notes over HTTP. */
@RestController
class TaskApiController {

    private final Tasks tasks;

    private final CaseNotes notes;

    private final CurrentUsers currentUsers;

    TaskApiController(Tasks tasks, CaseNotes notes, CurrentUsers currentUsers) {
        this.tasks = tasks;
        this.notes = notes;
        this.currentUsers = currentUsers;
    }

    record TaskBody(@NotNull TaskType type, @Size(max = 200) String title, @NotNull Instant dueAt,
            @Size(max = 6) String priority, @Size(max = 60) String assignee) {
    }

    @PostMapping("/api/v1/accounts/{id}/tasks")
    @PreAuthorize(CaseworkRoles.CASE)
    ResponseEntity<Task> create(@PathVariable UUID id, @Valid @RequestBody TaskBody body) {
        Task task = tasks.create(currentUsers.require(), id,
                new Tasks.Request(body.type(), body.title(), body.dueAt(), body.priority(), body.assignee()));
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())).body(task);
    }

    record TaskList(List<Task> items) {
    }

    @GetMapping("/api/v1/tasks")
    @PreAuthorize(CaseworkRoles.CASE)
    TaskList list(@RequestParam(defaultValue = "true") boolean mine, @RequestParam(defaultValue = "false") boolean team,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "200") int limit) {
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        if (wanted != null && !List.of(Task.OPEN, Task.DONE, Task.CANCELLED).contains(wanted)) {
            throw new BadRequestException("bad-status", "status is OPEN, DONE or CANCELLED.");
        }
        if (overdue) {
            wanted = Task.OPEN;
        }
        return new TaskList(tasks.list(currentUsers.require(),
                new Tasks.Query(team, wanted, overdue, Math.max(1, Math.min(limit, 500)))));
    }

    @PostMapping("/api/v1/tasks/{id}/done")
    @PreAuthorize(CaseworkRoles.CASE)
    Task done(@PathVariable UUID id) {
        return tasks.close(currentUsers.require(), id, Task.DONE);
    }

    @PostMapping("/api/v1/tasks/{id}/cancel")
    @PreAuthorize(CaseworkRoles.CASE)
    Task cancel(@PathVariable UUID id) {
        return tasks.close(currentUsers.require(), id, Task.CANCELLED);
    }

    record ReassignBody(@NotNull @Size(min = 1, max = 60) String assignee) {
    }

    @PostMapping("/api/v1/tasks/{id}/reassign")
    @PreAuthorize(CaseworkRoles.ASSIGN)
    Task reassign(@PathVariable UUID id, @Valid @RequestBody ReassignBody body) {
        return tasks.reassign(currentUsers.require(), id, body.assignee());
    }

    record NoteBody(@NotNull @Size(min = 1, max = CaseNotes.MAX) String body) {
    }

    @PostMapping("/api/v1/accounts/{id}/notes")
    @PreAuthorize(CaseworkRoles.CASE)
    ResponseEntity<CaseNotes.Note> addNote(@PathVariable UUID id, @Valid @RequestBody NoteBody body) {
        CaseNotes.Note note = notes.add(currentUsers.require(), id, body.body());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + id + "/notes")).body(note);
    }

    record NoteList(List<CaseNotes.Note> items) {
    }

    @GetMapping("/api/v1/accounts/{id}/notes")
    @PreAuthorize(CaseworkRoles.TIMELINE)
    NoteList notes(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return new NoteList(notes.of(currentUsers.require(), id, Math.max(1, Math.min(limit, 200))));
    }

}
