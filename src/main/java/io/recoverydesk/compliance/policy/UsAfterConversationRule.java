package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalInt;

/**
 * US.AFTER_CONVERSATION: no call about a debt within 7 local days after a telephone
 * conversation with the person about it, the conversation's day being day 1 (a
 * conversation on Monday 3 June blocks 3–9 June).
 *
 * <p>
 * A conversation is a CALL entry of the same account with the debtor party, in either
 * direction (the person calling us is a conversation too), whose outcome is a
 * conversation with that person. A conversation about several debts is one entry per
 * account. Calls inside a consent window ({@link ConsentWindows}) are exempt.
 */
final class UsAfterConversationRule extends CountInLocalDaysRule {

    UsAfterConversationRule() {
        super("US.AFTER_CONVERSATION");
    }

    @Override
    Integer limit(PackSettings settings) {
        // one conversation in the period is enough to block
        return settings.usAfterConversationDays() == null ? null : 1;
    }

    @Override
    int days(PackSettings settings) {
        return settings.usAfterConversationDays();
    }

    @Override
    int maxDays() {
        return PackSettings.MAX_AFTER_CONVERSATION_DAYS;
    }

    @Override
    public Duration reach() {
        return Duration.ofDays(Math.max(maxDays(), ConsentWindows.DAYS) + 1L);
    }

    @Override
    boolean concerns(RuleContext context) {
        return context.request().isCallTo(Party.DEBTOR);
    }

    @Override
    boolean counts(RuleContext context, LedgerEntry entry, ZoneId zone) {
        return entry.accountId().equals(context.request().accountId()) && entry.channel() == Channel.CALL
                && entry.party() == Party.DEBTOR && entry.outcome().isConversationWithPerson();
    }

    @Override
    boolean exempt(RuleContext context, Instant t, ZoneId zone) {
        return ConsentWindows.covers(context, t, zone);
    }

    @Override
    Reason reason(RuleContext context, int count, int limit, LocalDate firstDay, ZoneId zone) {
        LocalDate last = firstDay;
        for (LedgerEntry e : context.entries()) {
            LocalDate day = LocalDays.dayOf(e.startedAt(), zone);
            if (day.isAfter(last) && counts(context, e, zone)) {
                last = day;
            }
        }
        int days = days(context.settings());
        return ReasonText.AFTER_CONVERSATION.reason(id(), last, last.plusDays(days - 1L), days);
    }

    /** Not a count the agent can spend. */
    @Override
    public OptionalInt remaining(RuleContext context, Instant t) {
        return OptionalInt.empty();
    }

}
