package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountBalances.Parts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a reversal gives a balance back, the credit that the account's other payments left
 * (money received while nothing was owed) pays it, oldest payment first and in the
 * creditor's allocation order: the debtor is not asked again for money already received.
 * Each such payment's allocation changes accordingly (its credit becomes the parts it now
 * pays), so that reversing it later gives back exactly those parts. Runs under the
 * account's row lock, which every posting and reversal takes first.
 */
@Component
class StandingCredit {

    private final PaymentStore store;

    private final AllocationOrders orders;

    private final AuditLog audit;

    StandingCredit(PaymentStore store, AllocationOrders orders, AuditLog audit) {
        this.store = store;
        this.orders = orders;
        this.audit = audit;
    }

    /** What is owed once the credit was applied, and how much credit that took. */
    record Applied(Parts owed, BigDecimal amount) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Applied apply(TenantId tenant, String actor, UUID accountId, String creditorCode, UUID reversed, Parts owed) {
        List<Payment> withCredit = store.ofAccount(tenant, accountId)
            .stream()
            .filter(p -> !p.reversed() && !p.id().equals(reversed) && p.allocation().credit().signum() > 0)
            .sorted(Comparator.comparing(Payment::postedAt).thenComparing(Payment::id))
            .toList();
        BigDecimal taken = BigDecimal.ZERO;
        AllocationOrder order = withCredit.isEmpty() ? null : orders.of(tenant, creditorCode);
        for (Payment payment : withCredit) {
            if (owed.total().signum() <= 0) {
                break;
            }
            BigDecimal amount = payment.allocation().credit().min(owed.total());
            Allocation moved = Allocation.of(owed, amount, order);
            store.applyCredit(tenant, payment.id(), moved);
            owed = moved.paidFrom(owed);
            taken = taken.add(amount);
            audit.record(tenant, actor, "PAYMENT_CREDIT_APPLIED", "payment", payment.id().toString(),
                    "account=" + accountId + " amount=" + amount.toPlainString() + " penalty="
                            + moved.penalty().toPlainString() + " fees=" + moved.fees().toPlainString() + " interest="
                            + moved.interest().toPlainString() + " principal=" + moved.principal().toPlainString()
                            + " after reversal of payment " + reversed);
        }
        return new Applied(owed, taken);
    }

}
