package io.recoverydesk.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The task table: indexed reads by assignee, by account, and writes. */
@Repository
class TaskStore {

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new task; {@code arrangementId}/{@code arrangementDue} only for system tasks. */
    record NewTask(UUID id, UUID accountId, TaskType type, String title, Instant dueAt, String priority,
            String assignee, UUID arrangementId, LocalDate arrangementDue, UUID contactId, String createdBy,
            Instant createdAt) {
    }

    /**
     * Inserts the task; false when a system task for the same arrangement and due date
     * exists already (a rerun, another node, a redelivered event).
     */
    boolean insert(TenantId tenant, NewTask t) {
        return jdbc.sql("""
                insert into casework_task (tenant_id, id, account_id, task_type, title, due_at, priority, assignee,
                  status, arrangement_id, arrangement_due, contact_id, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?) on conflict do nothing""")
            .params(tenant.value(), t.id(), t.accountId(), t.type().name(), t.title(), SqlValues.utc(t.dueAt()),
                    t.priority(), t.assignee(), t.arrangementId(), t.arrangementDue(), t.contactId(), t.createdBy(),
                    SqlValues.utc(t.createdAt()))
            .update() == 1;
    }

    Optional<Task> byId(TenantId tenant, UUID id) {
        return jdbc.sql("select * from casework_task where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query((rs, n) -> task(rs))
            .optional();
    }

    /** Sets a new status on an open task; false when it was not open any more. */
    boolean close(TenantId tenant, UUID id, String status, String by, Instant at) {
        return jdbc
            .sql("update casework_task set status = ?, done_by = ?, done_at = ?"
                    + " where tenant_id = ? and id = ? and status = 'OPEN'")
            .params(status, by, SqlValues.utc(at), tenant.value(), id)
            .update() == 1;
    }

    /** The open tasks of a type that an arrangement (promise or plan) opened. */
    List<UUID> openOfArrangement(TenantId tenant, UUID arrangementId, TaskType type) {
        return jdbc
            .sql("select id from casework_task where tenant_id = ? and arrangement_id = ? and task_type = ?"
                    + " and status = 'OPEN'")
            .params(tenant.value(), arrangementId, type.name())
            .query(UUID.class)
            .list();
    }

    /**
     * Open tasks held by nobody who works the case ({@code system}: made while the case
     * had no agent, or handed back when its agent lost access) go to the agent the case
     * now has; reads only the tasks so held (few), through the assignee index.
     */
    int handUnheldToAgents(TenantId tenant) {
        return jdbc.sql(HAND_UNHELD).params(tenant.value(), SystemTasks.SYSTEM).update();
    }

    /** The same for the tasks on some accounts only (those a lead just assigned). */
    int handUnheldToAgents(TenantId tenant, Collection<UUID> accounts) {
        int handed = 0;
        List<UUID> ids = List.copyOf(accounts);
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> params = new ArrayList<>(List.of(tenant.value(), SystemTasks.SYSTEM));
            params.addAll(chunk);
            handed += jdbc.sql(HAND_UNHELD + " and t.account_id in (" + SqlLists.marks(chunk.size()) + ")")
                .params(params)
                .update();
        }
        return handed;
    }

    private static final String HAND_UNHELD = """
            update casework_task t set assignee = (select w.agent_username from work_assignment w
                                                   where w.tenant_id = t.tenant_id and w.account_id = t.account_id)
            where t.tenant_id = ? and t.assignee = ? and t.status = 'OPEN'
              and exists (select 1 from work_assignment w where w.tenant_id = t.tenant_id and w.account_id = t.account_id)""";

    boolean reassign(TenantId tenant, UUID id, String assignee) {
        return jdbc.sql("update casework_task set assignee = ? where tenant_id = ? and id = ? and status = 'OPEN'")
            .params(assignee, tenant.value(), id)
            .update() == 1;
    }

    /**
     * Tasks of some assignees (null = every assignee of the tenant) on accounts of some
     * creditors ({@code creditorScope}: creditor codes, null = every creditor), by status
     * (null = any), due before {@code dueBefore} when given; earliest due first, at most
     * {@code limit}. The creditor scope is applied here, before the limit, so that a user
     * scoped to a few creditors gets their tasks and not a slice of the tenant's.
     */
    List<Task> ofAssignees(TenantId tenant, Collection<String> assignees, Collection<String> creditorScope,
            String status, Instant dueBefore, int limit) {
        if ((assignees != null && assignees.isEmpty()) || (creditorScope != null && creditorScope.isEmpty())) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(tenant.value()));
        StringBuilder sql = new StringBuilder("select * from casework_task t where t.tenant_id = ?");
        if (assignees != null) {
            sql.append(" and t.assignee in (").append(SqlLists.marks(assignees.size()));
            sql.append(")");
            params.addAll(assignees);
        }
        sql.append(inScope(tenant, creditorScope, params));
        if (status != null) {
            sql.append(" and t.status = ?");
            params.add(status);
        }
        if (dueBefore != null) {
            sql.append(" and t.due_at < ?");
            params.add(SqlValues.utc(dueBefore));
        }
        sql.append(" order by t.due_at, t.id limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> task(rs)).list();
    }

    /** The account's open tasks, earliest due first. */
    List<Task> openOfAccount(TenantId tenant, UUID accountId, int limit) {
        return jdbc
            .sql("select * from casework_task where tenant_id = ? and account_id = ? and status = 'OPEN'"
                    + " order by due_at, id limit ?")
            .params(tenant.value(), accountId, limit)
            .query((rs, n) -> task(rs))
            .list();
    }

    /** The account's tasks, newest created first (timeline). */
    List<Task> createdOfAccount(TenantId tenant, UUID accountId, int limit) {
        return jdbc
            .sql("select * from casework_task where tenant_id = ? and account_id = ?"
                    + " order by created_at desc, id desc limit ?")
            .params(tenant.value(), accountId, limit)
            .query((rs, n) -> task(rs))
            .list();
    }

    /** The account's closed tasks, newest closed first (timeline). */
    List<Task> closedOfAccount(TenantId tenant, UUID accountId, int limit) {
        return jdbc
            .sql("select * from casework_task where tenant_id = ? and account_id = ? and done_at is not null"
                    + " order by done_at desc, id desc limit ?")
            .params(tenant.value(), accountId, limit)
            .query((rs, n) -> task(rs))
            .list();
    }

    /**
     * Open tasks of one assignee: how many are overdue and how many fall due before
     * {@code soon}.
     */
    record Counts(long overdue, long dueSoon) {
    }

    /**
     * The condition (its parameters added to {@code params}) that keeps tasks on accounts
     * of {@code creditorScope}; none when it is null (every creditor).
     */
    private static String inScope(TenantId tenant, Collection<String> creditorScope, List<Object> params) {
        if (creditorScope == null) {
            return "";
        }
        params.add(tenant.value());
        params.addAll(creditorScope.stream().sorted().toList());
        return " and t.account_id in (select a.id from account a join creditor c on c.tenant_id = a.tenant_id"
                + " and c.id = a.creditor_id where a.tenant_id = ? and c.code in ("
                + SqlLists.marks(creditorScope.size()) + "))";
    }

    /**
     * The assignee's open tasks overdue at {@code now} and due before {@code soon}, on
     * accounts of {@code creditorScope} (null: every creditor) — the tasks their list
     * shows.
     */
    Counts counts(TenantId tenant, String assignee, Collection<String> creditorScope, Instant now, Instant soon) {
        if (creditorScope != null && creditorScope.isEmpty()) {
            return new Counts(0, 0);
        }
        List<Object> params = new ArrayList<>(
                List.of(SqlValues.utc(now), SqlValues.utc(now), tenant.value(), assignee, SqlValues.utc(soon)));
        String scope = inScope(tenant, creditorScope, params);
        return jdbc
            .sql("""
                    select sum(case when due_at < ? then 1 else 0 end), sum(case when due_at >= ? then 1 else 0 end)
                    from casework_task t where t.tenant_id = ? and t.assignee = ? and t.status = 'OPEN' and t.due_at < ?"""
                    + scope)
            .params(params)
            .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2)))
            .single();
    }

    /**
     * Open callbacks and promise-due tasks that are due by {@code now}, counted per
     * account (the work queue's "due now").
     */
    Map<UUID, Integer> dueNowCounts(TenantId tenant, Collection<UUID> accountIds, Instant now) {
        Map<UUID, Integer> out = new HashMap<>();
        for (List<UUID> batch : SqlLists.chunks(accountIds)) {
            List<Object> params = SqlLists.params(tenant.value(), batch);
            params.add(SqlValues.utc(now));
            jdbc.sql("select account_id, count(*) from casework_task where tenant_id = ? and account_id in ("
                    + SqlLists.marks(batch.size())
                    + ") and status = 'OPEN' and task_type in ('CALLBACK', 'PROMISE_DUE') and due_at <= ?"
                    + " group by account_id")
                .params(params)
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        }
        return out;
    }

    static Task task(ResultSet rs) throws SQLException {
        return new Task(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), null, null,
                TaskType.valueOf(rs.getString("task_type")), rs.getString("title"), SqlValues.instant(rs, "due_at"),
                rs.getString("priority"), rs.getString("assignee"), rs.getString("status"), rs.getString("created_by"),
                SqlValues.instant(rs, "created_at"), rs.getString("done_by"), SqlValues.instant(rs, "done_at"), false,
                SqlValues.date(rs, "arrangement_due"));
    }

}
