package io.recoverydesk.strategy.internal;

/** Who may do what with strategies. */
final class StrategyRoles {

    /** Strategists: edit versions, publish, start runs. */
    static final String STEER = "hasAnyRole('ADMIN', 'MANAGER', 'ANALYST')";

    /** Everyone who plans or watches the work reads versions and runs. */
    static final String READ = "hasAnyRole('ADMIN', 'MANAGER', 'ANALYST', 'TEAM_LEAD', 'COMPLIANCE')";

    private StrategyRoles() {
    }

}
