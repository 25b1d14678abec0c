package io.recoverydesk.casework.internal;

/** Who may do what in the work queues, as Spring Security expressions. */
final class CaseworkRoles {

    /** People who work cases from their own queue. */
    static final String WORK = "hasAnyRole('AGENT', 'TEAM_LEAD')";

    /** Ending a lease: the holder, or a supervisor of the agent. */
    static final String RELEASE = "hasAnyRole('AGENT', 'TEAM_LEAD', 'MANAGER', 'ADMIN')";

    /** Assigning and reassigning accounts (a team lead within their team and scope). */
    static final String ASSIGN = "hasAnyRole('TEAM_LEAD', 'MANAGER', 'ADMIN')";

    static final String REPRIORITISE = "hasAnyRole('MANAGER', 'ADMIN')";

    private CaseworkRoles() {
    }

}
