package io.recoverydesk.strategy.internal;

import io.recoverydesk.casework.PriorityPolicy;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The strategy's priority for casework's queue (replacing the interim policy): the same
 * six parts as the run computes ({@link PriorityScorer}), from what an assignment knows —
 * the balance, days past due and what is due now. The nightly run refines it with the
 * contact history, holds, arrangements and the propensity score.
 */
@Component
@Primary
class StrategyPriority implements PriorityPolicy {

    @Override
    public Priority score(Facts facts) {
        PriorityScorer.Priority priority = PriorityScorer.score(
                facts.balance() == null ? java.math.BigDecimal.ZERO : facts.balance(), FactsOf.UNSCORED, facts.dpd(),
                facts.dueNow(), null, "NONE", "NONE");
        return new Priority(priority.score(), priority.reasons());
    }

}
