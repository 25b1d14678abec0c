package io.recoverydesk.allocation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import io.recoverydesk.allocation.WorkDemands.Demand;

/**
 * An open account the run considers, with what it needs and who holds it today.
 *
 * @param held the agent of its assignment, or null
 * @param pinned a person pinned the assignment: the run must leave it there
 * @param language the debtor's preferred language, or null for the usual one
 */
record PoolEntry(UUID accountId, UUID debtorId, String creditor, String product, BigDecimal balance,
        BigDecimal propensity, Demand demand, String held, boolean pinned, String language) {

    BigDecimal expectedValue() {
        return balance.multiply(propensity).setScale(2, RoundingMode.HALF_EVEN);
    }

}
