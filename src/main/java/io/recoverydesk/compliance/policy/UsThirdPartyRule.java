package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * US.THIRD_PARTY: a location inquiry at most once per third party (§1006.10), whatever
 * the channel. The count comes from {@link ContactHistory#thirdPartyContactsEver()},
 * which covers all time, not from the ledger slice. A request without a contact point
 * cannot be matched to a third party and is blocked.
 */
final class UsThirdPartyRule implements ContactRule {

    @Override
    public String id() {
        return "US.THIRD_PARTY";
    }

    @Override
    public boolean appliesTo(RuleContext context) {
        return context.request().direction() == Direction.OUTBOUND && context.request().party() == Party.THIRD_PARTY
                && context.settings().usThirdPartyContactsPerParty() != null;
    }

    @Override
    public Optional<Reason> check(RuleContext context, Instant t) {
        UUID point = context.request().contactPointId();
        if (point == null) {
            return Optional.of(ReasonText.THIRD_PARTY_UNKNOWN_US.reason(id()));
        }
        int limit = context.settings().usThirdPartyContactsPerParty();
        int made = context.history().thirdPartyContactsEver().getOrDefault(point, 0);
        if (made >= limit) {
            return Optional.of(ReasonText.THIRD_PARTY_CONTACTS.reason(id(), made, limit));
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
