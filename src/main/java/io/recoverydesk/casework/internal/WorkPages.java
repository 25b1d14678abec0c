package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's "next case" page (a big button, key N) with their leases and, when nothing
 * is workable, why and when the next case opens; the team lead's assignment page.
 */
@Controller
class WorkPages {

    private final WorkQueue queue;

    private final Assignments assignments;

    private final CurrentUsers currentUsers;

    private final Tenants tenants;

    private final MessageSource messages;

    WorkPages(WorkQueue queue, Assignments assignments, CurrentUsers currentUsers, Tenants tenants,
            MessageSource messages) {
        this.messages = messages;
        this.queue = queue;
        this.assignments = assignments;
        this.currentUsers = currentUsers;
        this.tenants = tenants;
    }

    @GetMapping("/work")
    @PreAuthorize(CaseworkRoles.WORK)
    String work(Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("status", queue.status(user));
        model.addAttribute("leases", queue.myLeases(user));
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        return "casework/work";
    }

    @PostMapping("/work/next")
    @PreAuthorize(CaseworkRoles.WORK)
    String next(@RequestParam(required = false) UUID release, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        // taken while the current case is still held, so "next" never answers the same
        // one
        Optional<WorkQueue.Case> next = queue.next(user);
        if (release != null) {
            // "next" from a case view: the agent is done with that one
            try {
                queue.release(user, release, agent -> assignments.supervises(user, agent));
            }
            catch (NotFoundException | io.recoverydesk.kernel.ConflictException ex) {
                // not held by the caller any more: nothing to release
            }
        }
        if (next.isPresent()) {
            return "redirect:/accounts/" + next.get().accountId();
        }
        redirect.addFlashAttribute("nothing", true);
        return "redirect:/work";
    }

    @PostMapping("/work/{accountId}/release")
    @PreAuthorize(CaseworkRoles.RELEASE)
    String release(@PathVariable UUID accountId) {
        CurrentUser user = currentUsers.require();
        queue.release(user, accountId, agent -> assignments.supervises(user, agent));
        return "redirect:/work";
    }

    @GetMapping("/work/assignments")
    @PreAuthorize(CaseworkRoles.ASSIGN)
    String assignmentsPage(@RequestParam(required = false) String agent, Model model) {
        return render(currentUsers.require(), agent, model);
    }

    @PostMapping("/work/assignments")
    @PreAuthorize(CaseworkRoles.ASSIGN)
    String assign(@RequestParam Map<String, String> form, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            Assignments.Request request;
            if ("filter".equals(form.get("mode"))) {
                request = new Assignments.Request(null, null,
                        new Assignments.Filter(blankToNull(form.get("creditor")), blankToNull(form.get("bucket")),
                                minBalance(form.get("minBalance")), form.containsKey("unassignedOnly")),
                        form.get("agent"), limit(form.get("limit")), form.containsKey("pin"));
            }
            else {
                List<UUID> ids = new ArrayList<>();
                List<String> refs = new ArrayList<>();
                Arrays.stream(form.getOrDefault("ids", "").split("[,，\\s]+"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(s -> {
                        try {
                            ids.add(UUID.fromString(s));
                        }
                        catch (IllegalArgumentException ex) {
                            refs.add(s);
                        }
                    });
                if (ids.isEmpty() && refs.isEmpty()) {
                    throw new BadRequestException("ids-or-filter", "Give account refs or ids.");
                }
                request = new Assignments.Request(ids, refs, null, form.get("agent"), null, form.containsKey("pin"));
            }
            model.addAttribute("result", assignments.assign(user, request));
        }
        catch (Assignments.UnknownAccounts ex) {
            model.addAttribute("error", PageProblem.shown(messages.getMessage("work.assign.unknown",
                    new Object[] { ex.shown() }, LocaleContextHolder.getLocale())));
        }
        catch (FieldRefused ex) {
            model.addAttribute("error", PageProblem
                .shown(messages.getMessage(ex.key, new Object[] { ex.value }, LocaleContextHolder.getLocale())));
        }
        catch (BusinessRuleException | BadRequestException | NotFoundException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        model.addAttribute("form", form);
        return render(user, form.get("agent"), model);
    }

    @PostMapping("/work/assignments/unpin")
    @PreAuthorize(CaseworkRoles.ASSIGN)
    String unpin(@RequestParam UUID accountId, @RequestParam String agent,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        int unpinned = assignments.unpin(currentUsers.require(), List.of(accountId));
        redirect.addFlashAttribute("unpinned", unpinned);
        redirect.addAttribute("agent", agent);
        return "redirect:/work/assignments";
    }

    private String render(CurrentUser user, String agent, Model model) {
        model.addAttribute("loads", assignments.loads(user));
        model.addAttribute("agents", assignments.assignable(user));
        model.addAttribute("agent", agent);
        model.addAttribute("rows", agent == null || agent.isBlank() ? List.of() : assignments.of(user, agent.strip()));
        model.addAttribute("zone", tenants.get(user.tenantId()).zone().getId());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "casework/assignments";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A form field the page refuses before asking the service: its message key and value.
     */
    private static final class FieldRefused extends RuntimeException {

        private final String key;

        private final String value;

        FieldRefused(String key, String value) {
            super(key + ": " + value);
            this.key = key;
            this.value = value;
        }

    }

    private static BigDecimal minBalance(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.strip().replace(",", ""));
        }
        catch (NumberFormatException ex) {
            throw new FieldRefused("work.assign.minBalanceNaN", value.strip());
        }
        if (amount.signum() < 0) {
            throw new FieldRefused("work.assign.minBalanceNegative", value.strip());
        }
        return amount;
    }

    private static Integer limit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit > 0) {
                return limit;
            }
        }
        catch (NumberFormatException ex) {
            // refused below
        }
        throw new FieldRefused("work.assign.limitNaN", value.strip());
    }

}
