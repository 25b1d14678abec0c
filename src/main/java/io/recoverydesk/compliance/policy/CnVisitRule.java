package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * CN.VISIT: a field visit needs at least N collectors (2 by default). That it is recorded
 * is the ledger's job; a visit planned with too few people is blocked until re-planned.
 */
final class CnVisitRule implements ContactRule {

    @Override
    public String id() {
        return "CN.VISIT";
    }

    @Override
    public boolean appliesTo(RuleContext context) {
        return context.request().direction() == Direction.OUTBOUND && context.request().channel() == Channel.VISIT
                && context.settings().cnVisitMinCollectors() != null;
    }

    @Override
    public Optional<Reason> check(RuleContext context, Instant t) {
        int needed = context.settings().cnVisitMinCollectors();
        Integer collectors = context.request().collectors();
        if (collectors == null || collectors < needed) {
            return Optional.of(ReasonText.VISIT_COLLECTORS.reason(id(), collectors == null ? 0 : collectors, needed));
        }
        return Optional.empty();
    }

    @Override
    public Instant earliestAllowed(RuleContext context, Instant t) {
        return check(context, t).isEmpty() ? t : null;
    }

    @Override
    public Duration reach() {
        return Duration.ZERO;
    }

}
