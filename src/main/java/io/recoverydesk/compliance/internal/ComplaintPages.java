package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.compliance.internal.ComplaintModel.Category;
import io.recoverydesk.compliance.internal.ComplaintModel.Complaint;
import io.recoverydesk.compliance.internal.ComplaintModel.Intake;
import io.recoverydesk.compliance.internal.ComplaintModel.Outcome;
import io.recoverydesk.compliance.internal.ComplaintModel.SlaState;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.portfolio.AccountDirectory.AccountRef;
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
 * The complaints workbench (by SLA state), a complaint's page with its actions and notes,
 * and an account's complaints with the intake form.
 */
@Controller
class ComplaintPages {

    private final ComplaintDesk desk;

    private final AccountDirectory accounts;

    private final Tenants tenants;

    private final CurrentUsers currentUsers;

    private final Clock clock;

    ComplaintPages(ComplaintDesk desk, AccountDirectory accounts, Tenants tenants, CurrentUsers currentUsers,
            Clock clock) {
        this.desk = desk;
        this.accounts = accounts;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A complaint as a row: its account, SLA state and how far past its deadline. */
    record Row(Complaint c, AccountRef account, SlaState sla, LocalDate due, LocalDate ackDue, LocalDate resolveDue,
            Long overdueDays, Long overdueHours, boolean escalated) {

        static Row of(Complaint c, AccountRef account, Instant now, ZoneId zone) {
            Duration by = c.overdueBy(now);
            return new Row(c, account, c.slaState(now), day(c.nextDue(), zone), day(c.ackDueAt(), zone),
                    day(c.resolveDueAt(), zone), by == null ? null : by.toDays(),
                    by == null ? null : (long) by.toHoursPart(), c.escalated());
        }

        /** A deadline expires at midnight: it is shown as the last day it allows. */
        private static LocalDate day(Instant deadline, ZoneId zone) {
            return deadline == null ? null : deadline.minusNanos(1).atZone(zone).toLocalDate();
        }

    }

    @GetMapping("/compliance/complaints")
    @PreAuthorize(ComplaintApiController.READ)
    String workbench(@RequestParam(required = false) String sla, @RequestParam(required = false) String category,
            Model model) {
        return renderWorkbench(currentUsers.require(), sla, category, model);
    }

    @PostMapping("/compliance/complaints/sla")
    @PreAuthorize(ComplaintApiController.SET_SLA)
    String saveSla(@RequestParam(required = false) String acknowledge, @RequestParam(required = false) String resolve,
            Model model) {
        CurrentUser user = currentUsers.require();
        try {
            desk.saveDays(user, number(acknowledge), number(resolve));
            model.addAttribute("saved", "complaint.sla.saved");
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return renderWorkbench(user, null, null, model);
    }

    @PostMapping("/compliance/complaints/calendar")
    @PreAuthorize(ComplaintApiController.SET_SLA)
    String saveCalendar(@RequestParam(defaultValue = "") String lines, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            desk.saveCalendar(user, parseCalendar(lines));
            model.addAttribute("saved", "calendar.saved");
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return renderWorkbench(user, null, null, model);
    }

    /**
     * {@code YYYY-MM-DD name} is a holiday, {@code YYYY-MM-DD +name} a make-up working
     * day.
     */
    static java.util.List<ComplaintStore.CalendarDay> parseCalendar(String text) {
        java.util.List<ComplaintStore.CalendarDay> days = new java.util.ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\\R")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            LocalDate day;
            try {
                day = LocalDate.parse(parts[0]);
            }
            catch (java.time.format.DateTimeParseException ex) {
                throw new BusinessRuleException("invalid-calendar",
                        "Line " + lineNo + ": start with a date like 2026-10-01 (" + line + ").");
            }
            String rest = parts.length > 1 ? parts[1].strip() : "";
            boolean working = rest.startsWith("+");
            String name = working ? rest.substring(1).strip() : rest;
            days.add(new ComplaintStore.CalendarDay(day, working, name.isEmpty() ? null : name));
        }
        return days;
    }

    @PostMapping("/compliance/complaints/escalate")
    @PreAuthorize(ComplaintApiController.HANDLE)
    String escalate(Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("escalated", desk.escalate(user.tenantId()));
        return renderWorkbench(user, null, null, model);
    }

    @GetMapping("/compliance/complaints/{id}")
    @PreAuthorize(ComplaintApiController.READ)
    String detail(@PathVariable UUID id, Model model) {
        return renderDetail(currentUsers.require(), id, model);
    }

    @PostMapping("/compliance/complaints/{id}/{action}")
    @PreAuthorize(ComplaintApiController.HANDLE)
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam Map<String, String> form,
            Model model) {
        CurrentUser user = currentUsers.require();
        try {
            switch (action) {
                case "acknowledge" -> desk.acknowledge(user, id);
                case "investigate" -> desk.investigate(user, id);
                case "notes" -> desk.addNote(user, id, form.get("body"));
                case "resolve" ->
                    desk.resolve(user, id, new ComplaintDesk.Resolution(enumOrNull(Outcome.class, form.get("outcome")),
                            form.get("rootCause"), form.get("remedy"), form.get("resolution")));
                default -> throw new NotFoundException("no action " + action);
            }
            return "redirect:/compliance/complaints/" + id;
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            model.addAttribute("form", form);
        }
        catch (ConflictException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return renderDetail(user, id, model);
    }

    @GetMapping("/accounts/{id}/complaints")
    @PreAuthorize(ComplaintApiController.INTAKE)
    String account(@PathVariable UUID id, @RequestParam(required = false) UUID taken, Model model) {
        model.addAttribute("taken", taken);
        return renderAccount(currentUsers.require(), id, model);
    }

    @PostMapping("/accounts/{id}/complaints")
    @PreAuthorize(ComplaintApiController.INTAKE)
    String take(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            ComplaintDesk.Taken taken = desk.intake(user,
                    new ComplaintDesk.IntakeRequest(id, enumOrNull(Intake.class, form.get("channel")),
                            enumOrNull(Category.class, form.get("category")), form.get("summary"),
                            form.get("complainant"), form.get("agentUsername"), form.get("externalRef"),
                            receivedAt(user, form.get("receivedAt")),
                            "on".equals(form.get("hold")) || "true".equals(form.get("hold"))));
            return "redirect:/accounts/" + id + "/complaints?taken=" + taken.complaint().id();
        }
        catch (BusinessRuleException | ConflictException ex) {
            model.addAttribute("error", PageProblem.of(ex));
            model.addAttribute("form", form);
        }
        return renderAccount(user, id, model);
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    private String renderWorkbench(CurrentUser user, String sla, String category, Model model) {
        Instant now = clock.instant();
        Category wantedCategory = enumOrNull(Category.class, category);
        SlaState wanted = enumOrNull(SlaState.class, sla);
        List<Row> all = desk.list(user, new ComplaintStore.Filter(null, wantedCategory, null), null, 2000)
            .stream()
            .map(s -> Row.of(s.complaint(), s.account(), now, zone(user)))
            .toList();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (SlaState s : SlaState.values()) {
            counts.put(s.name(), all.stream().filter(r -> r.sla() == s).count());
        }
        // without a choice: the most urgent tab that has complaints (overdue first)
        SlaState shown = wanted != null ? wanted
                : java.util.stream.Stream
                    .of(SlaState.OVERDUE, SlaState.TO_ACKNOWLEDGE, SlaState.INVESTIGATING, SlaState.RESOLVED)
                    .filter(s -> counts.get(s.name()) > 0)
                    .findFirst()
                    .orElse(SlaState.OVERDUE);
        model.addAttribute("rows", all.stream().filter(r -> r.sla() == shown).limit(300).toList());
        model.addAttribute("counts", counts);
        model.addAttribute("sla", shown);
        model.addAttribute("category", wantedCategory);
        model.addAttribute("categories", Category.values());
        model.addAttribute("slaStates", SlaState.values());
        model.addAttribute("days", desk.days(user));
        model.addAttribute("calendarText",
                String.join("\n",
                        desk.calendar(user)
                            .stream()
                            .map(d -> d.day() + " " + (d.working() ? "+" : "") + (d.name() == null ? "" : d.name()))
                            .map(String::strip)
                            .toList()));
        model.addAttribute("zone", zone(user).getId());
        model.addAttribute("canSetSla", user.hasAnyRole(Role.ADMIN, Role.COMPLIANCE));
        model.addAttribute("canHandle", user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.COMPLIANCE));
        return "compliance/complaints";
    }

    private String renderDetail(CurrentUser user, UUID id, Model model) {
        ComplaintDesk.Seen seen = desk.get(user, id);
        model.addAttribute("row", Row.of(seen.complaint(), seen.account(), clock.instant(), zone(user)));
        model.addAttribute("notes", desk.notes(user, id));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("zone", zone(user).getId());
        model.addAttribute("canHandle", user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.COMPLIANCE));
        return "compliance/complaint";
    }

    private String renderAccount(CurrentUser user, UUID accountId, Model model) {
        AccountRef account = accounts.visible(user, accountId)
            .orElseThrow(() -> new NotFoundException("account " + accountId + " not found"));
        boolean canRead = user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.COMPLIANCE, Role.LEGAL);
        Instant now = clock.instant();
        model.addAttribute("account", account);
        model.addAttribute("canRead", canRead);
        model.addAttribute("rows",
                canRead ? desk.list(user, new ComplaintStore.Filter(null, null, accountId), null, 200)
                    .stream()
                    .map(s -> Row.of(s.complaint(), s.account(), now, zone(user)))
                    .toList() : List.of());
        model.addAttribute("channels", Intake.values());
        model.addAttribute("categories", Category.values());
        // the people who contact debtors (a complaint names the collector it is about)
        model.addAttribute("agents",
                tenants.members(user.tenantId())
                    .stream()
                    .filter(m -> m.roles().contains(Role.AGENT) || m.roles().contains(Role.TEAM_LEAD))
                    .map(Tenants.Member::username)
                    .toList());
        model.addAttribute("zone", zone(user).getId());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "compliance/account-complaints";
    }

    private ZoneId zone(CurrentUser user) {
        return tenants.get(user.tenantId()).zone();
    }

    /**
     * A past time typed in the tenant's local time (a letter that came yesterday); blank
     * = now.
     */
    private Instant receivedAt(CurrentUser user, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone(user)).toInstant();
        }
        catch (DateTimeParseException ex) {
            throw new BusinessRuleException("bad-time", "The time received is not a date and time: " + text);
        }
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

}
