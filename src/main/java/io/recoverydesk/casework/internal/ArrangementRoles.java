package io.recoverydesk.casework.internal;

/** Who may do what with promises, plans and settlements (the account's scope applies). */
final class ArrangementRoles {

    /** Reading an account's arrangements. */
    static final String READ = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL', 'ANALYST',"
            + " 'CREDITOR_VIEWER')";

    /** Making, cancelling arrangements and requesting settlements. */
    static final String MAKE = "hasAnyRole('AGENT', 'TEAM_LEAD', 'MANAGER', 'ADMIN')";

    /** Deciding settlement requests (within the role's limit). */
    static final String APPROVE = "hasAnyRole('TEAM_LEAD', 'MANAGER', 'ADMIN')";

    /** Running the daily check on demand. */
    static final String RUN = "hasAnyRole('MANAGER', 'ADMIN')";

    static final String CONFIGURE = "hasRole('ADMIN')";

    private ArrangementRoles() {
    }

}
