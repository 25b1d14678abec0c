package io.recoverydesk.casework.internal;

import java.util.List;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.casework.WorkAssignments.AgentScope;
import io.recoverydesk.identity.UserAccessChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an administrator changes what a user may see (another team, other creditor
 * scopes), the cases assigned to them of creditors they may no longer see go back to the
 * unassigned pool — the next allocation run or a team lead gives them to someone who can
 * work them — instead of staying in a queue nobody sees. A lease in progress is released
 * too: the user's sessions ended with the change. Their open tasks on those accounts go
 * to the account's agent, or wait (held by {@code system}, seen by managers) for the
 * agent the case gets next. Audited with the counts.
 */
@Component
class AssignmentsFollowAccess {

    private final JdbcWorkAssignments assignments;

    private final AuditLog audit;

    AssignmentsFollowAccess(JdbcWorkAssignments assignments, AuditLog audit) {
        this.assignments = assignments;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(UserAccessChanged event) {
        AgentScope scope = assignments.scopes(event.tenant(), List.of(event.username())).get(event.username());
        if (scope == null || scope.all()) {
            // disabled (their cases are handed over by a lead) or sees every creditor
            return;
        }
        JdbcWorkAssignments.Released released = assignments.releaseOutside(event.tenant(), event.username(), scope);
        if (released.cases() > 0 || released.tasks() > 0) {
            audit.record(event.tenant(), event.changedBy(), "WORK_RELEASED", "agent", event.username(),
                    "released=" + released.cases() + " tasksHandedOn=" + released.tasks()
                            + " (creditors out of their scope after their access changed)");
        }
    }

}
