package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What happened to one account during an experiment.
 *
 * @param balanceAtStart the balance when the account entered its arm
 * @param recovered what it paid since (may exceed the starting balance: fees, interest)
 */
public record AccountOutcome(Arm arm, BigDecimal balanceAtStart, BigDecimal recovered, int contacts, int complaints) {

    public AccountOutcome {
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(balanceAtStart, "balanceAtStart");
        Objects.requireNonNull(recovered, "recovered");
        if (balanceAtStart.signum() < 0 || recovered.signum() < 0 || contacts < 0 || complaints < 0) {
            throw new IllegalArgumentException("outcomes are never negative: " + balanceAtStart + ", " + recovered
                    + ", " + contacts + " contacts, " + complaints + " complaints");
        }
    }

}
