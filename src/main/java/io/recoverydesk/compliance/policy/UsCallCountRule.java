package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * US.CALLS_7IN7 and the stricter US.STATE.MA: a call to the person about a debt is
 * blocked when the counted calls about that debt (account) in the 7 local days ending
 * with the day of the call already reach the limit, so an 8th (3rd in Massachusetts)
 * never happens.
 *
 * <p>
 * Counted: outbound calls to the debtor (party DEBTOR) about the account, all the
 * person's numbers together, that connected ({@link Outcome#isConnected()}: unanswered
 * and voicemail count, busy and not in service do not) and were not made inside a consent
 * window ({@link ConsentWindows}). A call inside a consent window is itself not counted,
 * so it is never blocked by the count. Calls to third parties are about another person.
 */
final class UsCallCountRule extends CountInLocalDaysRule {

    private static final int DAYS = 7;

    private final Function<PackSettings, Integer> limit;

    private final boolean massachusettsOnly;

    private UsCallCountRule(String id, Function<PackSettings, Integer> limit, boolean massachusettsOnly) {
        super(id);
        this.limit = limit;
        this.massachusettsOnly = massachusettsOnly;
    }

    static UsCallCountRule federal() {
        return new UsCallCountRule("US.CALLS_7IN7", PackSettings::usCallsIn7Days, false);
    }

    /** 940 CMR 7.04(1)(f), counted like the federal rule. */
    static UsCallCountRule massachusetts() {
        return new UsCallCountRule("US.STATE.MA", PackSettings::usMaCallsIn7Days, true);
    }

    @Override
    Integer limit(PackSettings settings) {
        return limit.apply(settings);
    }

    @Override
    int days(PackSettings settings) {
        return DAYS;
    }

    @Override
    int maxDays() {
        return DAYS;
    }

    @Override
    public Duration reach() {
        // a counted call on the first day may sit in a consent window given 6 days
        // earlier
        return Duration.ofDays(DAYS + ConsentWindows.DAYS + 1L);
    }

    @Override
    boolean concerns(RuleContext context) {
        return context.request().isCallTo(Party.DEBTOR)
                && (!massachusettsOnly || context.facts().livesInMassachusetts());
    }

    @Override
    boolean counts(RuleContext context, LedgerEntry entry, ZoneId zone) {
        return entry.accountId().equals(context.request().accountId()) && entry.isOutboundCallTo(Party.DEBTOR)
                && entry.outcome().isConnected() && !ConsentWindows.covers(context, entry.startedAt(), zone);
    }

    @Override
    boolean exempt(RuleContext context, Instant t, ZoneId zone) {
        return ConsentWindows.covers(context, t, zone);
    }

    @Override
    Reason reason(RuleContext context, int count, int limit, LocalDate firstDay, ZoneId zone) {
        return ReasonText.CALLS_IN_DAYS.reason(id(), count, DAYS, firstDay, limit);
    }

}
