package io.recoverydesk.casework;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * How urgent an account is in a work queue: a score (higher first) with the reasons a
 * person can read. Pluggable: the strategy engine will replace the interim policy.
 */
public interface PriorityPolicy {

    Priority score(Facts facts);

    /**
     * What the policy reads: the outstanding balance, days past due, the bucket label and
     * how many promises or callbacks are due now (open CALLBACK and PROMISE_DUE tasks due
     * at the time of scoring).
     */
    record Facts(UUID accountId, BigDecimal balance, long dpd, String bucket, int dueNow) {
    }

    /** A score and why, e.g. {@code ["balance 1000.00", "bucket M2 × 0.9"]}. */
    record Priority(BigDecimal score, List<String> reasons) {
    }

}
