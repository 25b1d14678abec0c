package io.recoverydesk.casework.internal;

import java.util.ArrayList;
import java.util.List;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.casework.WorkAssignments;
import io.recoverydesk.casework.WorkAssignments.AgentScope;
import io.recoverydesk.identity.UserAccessChanged;
import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an administrator changes what a user may see (another team, other creditor
 * scopes), the cases assigned to them of creditors they may no longer see go back to the
 * unassigned pool — the next allocation run or a team lead gives them to someone who can
 * work them — instead of staying in a queue nobody sees. A lease in progress is released
 * too: the user's sessions ended with the change. Audited with the count.
 */
@Component
class AssignmentsFollowAccess {

    private final WorkAssignments assignments;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    AssignmentsFollowAccess(WorkAssignments assignments, JdbcClient jdbc, AuditLog audit) {
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(UserAccessChanged event) {
        AgentScope scope = assignments.scopes(event.tenant(), List.of(event.username())).get(event.username());
        if (scope == null || scope.all()) {
            // disabled (their cases are handed over by a lead) or sees every creditor
            return;
        }
        int released = releaseOutside(event.tenant(), event.username(), scope);
        if (released > 0) {
            audit.record(event.tenant(), event.changedBy(), "WORK_RELEASED", "agent", event.username(),
                    "released=" + released + " (creditors out of their scope after their access changed)");
        }
    }

    /** Deletes the agent's assignments on accounts of creditors outside {@code scope}. */
    int releaseOutside(TenantId tenant, String agent, AgentScope scope) {
        List<Object> params = new ArrayList<>(List.of(tenant.value(), agent, tenant.value()));
        String outside = "";
        if (!scope.creditors().isEmpty()) {
            outside = " and c.code not in (" + SqlLists.marks(scope.creditors().size()) + ")";
            params.addAll(scope.creditors().stream().sorted().toList());
        }
        return jdbc
            .sql("""
                    delete from work_assignment where tenant_id = ? and agent_username = ?
                      and account_id in (select a.id from account a join creditor c
                                         on c.tenant_id = a.tenant_id and c.id = a.creditor_id where a.tenant_id = ?"""
                    + outside + ")")
            .params(params)
            .update();
    }

}
