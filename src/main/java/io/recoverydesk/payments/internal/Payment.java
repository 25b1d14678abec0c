package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A posted payment as stored: what it paid of each part ({@code allocation}), the status
 * of the account before and after, and its reversal once reversed.
 */
record Payment(UUID id, UUID accountId, UUID creditorId, String creditorCode, BigDecimal amount, String currency,
        Instant paidAt, String method, String reference, Allocation allocation, BigDecimal balanceAfter,
        String statusBefore, String statusAfter, String source, UUID importId, String postedBy, Instant postedAt,
        Instant reversedAt, String reversedBy, String reversalReason) {

    boolean reversed() {
        return reversedAt != null;
    }

}
