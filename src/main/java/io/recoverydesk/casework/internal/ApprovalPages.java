package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approvers' inbox: settlement requests the user may decide (within their limit, in
 * their scope, not their own), oldest first, with approve and reject (with a reason).
 * Below it the tenant's approval limits, which an admin changes there (the same service
 * and audit as {@code PUT /api/v1/settlement-limits}).
 */
@Controller
class ApprovalPages {

    private final Settlements settlements;

    private final SettlementLimits limits;

    private final AccountDirectory accounts;

    private final ArrangementRules rules;

    private final CurrentUsers currentUsers;

    private final MessageSource messages;

    ApprovalPages(Settlements settlements, SettlementLimits limits, AccountDirectory accounts, ArrangementRules rules,
            CurrentUsers currentUsers, MessageSource messages) {
        this.settlements = settlements;
        this.limits = limits;
        this.accounts = accounts;
        this.rules = rules;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    /** One role's effective limit, as a percent. */
    record LimitRow(String role, String percent) {
    }

    /** One request with the account as people know it. */
    record Item(SettlementStore.View s, String creditorRef, String debtorName, String percent) {
    }

    @GetMapping("/approvals")
    @PreAuthorize(ArrangementRoles.APPROVE)
    String inbox(Model model) {
        return render(currentUsers.require(), model);
    }

    @PostMapping("/approvals/{id}/approve")
    @PreAuthorize(ArrangementRoles.APPROVE)
    String approve(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        return decide(id, true, reason, model, redirect);
    }

    @PostMapping("/approvals/{id}/reject")
    @PreAuthorize(ArrangementRoles.APPROVE)
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        return decide(id, false, reason, model, redirect);
    }

    @PostMapping("/approvals/limits")
    @PreAuthorize(ArrangementRoles.CONFIGURE)
    String saveLimits(@RequestParam(required = false) String agent, @RequestParam(required = false) String teamLead,
            @RequestParam(required = false) String manager, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        LimitsForm form = new LimitsForm(agent, teamLead, manager);
        Map<Role, LimitsForm.Problem> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                limits.save(user.tenantId(), user.username(), form.fractions());
                redirect.addFlashAttribute("limitsSaved", true);
                return "redirect:/approvals";
            }
            catch (BusinessRuleException ex) {
                model.addAttribute("limitsError", PageProblem.of(ex));
            }
        }
        else {
            Map<String, String> byField = new LinkedHashMap<>();
            problems.forEach((role, problem) -> byField.put(role.name(), text(problem)));
            model.addAttribute("limitProblems", byField);
            model.addAttribute("limitsError", PageProblem.shown(String.join(" ", byField.values())));
        }
        model.addAttribute("limitsForm", form);
        return render(user, model);
    }

    private String text(LimitsForm.Problem problem) {
        var locale = LocaleContextHolder.getLocale();
        Object[] args = problem.args().stream().map(a -> {
            if (a instanceof String key && key.startsWith("arr.role.")) {
                return messages.getMessage(key, null, key, locale);
            }
            if (a instanceof BigDecimal percent) {
                return percent.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
            }
            return a;
        }).toArray();
        return messages.getMessage(problem.key(), args, problem.key(), locale);
    }

    /**
     * A decision made goes back to the inbox by a redirect (a reload does not send it
     * again); a refused one shows the inbox with the reason and what was typed.
     */
    private String decide(UUID id, boolean approve, String reason, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            SettlementStore.View s = settlements.decide(user, id, approve, reason);
            redirect.addFlashAttribute("done", approve ? "arr.approvals.approved" : "arr.approvals.rejected");
            redirect.addFlashAttribute("doneRef",
                    accounts.visible(user, s.accountId()).map(AccountDirectory.AccountRef::creditorRef).orElse(""));
            return "redirect:/approvals";
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        catch (ConflictException | AccessDeniedException | NotFoundException ex) {
            model.addAttribute("error", PageProblem.of(ex));
        }
        return render(user, model);
    }

    private String render(CurrentUser user, Model model) {
        List<SettlementStore.View> inbox = settlements.inbox(user);
        Map<UUID, AccountDirectory.AccountRef> refs = accounts.visible(user,
                inbox.stream().map(SettlementStore.View::accountId).toList());
        List<Item> items = inbox.stream().map(s -> {
            var ref = refs.get(s.accountId());
            return new Item(s, ref == null ? "" : ref.creditorRef(), ref == null ? "" : ref.debtorName(),
                    Settlements.percent(s.discount()));
        }).toList();
        model.addAttribute("items", items);
        SettlementApprovalPolicy policy = limits.policy(user.tenantId());
        model.addAttribute("limit", Settlements.percent(policy.limitOf(user.roles())));
        model.addAttribute("limitRows",
                SettlementLimits.SETTABLE.stream()
                    .map(r -> new LimitRow(r.name(), Settlements.percent(policy.limits().get(r))))
                    .toList());
        boolean configure = user.hasAnyRole(Role.ADMIN);
        model.addAttribute("canConfigureLimits", configure);
        if (configure && !model.containsAttribute("limitsForm")) {
            model.addAttribute("limitsForm", LimitsForm.of(policy.limits()));
        }
        if (!model.containsAttribute("limitProblems")) {
            model.addAttribute("limitProblems", Map.of());
        }
        model.addAttribute("zone", rules.zone(user.tenantId()).getId());
        return "casework/approvals";
    }

}
