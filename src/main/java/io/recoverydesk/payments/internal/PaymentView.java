package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment as the API shows it: what it paid of each part, the credit it left and the
 * account's balance and status after it; the reversal once reversed.
 */
record PaymentView(UUID id, UUID accountId, String creditorCode, BigDecimal amount, String currency, Instant paidAt,
        String method, String reference, Applied applied, BigDecimal credit, BigDecimal balanceAfter,
        String statusBefore, String statusAfter, String source, UUID importId, String postedBy, Instant postedAt,
        Instant reversedAt, String reversedBy, String reversalReason) {

    /** The amounts paid of each balance part. */
    record Applied(BigDecimal penalty, BigDecimal fees, BigDecimal interest, BigDecimal principal) {
    }

    static PaymentView of(Payment p) {
        Allocation a = p.allocation();
        return new PaymentView(p.id(), p.accountId(), p.creditorCode(), p.amount(), p.currency(), p.paidAt(),
                p.method(), p.reference(), new Applied(a.penalty(), a.fees(), a.interest(), a.principal()), a.credit(),
                p.balanceAfter(), p.statusBefore(), p.statusAfter(), p.source(), p.importId(), p.postedBy(),
                p.postedAt(), p.reversedAt(), p.reversedBy(), p.reversalReason());
    }

}
