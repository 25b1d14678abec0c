package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;

/**
 * The sums of one arm's outcomes, exact.
 */
public record ArmTotals(Arm arm, int accounts, BigDecimal balanceAtStart, BigDecimal recovered, long contacts,
        long complaints) {

}
