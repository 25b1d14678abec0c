package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's answer.
 *
 * @param reasons every rule that blocks, empty when allowed
 * @param nextAllowedAt the request's own instant when allowed; otherwise the earliest
 * later instant at which every rule allows with the same history, or null when no passing
 * of time lifts the block (a hold, a refusing third party, a visit alone, ...)
 * @param remaining per count rule id, how many more contacts that rule would allow at the
 * request's instant (e.g. {@code US.CALLS_7IN7 -> 3}); only rules that apply to the
 * request
 */
public record Decision(boolean allowed, List<Reason> reasons, Instant nextAllowedAt, Map<String, Integer> remaining) {

    public Decision {
        reasons = List.copyOf(reasons);
        remaining = Map.copyOf(remaining);
        if (allowed != reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision is allowed exactly when no rule blocks: " + reasons);
        }
        if (allowed) {
            Objects.requireNonNull(nextAllowedAt, "nextAllowedAt of an allowed decision");
        }
    }

    static Decision allow(Instant at, Map<String, Integer> remaining) {
        return new Decision(true, List.of(), at, remaining);
    }

    static Decision block(List<Reason> reasons, Instant nextAllowedAt, Map<String, Integer> remaining) {
        return new Decision(false, reasons, nextAllowedAt, remaining);
    }

    /** The ids of the blocking rules, in the order the engine checked them. */
    public List<String> blockingRules() {
        return reasons.stream().map(Reason::rule).toList();
    }

}
