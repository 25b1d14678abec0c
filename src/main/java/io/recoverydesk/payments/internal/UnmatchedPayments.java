package io.recoverydesk.payments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountBalances.Snapshot;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rows of payment files that matched no account: a person matches one to an account of
 * the same creditor (which posts it) or dismisses it with a reason; audited.
 */
@Service
class UnmatchedPayments {

    private final ImportStore imports;

    private final PaymentPosting posting;

    private final AccountDirectory directory;

    private final AccountBalances balances;

    private final AuditLog audit;

    private final Clock clock;

    UnmatchedPayments(ImportStore imports, PaymentPosting posting, AccountDirectory directory, AccountBalances balances,
            AuditLog audit, Clock clock) {
        this.imports = imports;
        this.posting = posting;
        this.directory = directory;
        this.balances = balances;
        this.audit = audit;
        this.clock = clock;
    }

    List<ImportStore.Waiting> list(CurrentUser user) {
        return imports.unmatched(user.tenantId(), user.creditorScope(), 500);
    }

    /** Posts the row to the account; answers the payment id. */
    @Transactional
    UUID match(CurrentUser user, UUID rowId, UUID accountId) {
        // the account before the row: the order in which a posting with the same
        // reference
        // takes them (it locks its account, then the waiting rows), so the two never wait
        // for each other in a circle
        Optional<Snapshot> locked = accountId == null || directory.visible(user, accountId).isEmpty() ? Optional.empty()
                : balances.lock(user.tenantId(), accountId);
        ImportStore.Waiting waiting = lock(user, rowId);
        Snapshot account = locked.orElseThrow(PaymentPosting::unknownAccount);
        if (!account.creditorCode().equals(waiting.creditor())) {
            throw PaymentRules.invalid("other-creditor", "accountId", "The row came in a file of creditor "
                    + waiting.creditor() + "; match it to an account of that creditor.");
        }
        ImportStore.Waiting w = waiting;
        PaymentPosting.Answer answer = posting.post(user.tenantId(),
                new PaymentPosting.Posting(accountId, w.row().amount(), account.currency(), w.row().paidAt(),
                        w.row().method(), w.row().reference(), "FILE", w.importId(), user.username(), null, null),
                rowId);
        Instant now = clock.instant();
        imports.resolve(user.tenantId(), rowId, ImportReport.MATCHED, answer.paymentId(),
                "Matched by hand to " + account.creditorRef() + ".", user.username(), now);
        audit.record(user.tenantId(), user.username(), "UNMATCHED_PAYMENT_MATCHED", "payment_import_row",
                rowId.toString(), "account=" + accountId + " payment=" + answer.paymentId());
        return answer.paymentId();
    }

    @Transactional
    void dismiss(CurrentUser user, UUID rowId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw PaymentRules.invalid("reason-required", "reason", "Say why the row is dismissed.");
        }
        lock(user, rowId);
        imports.resolve(user.tenantId(), rowId, ImportReport.DISMISSED, null, reason.strip(), user.username(),
                clock.instant());
        audit.record(user.tenantId(), user.username(), "UNMATCHED_PAYMENT_DISMISSED", "payment_import_row",
                rowId.toString(), "reason=" + reason.strip());
    }

    private ImportStore.Waiting lock(CurrentUser user, UUID rowId) {
        return imports.lockUnmatched(user.tenantId(), rowId)
            .filter(w -> user.maysee(w.creditor()))
            .orElseThrow(() -> new NotFoundException("unmatched payment row " + rowId + " not found"));
    }

}
