package io.recoverydesk.compliance.policy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * GB.CALLS_PER_DAY and GB.CALLS_7D, the tenant's caps under CONC 7 (off unless set):
 * every outbound call attempt to the debtor counts, whatever the outcome and the account,
 * because CONC looks at the pressure on the customer, not at one debt.
 */
final class GbCallCapRule extends CountInLocalDaysRule {

    private final Function<PackSettings, Integer> limit;

    private final int days;

    private GbCallCapRule(String id, Function<PackSettings, Integer> limit, int days) {
        super(id);
        this.limit = limit;
        this.days = days;
    }

    static GbCallCapRule perDay() {
        return new GbCallCapRule("GB.CALLS_PER_DAY", PackSettings::gbCallsPerDay, 1);
    }

    static GbCallCapRule inSevenDays() {
        return new GbCallCapRule("GB.CALLS_7D", PackSettings::gbCallsIn7Days, 7);
    }

    @Override
    Integer limit(PackSettings settings) {
        return limit.apply(settings);
    }

    @Override
    int days(PackSettings settings) {
        return days;
    }

    @Override
    int maxDays() {
        return days;
    }

    @Override
    boolean concerns(RuleContext context) {
        return context.request().isCallTo(Party.DEBTOR);
    }

    @Override
    boolean counts(RuleContext context, LedgerEntry entry, ZoneId zone) {
        return entry.isOutboundCallTo(Party.DEBTOR);
    }

    @Override
    Reason reason(RuleContext context, int count, int limit, LocalDate firstDay, ZoneId zone) {
        return ReasonText.CALLS_IN_DAYS.reason(id(), count, days, firstDay, limit);
    }

}
