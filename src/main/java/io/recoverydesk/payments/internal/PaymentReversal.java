package io.recoverydesk.payments.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentReversed;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountBalances.Parts;
import io.recoverydesk.portfolio.AccountBalances.Snapshot;
import io.recoverydesk.portfolio.AccountDirectory;
import io.recoverydesk.portfolio.AccountStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reverses a payment (bounced, chargeback) at most once: gives back exactly what it paid
 * of each part and takes back the credit it left; credit that other payments left then
 * pays what was given back ({@link StandingCredit}); an account it had closed as PAID
 * reopens in the status it had before (ACTIVE if that was closed too). On a SETTLED
 * account a payment that paid towards the balance also undoes the settlement's write-off
 * in the same transaction: the parts it zeroed come back, the write-off is marked
 * reversed (kept, audited) and the account reopens ACTIVE.
 */
@Service
class PaymentReversal {

    private final PaymentStore store;

    private final AccountBalances balances;

    private final AccountDirectory directory;

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final JdbcPaymentLedger ledger;

    private final Tenants tenants;

    private final StandingCredit standingCredit;

    PaymentReversal(PaymentStore store, AccountBalances balances, AccountDirectory directory, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, JdbcPaymentLedger ledger, Tenants tenants,
            StandingCredit standingCredit) {
        this.store = store;
        this.standingCredit = standingCredit;
        this.tenants = tenants;
        this.ledger = ledger;
        this.balances = balances;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Payment reverse(CurrentUser user, UUID paymentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw PaymentRules.invalid("reason-required", "reason", "Say why the payment is reversed.");
        }
        if (reason.strip().length() > 500) {
            throw PaymentRules.invalid("reason-too-long", "reason", "The reason is limited to 500 characters.");
        }
        Payment seen = store.find(user.tenantId(), paymentId)
            .filter(p -> directory.visible(user, p.accountId()).isPresent())
            .orElseThrow(() -> new NotFoundException("payment " + paymentId + " not found"));
        Snapshot account = balances.lock(user.tenantId(), seen.accountId())
            .orElseThrow(() -> new NotFoundException("payment " + paymentId + " not found"));
        Payment payment = store.lock(user.tenantId(), paymentId).orElseThrow();
        if (payment.reversed()) {
            throw new ConflictException("already-reversed", "Payment " + paymentId + " was already reversed at "
                    + payment.reversedAt() + " by " + payment.reversedBy() + ".");
        }
        Parts restored = payment.allocation().restoredTo(account.parts());
        AccountStatus status = account.status();
        if (status == AccountStatus.PAID && restored.total().signum() > 0) {
            AccountStatus before = AccountStatus.valueOf(payment.statusBefore());
            status = before.isOpen() ? before : AccountStatus.ACTIVE;
        }
        Instant now = clock.instant();
        String why = reason.strip();
        Optional<JdbcPaymentLedger.LiveWriteOff> undone = Optional.empty();
        if (status == AccountStatus.SETTLED && restored.total().signum() > 0) {
            // the payment paid towards the balance the settlement closed: its write-off
            // is undone, exactly the parts it zeroed come back, and the account is worked
            // again (casework reopens or re-closes the settlement on PaymentReversed)
            undone = ledger.liveWriteOff(user.tenantId(), account.accountId());
            if (undone.isPresent()) {
                JdbcPaymentLedger.LiveWriteOff w = undone.get();
                restored = plus(restored, w.parts());
                status = AccountStatus.ACTIVE;
                ledger.markWriteOffReversed(user.tenantId(), w.id(), now, user.username(),
                        "reversal of payment " + paymentId + ": " + why, paymentId);
                audit.record(user.tenantId(), user.username(), "WRITE_OFF_REVERSED", "write_off", w.id().toString(),
                        "account=" + account.accountId() + " settlement=" + w.settlementId() + " amount="
                                + w.amount().toPlainString() + " " + account.currency() + " payment=" + paymentId
                                + " reason=" + why);
            }
        }
        StandingCredit.Applied credit = standingCredit.apply(user.tenantId(), user.username(), account.accountId(),
                payment.creditorCode(), paymentId, restored);
        if (credit.amount().signum() > 0) {
            restored = credit.owed();
            if (restored.total().signum() == 0) {
                // what the reversal gave back is covered by money already received
                status = AccountStatus.PAID;
            }
        }
        store.addCredit(user.tenantId(), account.accountId(), account.currency(),
                payment.allocation().credit().negate().subtract(credit.amount()), now);
        String note = undone.map(w -> "; write-off of settlement " + w.settlementId() + " undone").orElse("")
                + (credit.amount().signum() > 0
                        ? "; credit of " + credit.amount().toPlainString() + " from other payments applied" : "");
        Optional<PaymentStore.LastPayment> last = lastPaymentWithout(user.tenantId(), account, payment);
        balances.apply(user.tenantId(), user.username(),
                new AccountBalances.Change(account.accountId(), restored, status,
                        last.map(PaymentStore.LastPayment::date).orElse(null),
                        last.map(PaymentStore.LastPayment::amount).orElse(null),
                        "reversal of payment " + paymentId + note + ": " + why, last.isPresent()));
        store.markReversed(user.tenantId(), paymentId, now, user.username(), why);
        audit.record(user.tenantId(), user.username(), "PAYMENT_REVERSED", "payment", paymentId.toString(),
                "account=" + account.accountId() + " amount=" + payment.amount().toPlainString() + " "
                        + payment.currency() + " status=" + account.status() + "->" + status + " reason=" + why);
        events.publishEvent(new PaymentReversed(user.tenantId(), paymentId, account.accountId(), payment.creditorCode(),
                payment.amount(), payment.currency(), payment.paidAt(), restored.total(), why, user.username()));
        return store.find(user.tenantId(), paymentId).orElseThrow();
    }

    /**
     * The account's last payment once {@code payment} no longer counts, when the account
     * shows that payment as its last one: the latest posting that stands (a later posting
     * wins a tie, as when posting), or else what the account showed before its first
     * posting (the creditor's figure; none at all included). Empty: leave it as it is
     * (another payment is shown, or what came before is not known).
     */
    private Optional<PaymentStore.LastPayment> lastPaymentWithout(TenantId tenant, Snapshot account, Payment payment) {
        ZoneId zone = tenants.get(tenant).zone();
        boolean shown = LocalDate.ofInstant(payment.paidAt(), zone).equals(account.lastPaymentDate())
                && account.lastPaymentAmount() != null && payment.amount().compareTo(account.lastPaymentAmount()) == 0;
        if (!shown) {
            return Optional.empty();
        }
        PaymentStore.Remaining remaining = store.remainingPayments(tenant, account.accountId(), payment.id());
        PaymentStore.LastPayment last = remaining.beforeAny().orElse(null);
        for (PaymentStore.Paid paid : remaining.payments()) {
            LocalDate paidOn = LocalDate.ofInstant(paid.paidAt(), zone);
            if (last == null || last.date() == null || !paidOn.isBefore(last.date())) {
                last = new PaymentStore.LastPayment(paidOn, paid.amount());
            }
        }
        return Optional.ofNullable(last);
    }

    private static Parts plus(Parts a, Parts b) {
        return new Parts(a.principal().add(b.principal()), a.interest().add(b.interest()), a.fees().add(b.fees()),
                a.penalty().add(b.penalty()));
    }

}
