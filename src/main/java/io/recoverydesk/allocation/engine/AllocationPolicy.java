package io.recoverydesk.allocation.engine;

import java.math.BigDecimal;

/**
 * How the run trades fairness against continuity.
 *
 * @param fairnessBand how far an agent's expected value per full-time share may be from
 * the team mean, as a fraction: 0.15 allows ±15 %
 * @param keepContinuity {@code true}: a debtor who stays with their current agent is
 * never moved for fairness, only work placed in this run is; {@code false}: the fairness
 * pass may also move kept debtors, but only when moving work placed in this run is not
 * enough
 */
public record AllocationPolicy(BigDecimal fairnessBand, boolean keepContinuity) {

    public AllocationPolicy {
        if (fairnessBand == null || fairnessBand.signum() < 0 || fairnessBand.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the fairness band is a fraction between 0 and 1");
        }
    }

    /** ±15 %, continuity first. */
    public static AllocationPolicy standard() {
        return new AllocationPolicy(new BigDecimal("0.15"), true);
    }

}
