package io.recoverydesk.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * The money side of an account for the modules that move it (payments, settlements,
 * promises and plans): read or lock its balance parts, write new parts, change its
 * status. Callers check the user's visibility first ({@link AccountDirectory#visible});
 * this API works on behalf of the system inside the caller's transaction.
 */
public interface AccountBalances {

    /** The account's balance, status and creditor; empty when it is not in the tenant. */
    Optional<Snapshot> read(TenantId tenant, UUID accountId);

    /**
     * As {@link #read}, with the account's row locked until the caller's transaction
     * ends, so that concurrent postings on one account queue up and lose nothing.
     */
    Optional<Snapshot> lock(TenantId tenant, UUID accountId);

    /** The account a creditor knows by {@code creditorRef}; empty when none. */
    Optional<UUID> idByCreditorRef(TenantId tenant, String creditorCode, String creditorRef);

    /**
     * Writes a locked account's new balance parts, status and last payment, audited; a
     * status change is kept in the account's status history.
     */
    void apply(TenantId tenant, String actor, Change change);

    /**
     * As {@link #apply(TenantId, String, Change)}, for a caller that read the account's
     * status under the lock it still holds ({@code before}): one read fewer.
     */
    void apply(TenantId tenant, String actor, Change change, AccountStatus before);

    /**
     * Moves the account to {@code to} when its status is one of {@code from} (any status
     * when {@code from} is empty); audited and kept in the status history. False when the
     * account was in another status (nothing changes).
     */
    boolean changeStatus(TenantId tenant, String actor, UUID accountId, Set<AccountStatus> from, AccountStatus to,
            String reason);

    /** The account's status changes, newest first. */
    List<StatusChange> statusHistory(TenantId tenant, UUID accountId);

    /** The four balance parts; none negative. */
    record Parts(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal penalty) {

        public Parts {
            for (BigDecimal part : List.of(principal, interest, fees, penalty)) {
                if (part.signum() < 0) {
                    throw new IllegalArgumentException("a balance part cannot be negative: " + part.toPlainString());
                }
            }
        }

        public BigDecimal total() {
            return principal.add(interest).add(fees).add(penalty);
        }

    }

    /** An account's money facts. */
    record Snapshot(UUID accountId, UUID creditorId, String creditorCode, String creditorRef, String currency,
            Parts parts, AccountStatus status, LocalDate lastPaymentDate, BigDecimal lastPaymentAmount) {

        public BigDecimal balance() {
            return parts.total();
        }

    }

    /**
     * New parts and status for an account; {@code lastPaymentDate}/{@code Amount} null =
     * unchanged, unless {@code replaceLastPayment}: then they are set as given, null
     * included (a reversal puts back what the reversed payment replaced).
     */
    record Change(UUID accountId, Parts parts, AccountStatus status, LocalDate lastPaymentDate,
            BigDecimal lastPaymentAmount, String reason, boolean replaceLastPayment) {

        public Change(UUID accountId, Parts parts, AccountStatus status, LocalDate lastPaymentDate,
                BigDecimal lastPaymentAmount, String reason) {
            this(accountId, parts, status, lastPaymentDate, lastPaymentAmount, reason, false);
        }

    }

    /** One status change of an account. */
    record StatusChange(Instant at, String actor, AccountStatus from, AccountStatus to, String reason) {
    }

}
