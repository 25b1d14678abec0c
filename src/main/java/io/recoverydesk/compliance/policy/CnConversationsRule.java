package io.recoverydesk.compliance.policy;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * CN.CONVERSATIONS: at most N effective conversations with the debtor per local day by
 * voice, all numbers and accounts together; the next call to the debtor is blocked once N
 * happened that day.
 *
 * <p>
 * Counts CALL entries to or from the debtor (party DEBTOR) whose outcome is a
 * conversation with that person ({@link Outcome#isConversationWithPerson()}). Inbound
 * calls count too: the guideline limits how often the debtor is talked to about the debt,
 * and a debtor who already called in three times today has been talked to enough. Someone
 * else answering the debtor's phone ({@link Outcome#THIRD_PARTY}) is not a conversation
 * with the debtor.
 */
final class CnConversationsRule extends CountInLocalDaysRule {

    CnConversationsRule() {
        super("CN.CONVERSATIONS");
    }

    @Override
    Integer limit(PackSettings settings) {
        return settings.cnConversationsPerDay();
    }

    @Override
    int days(PackSettings settings) {
        return 1;
    }

    @Override
    int maxDays() {
        return 1;
    }

    @Override
    boolean concerns(RuleContext context) {
        return context.request().isCallTo(Party.DEBTOR);
    }

    @Override
    boolean counts(RuleContext context, LedgerEntry entry, ZoneId zone) {
        return entry.channel() == Channel.CALL && entry.party() == Party.DEBTOR
                && entry.outcome().isConversationWithPerson();
    }

    @Override
    Reason reason(RuleContext context, int count, int limit, LocalDate firstDay, ZoneId zone) {
        return ReasonText.CONVERSATIONS_PER_DAY.reason(id(), count, firstDay, zone.getId(), limit);
    }

}
