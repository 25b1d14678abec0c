package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * CN.THIRD_PARTY: a third party (by contact point, any channel) may be contacted only
 * while the debtor cannot be reached, and never again once that third party refused.
 *
 * <p>
 * "Cannot be reached": every debtor number is invalid (or there is none), or the last
 * {@value #LOOKBACK_DAYS} days hold at least N failed outbound calls to the debtor
 * ({@link Outcome#isFailedAttempt()}) after the latest call in which the debtor was
 * spoken to: reaching the debtor once shows the debtor can be reached, and attempts older
 * than a month say little about today. A refusal is a third-party entry to that contact
 * point with outcome CEASE_REQUEST or REFUSED_TO_PAY, inside the slice or listed in
 * {@link ContactHistory#refusedThirdParties()}. A request without a contact point cannot
 * be checked for a refusal and is blocked.
 *
 * <p>
 * Waiting never helps: failed attempts only age out, and refusals stay.
 */
final class CnThirdPartyRule implements ContactRule {

    static final int LOOKBACK_DAYS = 30;

    @Override
    public String id() {
        return "CN.THIRD_PARTY";
    }

    @Override
    public boolean appliesTo(RuleContext context) {
        return context.request().direction() == Direction.OUTBOUND && context.request().party() == Party.THIRD_PARTY
                && context.settings().cnThirdPartyAfterFailedAttempts() != null;
    }

    @Override
    public Optional<Reason> check(RuleContext context, Instant t) {
        UUID point = context.request().contactPointId();
        if (point == null) {
            return Optional.of(ReasonText.THIRD_PARTY_UNKNOWN_CN.reason(id()));
        }
        if (refused(context, point)) {
            return Optional.of(ReasonText.THIRD_PARTY_REFUSED.reason(id()));
        }
        if (context.facts().allDebtorPhonesInvalid()) {
            return Optional.empty();
        }
        int needed = context.settings().cnThirdPartyAfterFailedAttempts();
        int failed = failedAttemptsSinceLastReached(context, t);
        if (failed >= needed) {
            return Optional.empty();
        }
        return Optional.of(ReasonText.THIRD_PARTY_DEBTOR_REACHABLE.reason(id(), failed, LOOKBACK_DAYS, needed));
    }

    private static boolean refused(RuleContext context, UUID point) {
        if (context.history().refusedThirdParties().contains(point)) {
            return true;
        }
        for (LedgerEntry e : context.entries()) {
            if (e.party() == Party.THIRD_PARTY && point.equals(e.contactPointId())
                    && (e.outcome() == Outcome.CEASE_REQUEST || e.outcome() == Outcome.REFUSED_TO_PAY)) {
                return true;
            }
        }
        return false;
    }

    private static int failedAttemptsSinceLastReached(RuleContext context, Instant t) {
        Instant from = t.minus(Duration.ofDays(LOOKBACK_DAYS));
        Instant lastReached = null;
        for (LedgerEntry e : context.entries()) {
            if (e.channel() == Channel.CALL && e.party() == Party.DEBTOR && e.outcome().isConversationWithPerson()
                    && !e.startedAt().isBefore(from) && (lastReached == null || e.startedAt().isAfter(lastReached))) {
                lastReached = e.startedAt();
            }
        }
        int failed = 0;
        for (LedgerEntry e : context.entries()) {
            if (e.isOutboundCallTo(Party.DEBTOR) && e.outcome().isFailedAttempt() && !e.startedAt().isBefore(from)
                    && (lastReached == null || e.startedAt().isAfter(lastReached))) {
                failed++;
            }
        }
        return failed;
    }

    @Override
    public Instant earliestAllowed(RuleContext context, Instant t) {
        return check(context, t).isEmpty() ? t : null;
    }

    @Override
    public Duration reach() {
        return Duration.ofDays(LOOKBACK_DAYS);
    }

}
