package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.compliance.internal.ComplaintModel.Category;
import io.recoverydesk.compliance.internal.ComplaintModel.Complaint;
import io.recoverydesk.compliance.internal.ComplaintModel.Intake;
import io.recoverydesk.compliance.internal.ComplaintModel.Note;
import io.recoverydesk.compliance.internal.ComplaintModel.Outcome;
import io.recoverydesk.compliance.internal.ComplaintModel.State;
import io.recoverydesk.compliance.policy.HoldType;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.portfolio.AccountDirectory.AccountRef;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints: intake (with an optional hold), the lifecycle, notes, deadlines and their
 * escalation. A complaint is seen only by those who see its account.
 */
@Service
class ComplaintDesk {

    static final String ALERT_KIND = "COMPLAINT_OVERDUE";

    private final ComplaintStore store;

    private final HoldDesk holdDesk;

    private final Holds holds;

    private final ComplianceAlerts alerts;

    private final AccountDirectory accounts;

    private final Tenants tenants;

    private final AuditLog audit;

    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    ComplaintDesk(ComplaintStore store, HoldDesk holdDesk, Holds holds, ComplianceAlerts alerts,
            AccountDirectory accounts, Tenants tenants, AuditLog audit, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.holdDesk = holdDesk;
        this.holds = holds;
        this.alerts = alerts;
        this.accounts = accounts;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is taken in. */
    record IntakeRequest(UUID accountId, Intake channel, Category category, String summary, String complainant,
            String agentUsername, String externalRef, Instant receivedAt, boolean hold) {
    }

    /** What a resolution says. */
    record Resolution(Outcome outcome, String rootCause, String remedy, String resolution) {
    }

    /** The result of an intake: the complaint, and whether it was new. */
    record Taken(Complaint complaint, boolean created) {
    }

    /** A complaint with its account, as someone who may see it sees it. */
    record Seen(Complaint complaint, AccountRef account) {
    }

    @Transactional
    Taken intake(CurrentUser user, IntakeRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.accountId() == null) {
            problems.add(new FieldProblem("accountId", "required"));
        }
        if (request.channel() == null) {
            problems.add(new FieldProblem("channel", "required: one of " + List.of(Intake.values())));
        }
        if (request.category() == null) {
            problems.add(new FieldProblem("category", "required: one of " + List.of(Category.values())));
        }
        String summary = text(request.summary(), 4000, "summary", true, problems);
        String complainant = text(request.complainant(), 200, "complainant", false, problems);
        String externalRef = text(request.externalRef(), 100, "externalRef", false, problems);
        String agent = text(request.agentUsername(), 60, "agentUsername", false, problems);
        Instant now = clock.instant();
        Instant received = request.receivedAt() == null ? now : request.receivedAt();
        if (received.isAfter(now)) {
            problems.add(new FieldProblem("receivedAt", "must not be in the future"));
        }
        if (agent != null && !tenants.usernames(user.tenantId()).contains(agent)) {
            problems.add(new FieldProblem("agentUsername", "no such user in this tenant: " + agent));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-complaint", "The complaint is incomplete or invalid.", problems);
        }
        AccountRef account = visibleAccount(user, request.accountId());
        if (externalRef != null) {
            Optional<Complaint> existing = store.findByExternalRef(user.tenantId(), externalRef);
            if (existing.isPresent()) {
                return new Taken(retried(user, existing.get(), account.id()), false);
            }
        }
        UUID holdId = null;
        if (request.hold()) {
            holdId = holds.active(user.tenantId(), account.id())
                .stream()
                .filter(h -> h.type() == HoldType.COMPLAINT)
                .map(Holds.Hold::id)
                .findFirst()
                .orElseGet(() -> holdDesk
                    .place(user, account.id(), new HoldDesk.Request(HoldType.COMPLAINT, cut(summary, 500), null, null))
                    .id());
        }
        ZoneId zone = tenants.get(user.tenantId()).zone();
        ComplaintSla.Days days = store.days(user.tenantId());
        ComplaintSla.Calendar calendar = store.calendar(user.tenantId());
        Complaint complaint = new Complaint(Ids.newId(), account.id(), agent, request.channel(), request.category(),
                externalRef, complainant, summary, State.RECEIVED, received,
                ComplaintSla.deadline(received, zone, days.acknowledge(), calendar),
                ComplaintSla.deadline(received, zone, days.resolve(), calendar), null, null, null, null, null, null,
                null, null, null, null, holdId, null, null, user.username(), now);
        try {
            store.insert(user.tenantId(), complaint);
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("complaint-retry", "A complaint with externalRef " + externalRef
                    + " is being taken in at this moment; retry to receive it.");
        }
        events.publishEvent(
                new ComplaintReceived(user.tenantId(), complaint.id(), account.id(), agent, received, user.username()));
        audit.record(user.tenantId(), user.username(), "COMPLAINT_RECEIVED", "complaint", complaint.id().toString(),
                "account " + account.id() + " " + request.channel() + " " + request.category()
                        + (agent == null ? "" : " agent=" + agent) + (holdId == null ? "" : " hold=" + holdId)
                        + (externalRef == null ? "" : " ref=" + externalRef));
        return new Taken(complaint, true);
    }

    private Complaint retried(CurrentUser user, Complaint existing, UUID accountId) {
        if (accounts.visible(user, existing.accountId()).isEmpty() || !existing.accountId().equals(accountId)) {
            throw new ConflictException("external-ref-taken",
                    "This externalRef already names another complaint of this tenant.");
        }
        return existing;
    }

    Seen get(CurrentUser user, UUID id) {
        Complaint complaint = store.find(user.tenantId(), id).orElseThrow(() -> notFound(id));
        AccountRef account = accounts.visible(user, complaint.accountId()).orElseThrow(() -> notFound(id));
        return new Seen(complaint, account);
    }

    List<Note> notes(CurrentUser user, UUID id) {
        get(user, id);
        return store.notes(user.tenantId(), id);
    }

    /** Complaints the user may see, newest first, with their accounts. */
    List<Seen> list(CurrentUser user, ComplaintStore.Filter filter, Boolean overdue, int limit) {
        Instant now = clock.instant();
        List<Complaint> complaints = store.list(user.tenantId(), filter, 5000)
            .stream()
            .filter(c -> overdue == null || c.overdue(now) == overdue)
            .toList();
        Map<UUID, AccountRef> seen = accounts.visible(user, complaints.stream().map(c -> c.accountId()).toList());
        return complaints.stream()
            .filter(c -> seen.containsKey(c.accountId()))
            .limit(limit)
            .map(c -> new Seen(c, seen.get(c.accountId())))
            .toList();
    }

    @Transactional
    Complaint acknowledge(CurrentUser user, UUID id) {
        Complaint c = locked(user, id);
        c.state().acknowledge();
        store.acknowledged(user.tenantId(), id, user.username(), clock.instant());
        audit.record(user.tenantId(), user.username(), "COMPLAINT_ACKNOWLEDGED", "complaint", id.toString(),
                "account " + c.accountId());
        return store.find(user.tenantId(), id).orElseThrow();
    }

    @Transactional
    Complaint investigate(CurrentUser user, UUID id) {
        Complaint c = locked(user, id);
        c.state().investigate();
        store.investigating(user.tenantId(), id, user.username(), clock.instant());
        audit.record(user.tenantId(), user.username(), "COMPLAINT_INVESTIGATING", "complaint", id.toString(),
                "account " + c.accountId());
        return store.find(user.tenantId(), id).orElseThrow();
    }

    @Transactional
    Note addNote(CurrentUser user, UUID id, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = text(body, 4000, "body", true, problems);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-note", "A note of 1-4000 characters is required.", problems);
        }
        Complaint c = locked(user, id);
        c.state().requireOpen();
        Note note = new Note(Ids.newId(), user.username(), clock.instant(), text);
        store.addNote(user.tenantId(), id, note);
        audit.record(user.tenantId(), user.username(), "COMPLAINT_NOTE", "complaint", id.toString(), cut(text, 200));
        return note;
    }

    @Transactional
    Complaint resolve(CurrentUser user, UUID id, Resolution r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.outcome() == null) {
            problems.add(new FieldProblem("outcome", "required: one of " + List.of(Outcome.values())));
        }
        String rootCause = text(r.rootCause(), 1000, "rootCause", true, problems);
        String remedy = text(r.remedy(), 1000, "remedy", true, problems);
        String resolution = text(r.resolution(), 4000, "resolution", true, problems);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-resolution",
                    "A resolution needs an outcome, a root cause, a remedy and the resolution text.", problems);
        }
        Complaint c = locked(user, id);
        c.state().resolve();
        Instant now = clock.instant();
        store.resolved(user.tenantId(), id, user.username(), now, r.outcome(), rootCause, remedy, resolution);
        audit.record(user.tenantId(), user.username(), "COMPLAINT_RESOLVED", "complaint", id.toString(),
                r.outcome() + ": " + cut(resolution, 300));
        if (c.holdId() != null && !store.otherOpenOnHold(user.tenantId(), c.holdId(), id)) {
            try {
                holdDesk.lift(user, c.accountId(), c.holdId(), cut(resolution, 500));
            }
            catch (ConflictException | NotFoundException ex) {
                // lifted already by someone else: nothing left to lift
            }
        }
        return store.find(user.tenantId(), id).orElseThrow();
    }

    List<ComplaintStore.CalendarDay> calendar(CurrentUser user) {
        return store.calendarDays(user.tenantId());
    }

    /**
     * Replaces the tenant's business calendar; lines are {@code YYYY-MM-DD name} for a
     * holiday, {@code YYYY-MM-DD +name} for a make-up working day (applies to complaints
     * taken in afterwards).
     */
    @Transactional
    List<ComplaintStore.CalendarDay> saveCalendar(CurrentUser user, List<ComplaintStore.CalendarDay> days) {
        java.util.Set<java.time.LocalDate> seen = new java.util.HashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (ComplaintStore.CalendarDay d : days) {
            if (d.day() == null || !seen.add(d.day())) {
                problems.add(new FieldProblem("days", "each date once: " + d.day()));
            }
            if (d.name() != null && d.name().length() > 100) {
                problems.add(new FieldProblem("days", "names of at most 100 characters: " + d.day()));
            }
        }
        if (days.size() > 1000) {
            problems.add(new FieldProblem("days", "at most 1000 days"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-calendar", "The calendar has errors.", problems);
        }
        store.replaceCalendar(user.tenantId(), days);
        audit.record(user.tenantId(), user.username(), "BUSINESS_CALENDAR_SAVED", "business_calendar",
                user.tenantId().value().toString(), days.size() + " days");
        return store.calendarDays(user.tenantId());
    }

    ComplaintSla.Days days(CurrentUser user) {
        return store.days(user.tenantId());
    }

    @Transactional
    ComplaintSla.Days saveDays(CurrentUser user, Integer acknowledge, Integer resolve) {
        List<FieldProblem> problems = new ArrayList<>();
        if (acknowledge == null || acknowledge < 1 || acknowledge > ComplaintSla.MAX_DAYS) {
            problems.add(new FieldProblem("acknowledgeBusinessDays", "1-" + ComplaintSla.MAX_DAYS));
        }
        if (resolve == null || resolve < 1 || resolve > ComplaintSla.MAX_DAYS) {
            problems.add(new FieldProblem("resolveBusinessDays", "1-" + ComplaintSla.MAX_DAYS));
        }
        if (problems.isEmpty() && acknowledge > resolve) {
            problems.add(new FieldProblem("acknowledgeBusinessDays", "not more than resolveBusinessDays"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-sla", "Deadlines are whole business days of at least 1.",
                    problems);
        }
        ComplaintSla.Days days = new ComplaintSla.Days(acknowledge, resolve);
        store.saveDays(user.tenantId(), days, user.username(), clock.instant());
        audit.record(user.tenantId(), user.username(), "COMPLAINT_SLA_SET", "tenant", user.tenantId().toString(),
                "acknowledge " + acknowledge + ", resolve " + resolve + " business days");
        return days;
    }

    /**
     * Escalates every missed deadline not escalated yet, once per breach: a flag, an
     * audit entry and a compliance alert. Null tenant = all tenants (the hourly job).
     */
    @Transactional
    int escalate(TenantId onlyTenant) {
        Instant now = clock.instant();
        int count = 0;
        for (ComplaintStore.Breach b : store.breaches(onlyTenant, now)) {
            if (!store.markEscalated(b.tenant(), b.complaintId(), b.kind(), now)) {
                continue;
            }
            String what = "ACK".equals(b.kind()) ? "not acknowledged in time" : "not resolved in time";
            audit.record(b.tenant(), "system", "COMPLAINT_ESCALATED", "complaint", b.complaintId().toString(),
                    b.kind() + ": " + what);
            alerts.raise(b.tenant(), b.accountId(), null, ALERT_KIND, List.of("COMPLAINT." + b.kind()),
                    "Complaint " + b.complaintId() + " " + what, now);
            count++;
        }
        return count;
    }

    private Complaint locked(CurrentUser user, UUID id) {
        Complaint c = store.lock(user.tenantId(), id).orElseThrow(() -> notFound(id));
        if (accounts.visible(user, c.accountId()).isEmpty()) {
            throw notFound(id);
        }
        return c;
    }

    private AccountRef visibleAccount(CurrentUser user, UUID accountId) {
        return accounts.visible(user, accountId)
            .orElseThrow(() -> new NotFoundException("account " + accountId + " not found"));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("complaint " + id + " not found");
    }

    private static String text(String value, int max, String field, boolean required, List<FieldProblem> problems) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "required"));
            }
            return null;
        }
        if (v.length() > max) {
            problems.add(new FieldProblem(field, "at most " + max + " characters"));
        }
        return v;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

}
