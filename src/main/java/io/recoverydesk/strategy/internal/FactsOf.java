package io.recoverydesk.strategy.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.recoverydesk.casework.CaseworkFacts.CaseState;
import io.recoverydesk.compliance.ComplianceFacts.ContactState;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;
import io.recoverydesk.strategy.segments.AccountFacts;

/**
 * An account's facts on a run date, put together from what portfolio, casework and
 * compliance say about it. Days since a contact count calendar days in the tenant's zone;
 * unscored accounts have the score band NONE until a propensity model scores them, and an
 * account placed without a product has the product {@value #NO_PRODUCT}.
 */
final class FactsOf {

    static final String UNSCORED = "NONE";

    /** The product of accounts placed without one (a segment row may name it). */
    static final String NO_PRODUCT = "UNSPECIFIED";

    private FactsOf() {
    }

    static AccountFacts of(OpenAccount account, CaseState caseState, ContactState contact, ZoneId zone,
            LocalDate runDate) {
        return of(account, caseState, contact, null, zone, runDate);
    }

    static AccountFacts of(OpenAccount account, CaseState caseState, ContactState contact,
            io.recoverydesk.scoring.PropensityScores.Score score, ZoneId zone, LocalDate runDate) {
        String hold = contact == null || contact.hold() == null ? "NONE" : contact.hold();
        Integer daysSinceContact = contact == null || contact.lastContactAt() == null ? null : (int) Math.max(0,
                ChronoUnit.DAYS.between(LocalDate.ofInstant(contact.lastContactAt(), zone), runDate));
        Integer daysSincePayment = account.lastPaymentDate() == null ? null
                : (int) Math.max(0, ChronoUnit.DAYS.between(account.lastPaymentDate(), runDate));
        String product = account.product() == null || account.product().isBlank() ? NO_PRODUCT : account.product();
        return new AccountFacts((int) Math.min(Integer.MAX_VALUE, account.dpd()), account.balance(), product,
                account.creditorCode(), account.province(), score == null ? UNSCORED : score.band(),
                (caseState == null ? CaseState.NONE : caseState).arrangement(), daysSinceContact, daysSincePayment,
                hold);
    }

}
