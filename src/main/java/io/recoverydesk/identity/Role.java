package io.recoverydesk.identity;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do. Agents and team leads see only the creditors their team serves. */
public enum Role {

    ADMIN, MANAGER, TEAM_LEAD, AGENT, COMPLIANCE, LEGAL, ANALYST, CREDITOR_VIEWER;

    /**
     * Roles whose creditor scope is the user's own list (empty = all creditors of the
     * tenant).
     */
    static final Set<Role> TENANT_WIDE = EnumSet.of(ADMIN, MANAGER, COMPLIANCE, LEGAL, ANALYST);

    public String authority() {
        return "ROLE_" + name();
    }

}
