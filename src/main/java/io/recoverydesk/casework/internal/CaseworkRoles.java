package io.recoverydesk.casework.internal;

/** Who may do what in the work queues, as Spring Security expressions. */
final class CaseworkRoles {

    /** People who work cases from their own queue. */
    static final String WORK = "hasAnyRole('AGENT', 'TEAM_LEAD')";

    /** Ending a lease: the holder, or a supervisor of the agent. */
    static final String RELEASE = "hasAnyRole('AGENT', 'TEAM_LEAD', 'MANAGER', 'ADMIN')";

    /** Assigning and reassigning accounts (a team lead within their team and scope). */
    static final String ASSIGN = "hasAnyRole('TEAM_LEAD', 'MANAGER', 'ADMIN')";

    /** The case view, tasks and notes: people who work or supervise cases. */
    static final String CASE = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT')";

    /** The case timeline: also compliance, legal and analysts (read only). */
    static final String TIMELINE = "hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT', 'COMPLIANCE', 'LEGAL', 'ANALYST')";

    static final String REPRIORITISE = "hasAnyRole('MANAGER', 'ADMIN')";

    private CaseworkRoles() {
    }

}
