package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.compliance.internal.ComplaintModel.Category;
import io.recoverydesk.compliance.internal.ComplaintModel.Complaint;
import io.recoverydesk.compliance.internal.ComplaintModel.Intake;
import io.recoverydesk.compliance.internal.ComplaintModel.Note;
import io.recoverydesk.compliance.internal.ComplaintModel.Outcome;
import io.recoverydesk.compliance.internal.ComplaintModel.State;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.portfolio.AccountDirectory.AccountRef;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints over HTTP: intake, list, detail, the lifecycle, notes, deadlines,
 * escalation.
 */
@RestController
class ComplaintApiController {

    /** Anyone who hears a complaint may take it in. */
    static final String INTAKE = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL')";

    static final String READ = "hasAnyRole('ADMIN', 'MANAGER', 'COMPLIANCE', 'LEGAL')";

    static final String HANDLE = "hasAnyRole('ADMIN', 'MANAGER', 'COMPLIANCE')";

    static final String SET_SLA = "hasAnyRole('ADMIN', 'COMPLIANCE')";

    private final ComplaintDesk desk;

    private final CurrentUsers currentUsers;

    private final Clock clock;

    ComplaintApiController(ComplaintDesk desk, CurrentUsers currentUsers, Clock clock) {
        this.desk = desk;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    record IntakeBody(UUID accountId, Intake channel, Category category, String summary, String complainant,
            String agentUsername, String externalRef, Instant receivedAt, Boolean hold) {
    }

    record ResolveBody(Outcome outcome, String rootCause, String remedy, String resolution) {
    }

    record NoteBody(String body) {
    }

    record SlaBody(Integer acknowledgeBusinessDays, Integer resolveBusinessDays) {
    }

    /** A complaint as the API shows it. */
    record View(UUID id, UUID accountId, String creditorCode, String creditorRef, String debtorName,
            String agentUsername, Intake channel, Category category, String externalRef, String complainant,
            String summary, State state, String slaState, boolean overdue, Long overdueMinutes, boolean escalated,
            Instant receivedAt, Instant ackDueAt, Instant resolveDueAt, String acknowledgedBy, Instant acknowledgedAt,
            String investigationBy, Instant investigationAt, String resolvedBy, Instant resolvedAt, Outcome outcome,
            String rootCause, String remedy, String resolution, UUID holdId, Instant ackEscalatedAt,
            Instant resolveEscalatedAt, String createdBy, List<Note> notes) {

        static View of(Complaint c, AccountRef a, List<Note> notes, Instant now) {
            java.time.Duration by = c.overdueBy(now);
            return new View(c.id(), c.accountId(), a.creditorCode(), a.creditorRef(), a.debtorName(), c.agentUsername(),
                    c.channel(), c.category(), c.externalRef(), c.complainant(), c.summary(), c.state(),
                    c.slaState(now).name(), c.overdue(now), by == null ? null : by.toMinutes(), c.escalated(),
                    c.receivedAt(), c.ackDueAt(), c.resolveDueAt(), c.acknowledgedBy(), c.acknowledgedAt(),
                    c.investigationBy(), c.investigationAt(), c.resolvedBy(), c.resolvedAt(), c.outcome(),
                    c.rootCause(), c.remedy(), c.resolution(), c.holdId(), c.ackEscalatedAt(), c.resolveEscalatedAt(),
                    c.createdBy(), notes);
        }

    }

    @PostMapping("/api/v1/complaints")
    @PreAuthorize(INTAKE)
    ResponseEntity<View> intake(@RequestBody IntakeBody body) {
        CurrentUser user = currentUsers.require();
        ComplaintDesk.Taken taken = desk.intake(user,
                new ComplaintDesk.IntakeRequest(body.accountId(), body.channel(), body.category(), body.summary(),
                        body.complainant(), body.agentUsername(), body.externalRef(), body.receivedAt(),
                        Boolean.TRUE.equals(body.hold())));
        return ResponseEntity.status(taken.created() ? HttpStatus.CREATED : HttpStatus.OK)
            .body(view(user, taken.complaint().id()));
    }

    @GetMapping("/api/v1/complaints")
    @PreAuthorize(READ)
    List<View> list(@RequestParam(required = false) State state, @RequestParam(required = false) Category category,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) UUID accountId,
            @RequestParam(defaultValue = "200") int limit) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        return desk
            .list(user, new ComplaintStore.Filter(state, category, accountId), overdue,
                    Math.max(1, Math.min(limit, 1000)))
            .stream()
            .map(s -> View.of(s.complaint(), s.account(), null, now))
            .toList();
    }

    @GetMapping("/api/v1/complaints/{id}")
    @PreAuthorize(READ)
    View get(@PathVariable UUID id) {
        return view(currentUsers.require(), id);
    }

    @PostMapping("/api/v1/complaints/{id}/acknowledge")
    @PreAuthorize(HANDLE)
    View acknowledge(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        desk.acknowledge(user, id);
        return view(user, id);
    }

    @PostMapping("/api/v1/complaints/{id}/investigate")
    @PreAuthorize(HANDLE)
    View investigate(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        desk.investigate(user, id);
        return view(user, id);
    }

    @PostMapping("/api/v1/complaints/{id}/notes")
    @PreAuthorize(HANDLE)
    ResponseEntity<Note> note(@PathVariable UUID id, @RequestBody NoteBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(desk.addNote(currentUsers.require(), id, body == null ? null : body.body()));
    }

    @PostMapping("/api/v1/complaints/{id}/resolve")
    @PreAuthorize(HANDLE)
    View resolve(@PathVariable UUID id, @RequestBody ResolveBody body) {
        CurrentUser user = currentUsers.require();
        desk.resolve(user, id,
                new ComplaintDesk.Resolution(body.outcome(), body.rootCause(), body.remedy(), body.resolution()));
        return view(user, id);
    }

    @GetMapping("/api/v1/complaints/sla")
    @PreAuthorize(READ)
    Map<String, Integer> sla() {
        return slaMap(desk.days(currentUsers.require()));
    }

    @PutMapping("/api/v1/complaints/sla")
    @PreAuthorize(SET_SLA)
    Map<String, Integer> setSla(@RequestBody SlaBody body) {
        return slaMap(
                desk.saveDays(currentUsers.require(), body.acknowledgeBusinessDays(), body.resolveBusinessDays()));
    }

    @GetMapping("/api/v1/complaints/calendar")
    @PreAuthorize(READ)
    List<ComplaintStore.CalendarDay> calendar() {
        return desk.calendar(currentUsers.require());
    }

    /** Replaces the business calendar: {@code [{day, working, name}]}. */
    @PutMapping("/api/v1/complaints/calendar")
    @PreAuthorize(SET_SLA)
    List<ComplaintStore.CalendarDay> setCalendar(@RequestBody List<ComplaintStore.CalendarDay> days) {
        return desk.saveCalendar(currentUsers.require(), days);
    }

    /** Runs the escalation of missed deadlines now, for the user's tenant. */
    @PostMapping("/api/v1/complaints/escalations")
    @PreAuthorize(HANDLE)
    Map<String, Integer> escalate() {
        return Map.of("escalated", desk.escalate(currentUsers.require().tenantId()));
    }

    private View view(CurrentUser user, UUID id) {
        ComplaintDesk.Seen seen = desk.get(user, id);
        return View.of(seen.complaint(), seen.account(), desk.notes(user, id), clock.instant());
    }

    private static Map<String, Integer> slaMap(ComplaintSla.Days days) {
        return Map.of("acknowledgeBusinessDays", days.acknowledge(), "resolveBusinessDays", days.resolve());
    }

}
