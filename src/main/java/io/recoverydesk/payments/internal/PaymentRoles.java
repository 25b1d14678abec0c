package io.recoverydesk.payments.internal;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;

/** Who may do what with payments, as Spring Security expressions. */
final class PaymentRoles {

    /** Posting a payment: the people who take payments from debtors. */
    static final String POST = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT')";

    /**
     * Reversing one (a bounced transfer, a chargeback): supervisors, never the agent
     * alone.
     */
    static final String REVERSE = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD')";

    /** Payment files, unmatched rows and the allocation order: the back office. */
    static final String BACK_OFFICE = "hasAnyRole('ADMIN', 'MANAGER')";

    /** The daily reconciliation: the back office, analysts and creditors (their own). */
    static final String RECONCILE = "hasAnyRole('ADMIN', 'MANAGER', 'ANALYST', 'CREDITOR_VIEWER')";

    private PaymentRoles() {
    }

    static boolean mayPost(CurrentUser user) {
        return user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.TEAM_LEAD, Role.AGENT);
    }

    static boolean mayReverse(CurrentUser user) {
        return user.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.TEAM_LEAD);
    }

}
