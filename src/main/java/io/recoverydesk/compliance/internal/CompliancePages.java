package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.Direction;
import io.recoverydesk.compliance.policy.HoldType;
import io.recoverydesk.compliance.policy.Outcome;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance panel of the account page (loaded by htmx): the door's verdicts, logging
 * a contact, placing and lifting holds, the latest contacts.
 */
@Controller
class CompliancePages {

    private static final String PANEL = "compliance/panel :: panel";

    private final AccountCompliancePanel panel;

    private final ContactDoor door;

    private final HoldDesk holds;

    private final Tenants tenants;

    private final CurrentUsers currentUsers;

    CompliancePages(AccountCompliancePanel panel, ContactDoor door, HoldDesk holds, Tenants tenants,
            CurrentUsers currentUsers) {
        this.panel = panel;
        this.door = door;
        this.holds = holds;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/accounts/{id}/compliance")
    @PreAuthorize(ComplianceRoles.READ)
    String panel(@PathVariable UUID id, Model model) {
        return render(currentUsers.require(), id, model);
    }

    @PostMapping("/accounts/{id}/contacts")
    @PreAuthorize(ComplianceRoles.RECORD)
    String logContact(@PathVariable UUID id, @RequestParam Channel channel,
            @RequestParam(required = false) UUID contactPointId,
            @RequestParam(defaultValue = "OUTBOUND") Direction direction, @RequestParam Outcome outcome,
            @RequestParam(required = false) Integer durationSeconds, @RequestParam(required = false) String notes,
            @RequestParam(required = false) String startedAt, @RequestParam(required = false) Integer collectors,
            @RequestParam(required = false) String callbackAt, Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        try {
            Instant callback = localTime(user, callbackAt, "bad-callback", "The callback time");
            if (outcome == Outcome.CALLBACK_REQUESTED && callback == null) {
                throw new BusinessRuleException("callback-required",
                        "A callback request needs the date and time to call back.");
            }
            if (notes != null && notes.length() > 4000) {
                throw new BusinessRuleException("notes-too-long", "Notes are limited to 4000 characters.");
            }
            if (collectors != null && (collectors < 0 || collectors > 20)) {
                throw new BusinessRuleException("bad-collectors", "Collectors on a visit: 0 to 20.");
            }
            if (durationSeconds != null && (durationSeconds < 0 || durationSeconds > 86_400)) {
                throw new BusinessRuleException("bad-duration", "Duration is 0 to 86400 seconds.");
            }
            ContactDoor.Recorded recorded = door.record(user,
                    new ContactDoor.Report(id, channel, direction, contactPointId, Party.DEBTOR,
                            localTime(user, startedAt, "bad-time", "The start time"), outcome, durationSeconds,
                            notes == null || notes.isBlank() ? null : notes.strip(), null, collectors, null, callback));
            model.addAttribute("recorded", recorded);
            // the case view refreshes its timeline and tasks; a promise opens the promise
            // form
            response.setHeader("HX-Trigger",
                    outcome == Outcome.PROMISE_TO_PAY ? "rd:open-promise, rd:timeline-changed" : "rd:timeline-changed");
        }
        catch (ContactDoor.ContactBlockedException ex) {
            model.addAttribute("blocked", ex.verdict());
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return render(user, id, model);
    }

    @PostMapping("/accounts/{id}/holds")
    @PreAuthorize(ComplianceRoles.PLACE_HOLD)
    String placeHold(@PathVariable UUID id, @RequestParam HoldType type, @RequestParam String reason,
            @RequestParam(required = false) UUID contactPointId, @RequestParam(required = false) Channel channel,
            Model model) {
        CurrentUser user = currentUsers.require();
        try {
            holds.place(user, id, new HoldDesk.Request(type, reason, contactPointId, channel));
            model.addAttribute("saved", "hold.placed");
        }
        catch (BusinessRuleException | ConflictException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return render(user, id, model);
    }

    @PostMapping("/accounts/{id}/holds/{holdId}/lift")
    @PreAuthorize(ComplianceRoles.LIFT_HOLD)
    String liftHold(@PathVariable UUID id, @PathVariable UUID holdId, @RequestParam String reason, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            holds.lift(user, id, holdId, reason);
            model.addAttribute("saved", "hold.lifted");
        }
        catch (BusinessRuleException | ConflictException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return render(user, id, model);
    }

    private String render(CurrentUser user, UUID id, Model model) {
        panel.fill(user, id, model);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("holdTypes", HoldType.values());
        model.addAttribute("canRecord",
                user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.TEAM_LEAD, Role.AGENT, Role.LEGAL));
        model.addAttribute("canLift", user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.COMPLIANCE, Role.LEGAL));
        model.addAttribute("canPlace",
                user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.TEAM_LEAD, Role.AGENT, Role.COMPLIANCE, Role.LEGAL));
        return PANEL;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(io.recoverydesk.kernel.NotFoundException.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    /**
     * A time typed in the tenant's local time (a past start from a paper log, a callback
     * time); blank = none.
     */
    private Instant localTime(CurrentUser user, String text, String type, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(tenants.get(user.tenantId()).zone()).toInstant();
        }
        catch (DateTimeParseException ex) {
            throw new BusinessRuleException(type, what + " is not a date and time: " + text);
        }
    }

}
