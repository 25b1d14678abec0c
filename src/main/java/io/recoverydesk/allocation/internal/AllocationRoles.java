package io.recoverydesk.allocation.internal;

/** Who may read the allocation report, and who may run it or change its policy. */
final class AllocationRoles {

    static final String READ = "hasAnyRole('ADMIN', 'MANAGER', 'ANALYST', 'TEAM_LEAD')";

    static final String STEER = "hasAnyRole('ADMIN', 'MANAGER')";

    private AllocationRoles() {
    }

}
