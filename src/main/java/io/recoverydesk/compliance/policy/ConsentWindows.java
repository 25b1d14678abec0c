package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.time.ZoneId;

/**
 * US.EXCLUDED_CALLS: calls made with the person's direct prior consent given within the
 * last 7 days. Consent recorded on an entry covers calls about that entry's account after
 * the moment it was given, until the recorded end or the end of the seventh local day
 * (the day it was given is day 1), whichever comes first. Consent for one debt is not
 * read as consent for the person's other debts.
 */
final class ConsentWindows {

    /**
     * Consent lasts at most this many local days, which widens the look-back of US rules.
     */
    static final int DAYS = 7;

    private ConsentWindows() {
    }

    static boolean covers(RuleContext context, Instant call, ZoneId zone) {
        for (LedgerEntry consent : context.consents()) {
            if (consent.accountId().equals(context.request().accountId()) && consent.startedAt().isBefore(call)
                    && call.isBefore(consent.consentToCallUntil()) && call
                        .isBefore(LocalDays.startOf(LocalDays.dayOf(consent.startedAt(), zone).plusDays(DAYS), zone))) {
                return true;
            }
        }
        return false;
    }

}
