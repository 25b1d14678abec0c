package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.stereotype.Component;

/**
 * Checks shared by promises, plans and settlements: the account is visible and open
 * (locked for the caller's transaction), amounts and dates are valid, the business date
 * in the tenant's zone.
 */
@Component
class ArrangementRules {

    private final AccountDirectory accounts;

    private final AccountBalances balances;

    private final Tenants tenants;

    private final Clock clock;

    ArrangementRules(AccountDirectory accounts, AccountBalances balances, Tenants tenants, Clock clock) {
        this.accounts = accounts;
        this.balances = balances;
        this.tenants = tenants;
        this.clock = clock;
    }

    ZoneId zone(TenantId tenant) {
        return tenants.get(tenant).zone();
    }

    LocalDate today(TenantId tenant) {
        return LocalDate.ofInstant(clock.instant(), zone(tenant));
    }

    /** 404 unless the user may see the account. */
    void requireVisible(CurrentUser user, UUID accountId) {
        if (accounts.visible(user, accountId).isEmpty()) {
            throw new NotFoundException("No account " + accountId + ".");
        }
    }

    /** Visible, locked until the transaction ends, and open (422 for a closed one). */
    AccountBalances.Snapshot lockOpen(CurrentUser user, UUID accountId) {
        requireVisible(user, accountId);
        AccountBalances.Snapshot account = balances.lock(user.tenantId(), accountId)
            .orElseThrow(() -> new NotFoundException("No account " + accountId + "."));
        if (!account.status().isOpen()) {
            throw new BusinessRuleException("account-closed",
                    "The account is " + account.status() + "; arrangements are only made on open accounts.");
        }
        return account;
    }

    static int scale(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    /**
     * Checks installments (amount above zero at the currency's scale, dates from today to
     * the horizon) and answers them ordered by date and numbered.
     */
    static List<Installment> installments(List<Installment> raw, String currency, LocalDate today, int horizonDays,
            String field) {
        List<FieldProblem> problems = new ArrayList<>();
        int scale = scale(currency);
        for (int i = 0; i < raw.size(); i++) {
            Installment in = raw.get(i);
            String at = raw.size() == 1 ? "" : field + "[" + i + "].";
            if (in.amount().stripTrailingZeros().scale() > scale) {
                problems.add(new FieldProblem(at + "amount", InstallmentProblems.DECIMALS.format(scale)));
            }
            if (in.dueDate().isBefore(today)) {
                problems.add(new FieldProblem(at + "dueDate", InstallmentProblems.NOT_BEFORE_TODAY.format(today)));
            }
            else if (horizonDays >= 0 && in.dueDate().isAfter(today.plusDays(horizonDays))) {
                problems.add(new FieldProblem(at + "dueDate",
                        InstallmentProblems.WITHIN.format(horizonDays, today.plusDays(horizonDays))));
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-installments", "Some installments are not valid.", problems);
        }
        List<Installment> sorted = raw.stream().sorted(Comparator.comparing(Installment::dueDate)).toList();
        List<Installment> numbered = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            numbered.add(new Installment(i + 1, sorted.get(i).amount().setScale(scale), sorted.get(i).dueDate()));
        }
        return List.copyOf(numbered);
    }

    static void requireWithinBalance(BigDecimal total, BigDecimal balance, String field) {
        if (total.compareTo(balance) > 0) {
            throw new BusinessRuleException("above-balance",
                    "The amount " + total.toPlainString() + " is above the balance " + balance.toPlainString() + ".",
                    List.of(new FieldProblem(field, "at most the balance " + balance.toPlainString())));
        }
    }

}
