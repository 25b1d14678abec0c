package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One rule of a pack. Rules are asked about the request as if it were made at an instant
 * {@code t >= request.at()} with no other contact in between, which is how the engine
 * finds the next allowed instant.
 */
public interface ContactRule {

    /** The rule id of COMPLIANCE.md, e.g. {@code CN.UNANSWERED}. */
    String id();

    /**
     * Whether the rule says anything about this request (channel, party, pack numbers).
     */
    boolean appliesTo(RuleContext context);

    /** Why the request made at {@code t} breaks this rule; empty when it does not. */
    Optional<Reason> check(RuleContext context, Instant t);

    /**
     * The earliest instant {@code >= t} at which {@link #check} is empty, or null when
     * waiting never helps.
     */
    Instant earliestAllowed(RuleContext context, Instant t);

    /**
     * How far back before {@code t} this rule reads the ledger, at most. The engine's
     * look-back is the largest of these.
     */
    Duration reach();

    /** For count rules: contacts left before the limit at {@code t}. */
    default OptionalInt remaining(RuleContext context, Instant t) {
        return OptionalInt.empty();
    }

}
