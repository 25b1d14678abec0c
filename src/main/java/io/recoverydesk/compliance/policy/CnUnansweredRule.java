package io.recoverydesk.compliance.policy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * CN.UNANSWERED: at most N unanswered attempts to the same number per local day,
 * whoever's number it is and whichever account the call was about.
 *
 * <p>
 * Counts outbound CALL entries with an unanswered outcome
 * ({@link Outcome#isUnanswered()}: no answer, busy, voicemail, not in service) to the
 * requested number. When either the request or an entry has no contact point we cannot
 * tell the numbers apart and count the entry, so missing data never lets an extra call
 * through.
 */
final class CnUnansweredRule extends CountInLocalDaysRule {

    CnUnansweredRule() {
        super("CN.UNANSWERED");
    }

    @Override
    Integer limit(PackSettings settings) {
        return settings.cnUnansweredPerNumberPerDay();
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
        return context.request().channel() == Channel.CALL;
    }

    @Override
    boolean counts(RuleContext context, LedgerEntry entry, ZoneId zone) {
        UUID number = context.request().contactPointId();
        return entry.channel() == Channel.CALL && entry.direction() == Direction.OUTBOUND
                && entry.outcome().isUnanswered()
                && (number == null || entry.contactPointId() == null || number.equals(entry.contactPointId()));
    }

    @Override
    Reason reason(RuleContext context, int count, int limit, LocalDate firstDay, ZoneId zone) {
        return ReasonText.UNANSWERED_PER_NUMBER.reason(id(), count, firstDay, zone.getId(), limit);
    }

}
