package io.recoverydesk.casework.internal;

import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The approvers' inbox: settlement requests the user may decide (within their limit, in
 * their scope, not their own), oldest first, with approve and reject (with a reason).
 */
@Controller
class ApprovalPages {

    private final Settlements settlements;

    private final SettlementLimits limits;

    private final AccountDirectory accounts;

    private final ArrangementRules rules;

    private final CurrentUsers currentUsers;

    ApprovalPages(Settlements settlements, SettlementLimits limits, AccountDirectory accounts, ArrangementRules rules,
            CurrentUsers currentUsers) {
        this.settlements = settlements;
        this.limits = limits;
        this.accounts = accounts;
        this.rules = rules;
        this.currentUsers = currentUsers;
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
    String approve(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        return decide(id, true, reason, model);
    }

    @PostMapping("/approvals/{id}/reject")
    @PreAuthorize(ArrangementRoles.APPROVE)
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        return decide(id, false, reason, model);
    }

    private String decide(UUID id, boolean approve, String reason, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            SettlementStore.View s = settlements.decide(user, id, approve, reason);
            model.addAttribute("done", approve ? "arr.approvals.approved" : "arr.approvals.rejected");
            model.addAttribute("doneRef",
                    accounts.visible(user, s.accountId()).map(AccountDirectory.AccountRef::creditorRef).orElse(""));
        }
        catch (BusinessRuleException ex) {
            model.addAttribute("error", ex.describe());
        }
        catch (ConflictException | AccessDeniedException | NotFoundException ex) {
            model.addAttribute("error", ex.getMessage());
        }
        return render(user, model);
    }

    private String render(CurrentUser user, Model model) {
        List<Item> items = settlements.inbox(user).stream().map(s -> {
            var ref = accounts.visible(user, s.accountId()).orElse(null);
            return new Item(s, ref == null ? "" : ref.creditorRef(), ref == null ? "" : ref.debtorName(),
                    Settlements.percent(s.discount()));
        }).toList();
        model.addAttribute("items", items);
        model.addAttribute("limit", Settlements.percent(limits.policy(user.tenantId()).limitOf(user.roles())));
        model.addAttribute("zone", rules.zone(user.tenantId()).getId());
        return "casework/approvals";
    }

}
