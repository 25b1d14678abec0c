package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One kind of hold: while a matching {@link ActiveHold} is in force, outbound contact
 * stops and no waiting lifts it (someone has to lift the hold).
 */
final class HoldRule implements ContactRule {

    private final HoldType type;

    private final String id;

    HoldRule(HoldType type, String id) {
        this.type = type;
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean appliesTo(RuleContext context) {
        return context.request().direction() == Direction.OUTBOUND;
    }

    @Override
    public Optional<Reason> check(RuleContext context, Instant t) {
        for (ActiveHold hold : context.holds()) {
            if (hold.type() == type && hold.stops(context.request())) {
                return Optional.of(ReasonText.HOLD.reason(id, type.name()));
            }
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
