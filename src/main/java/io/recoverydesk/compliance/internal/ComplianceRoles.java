package io.recoverydesk.compliance.internal;

/** Who may do what at the door, as Spring Security expressions. */
final class ComplianceRoles {

    /** People who contact debtors or plan contacts, and those who oversee them. */
    static final String CHECK = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL')";

    /** People (and integrations acting as them) who make contacts. */
    static final String RECORD = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'LEGAL')";

    /** Everyone inside the collection team; not creditor viewers. */
    static final String READ = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL', 'ANALYST')";

    /**
     * A hold may be placed by whoever hears the reason, lifted only by those who verify
     * it.
     */
    static final String PLACE_HOLD = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL')";

    static final String LIFT_HOLD = "hasAnyRole('ADMIN', 'MANAGER', 'COMPLIANCE', 'LEGAL')";

    static final String OVERSEE = "hasAnyRole('ADMIN', 'MANAGER', 'COMPLIANCE')";

    static final String SET_RULES = "hasAnyRole('ADMIN', 'COMPLIANCE')";

    private ComplianceRoles() {
    }

}
