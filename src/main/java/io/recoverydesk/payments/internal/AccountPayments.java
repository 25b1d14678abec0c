package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.payments.PaymentLedger;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountBalances.Snapshot;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An account's money as a person sees it: balance, credit, payments and write-offs. */
@Component
class AccountPayments {

    private final AccountDirectory directory;

    private final AccountBalances balances;

    private final PaymentStore store;

    private final JdbcPaymentLedger ledger;

    AccountPayments(AccountDirectory directory, AccountBalances balances, PaymentStore store,
            JdbcPaymentLedger ledger) {
        this.directory = directory;
        this.balances = balances;
        this.store = store;
        this.ledger = ledger;
    }

    /** The answer of {@code GET /api/v1/accounts/{id}/payments}. */
    record View(UUID accountId, String creditorCode, String creditorRef, String currency, String status,
            AccountBalances.Parts parts, BigDecimal balance, BigDecimal credit, List<PaymentView> payments,
            List<PaymentLedger.Line> writeOffs) {
    }

    @Transactional(readOnly = true)
    View of(CurrentUser user, UUID accountId) {
        directory.visible(user, accountId)
            .orElseThrow(() -> new NotFoundException("account " + accountId + " not found"));
        Snapshot s = balances.read(user.tenantId(), accountId)
            .orElseThrow(() -> new NotFoundException("account " + accountId + " not found"));
        return new View(accountId, s.creditorCode(), s.creditorRef(), s.currency(), s.status().name(), s.parts(),
                s.balance(), store.credit(user.tenantId(), accountId),
                store.ofAccount(user.tenantId(), accountId).stream().map(PaymentView::of).toList(),
                ledger.writeOffs(user.tenantId(), accountId));
    }

    /** One payment the user may see; 404 otherwise. */
    @Transactional(readOnly = true)
    PaymentView payment(CurrentUser user, UUID paymentId) {
        return store.find(user.tenantId(), paymentId)
            .filter(p -> directory.visible(user, p.accountId()).isPresent())
            .map(PaymentView::of)
            .orElseThrow(() -> new NotFoundException("payment " + paymentId + " not found"));
    }

}
