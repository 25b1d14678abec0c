package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountBalances;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the account page's arrangements panel shows: the open promise, plan and settlement
 * with their installments, the recent history, and the forms with their previews (plan
 * installments; a settlement's discount and who must approve it).
 */
@Component
class ArrangementPanel {

    private final ArrangementRules rules;

    private final AccountBalances balances;

    private final PromiseStore promises;

    private final PlanStore plans;

    private final SettlementStore settlements;

    private final SettlementLimits limits;

    private final ArrangementHistory history;

    private final ArrangementProperties properties;

    ArrangementPanel(ArrangementRules rules, AccountBalances balances, PromiseStore promises, PlanStore plans,
            SettlementStore settlements, SettlementLimits limits, ArrangementHistory history,
            ArrangementProperties properties) {
        this.rules = rules;
        this.balances = balances;
        this.promises = promises;
        this.plans = plans;
        this.settlements = settlements;
        this.limits = limits;
        this.history = history;
        this.properties = properties;
    }

    /** A settlement offer's discount and the lowest role that may approve it. */
    record SettlementPreview(BigDecimal amount, BigDecimal discount, String percent, String requiredRole,
            boolean selfApproved) {
    }

    String fill(CurrentUser user, UUID accountId, Model model, Map<String, String> form) {
        rules.requireVisible(user, accountId);
        AccountBalances.Snapshot account = balances.read(user.tenantId(), accountId)
            .orElseThrow(() -> new NotFoundException("No account " + accountId + "."));
        var tenant = user.tenantId();
        model.addAttribute("accountId", accountId);
        model.addAttribute("currency", account.currency());
        model.addAttribute("balance", account.balance());
        model.addAttribute("accountStatus", account.status().name());
        model.addAttribute("accountOpen", account.status().isOpen());
        model.addAttribute("today", rules.today(tenant));
        model.addAttribute("horizon", rules.today(tenant).plusDays(properties.promiseHorizonDays()));
        model.addAttribute("grace", properties.graceDays());
        model.addAttribute("zone", rules.zone(tenant).getId());
        model.addAttribute("canMake", user.hasAnyRole(Role.AGENT, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN));
        List<PromiseStore.View> allPromises = promises.ofAccount(tenant, accountId);
        model.addAttribute("promise",
                allPromises.stream().filter(p -> p.status().equals("PENDING")).findFirst().orElse(null));
        model.addAttribute("lastPromise", allPromises.stream().findFirst().orElse(null));
        model.addAttribute("plan",
                plans.ofAccount(tenant, accountId)
                    .stream()
                    .filter(p -> p.status().equals("ACTIVE"))
                    .findFirst()
                    .orElse(null));
        SettlementStore.View settlement = settlements.open(tenant, accountId).orElse(null);
        model.addAttribute("settlement", settlement);
        model.addAttribute("settlementPercent", settlement == null ? null : Settlements.percent(settlement.discount()));
        model.addAttribute("history", history.of(tenant, accountId, 12));
        Map<String, String> percents = new java.util.LinkedHashMap<>();
        limits.view(tenant).forEach((role, limit) -> percents.put(role, Settlements.percent(limit)));
        model.addAttribute("limits", percents);
        model.addAttribute("form", form == null ? Map.of() : form);
        return "casework/arrangements :: panel";
    }

    /** The decimals of the account's currency (2 when the account is not found). */
    int scale(CurrentUser user, UUID accountId) {
        return balances.read(user.tenantId(), accountId).map(a -> ArrangementRules.scale(a.currency())).orElse(2);
    }

    /**
     * The discount of an offer against the balance now, or null when it is not an offer.
     */
    SettlementPreview settlementPreview(CurrentUser user, UUID accountId, BigDecimal amount) {
        AccountBalances.Snapshot account = balances.read(user.tenantId(), accountId).orElse(null);
        if (account == null || amount == null || amount.signum() <= 0 || amount.compareTo(account.balance()) >= 0) {
            return null;
        }
        SettlementApprovalPolicy policy = limits.policy(user.tenantId());
        BigDecimal discount = SettlementApprovalPolicy.discount(amount, account.balance());
        return new SettlementPreview(amount, discount, Settlements.percent(discount),
                policy.requiredRole(discount).name(), policy.mayDecide(user.roles(), discount));
    }

}
