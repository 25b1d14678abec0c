package io.recoverydesk.strategy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.BulkInsert;
import io.recoverydesk.kernel.DatabaseVendor;
import io.recoverydesk.kernel.PgBinaryCopy.Type;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a chunk's account strategies and actions in the caller's transaction. On
 * PostgreSQL the new rows go by binary {@code COPY} straight into their tables and the
 * rows of accounts that had a strategy through a temporary table (emptied at commit) and
 * one upsert; elsewhere (H2) by JDBC batches — updates for accounts that had a position,
 * inserts for the rest.
 */
@Component
class StrategyWriter {

    static final String STRATEGY_COLUMNS = "segment_code, rule_index, path_code, entered_on, step_index, last_step_on,"
            + " stage, paused_by, priority, priority_parts, run_id, version_number, updated_at, tenant_id, account_id";

    static final String ACTION_COLUMNS = "tenant_id, id, run_id, account_id, path_code, step_index, stage, channel,"
            + " template_code, status, planned_for, created_at, updated_at";

    private static final BulkInsert.Columns STRATEGY_ROWS = new BulkInsert.Columns(STRATEGY_COLUMNS, Type.TEXT,
            Type.INT4, Type.TEXT, Type.DATE, Type.INT4, Type.DATE, Type.TEXT, Type.TEXT, Type.NUMERIC, Type.TEXT,
            Type.UUID, Type.INT4, Type.TIMESTAMPTZ, Type.UUID, Type.UUID);

    private static final BulkInsert.Columns ACTION_ROWS = new BulkInsert.Columns(ACTION_COLUMNS + ", attempts",
            Type.UUID, Type.UUID, Type.UUID, Type.UUID, Type.TEXT, Type.INT4, Type.TEXT, Type.TEXT, Type.TEXT,
            Type.TEXT, Type.TIMESTAMPTZ, Type.TIMESTAMPTZ, Type.TIMESTAMPTZ, Type.INT4);

    private final BulkInsert bulk;

    private final DatabaseVendor vendor;

    private final JdbcTemplate batch;

    StrategyWriter(BulkInsert bulk, DatabaseVendor vendor, JdbcTemplate batch) {
        this.bulk = bulk;
        this.vendor = vendor;
        this.batch = batch;
    }

    /**
     * {@code strategies} rows follow {@link #STRATEGY_COLUMNS} (account id last),
     * {@code actions} rows {@link #ACTION_COLUMNS}; {@code known} are the accounts that
     * already have a strategy row.
     */
    void write(List<Object[]> strategies, Set<UUID> known, List<Object[]> actions) {
        if (vendor.postgres()) {
            copy(strategies, known, actions);
        }
        else {
            batches(strategies, known, actions);
        }
    }

    /**
     * Experiment members: (tenant, experiment, account, arm, balance, joined at); a
     * member joins once.
     */
    void writeMembers(List<Object[]> members) {
        if (!members.isEmpty()) {
            batch.batchUpdate("""
                    insert into strategy_experiment_member (tenant_id, experiment_id, account_id, arm, balance_at_start,
                                                            joined_at)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""", members);
        }
    }

    /**
     * PostgreSQL: rows of accounts without a strategy row and all actions go by
     * {@code COPY} straight into their tables (only the lease holder writes this id
     * range, and a chunk is one transaction, so nothing can be there yet); rows that
     * exist go through a temporary table and one upsert. The chunk's commit need not wait
     * for the WAL flush: a crash can only lose whole chunks, cursor included, which the
     * next holder does again.
     */
    private void copy(List<Object[]> strategies, Set<UUID> known, List<Object[]> actions) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Object[] row : strategies) {
            (known.contains((UUID) row[row.length - 1]) ? updates : inserts).add(row);
        }
        vendor.commitWithoutWaitingForFlush();
        bulk.insert("account_strategy", STRATEGY_ROWS, inserts);
        if (!updates.isEmpty()) {
            batch.execute("""
                    create temp table if not exists account_strategy_stage (
                      segment_code varchar(40), rule_index int, path_code varchar(40), entered_on date,
                      step_index int, last_step_on date, stage varchar(24), paused_by varchar(20),
                      priority numeric(7, 2), priority_parts varchar(400), run_id uuid, version_number int,
                      updated_at timestamp with time zone, tenant_id uuid, account_id uuid) on commit delete rows""");
            bulk.insert("account_strategy_stage", STRATEGY_ROWS, updates);
            batch.execute("insert into account_strategy (" + STRATEGY_COLUMNS + ") select " + STRATEGY_COLUMNS
                    + " from account_strategy_stage on conflict (tenant_id, account_id) do update set"
                    + " segment_code = excluded.segment_code, rule_index = excluded.rule_index,"
                    + " path_code = excluded.path_code, entered_on = excluded.entered_on,"
                    + " step_index = excluded.step_index, last_step_on = excluded.last_step_on,"
                    + " stage = excluded.stage, paused_by = excluded.paused_by, priority = excluded.priority,"
                    + " priority_parts = excluded.priority_parts, run_id = excluded.run_id,"
                    + " version_number = excluded.version_number, updated_at = excluded.updated_at");
            batch.execute("truncate account_strategy_stage");
        }
        List<Object[]> rows = new ArrayList<>(actions.size());
        for (Object[] action : actions) {
            Object[] withAttempts = java.util.Arrays.copyOf(action, action.length + 1);
            withAttempts[action.length] = 0;
            rows.add(withAttempts);
        }
        bulk.insert("strategy_action", ACTION_ROWS, rows);
    }

    private void batches(List<Object[]> strategies, Set<UUID> known, List<Object[]> actions) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Object[] row : strategies) {
            (known.contains((UUID) row[row.length - 1]) ? updates : inserts).add(row);
        }
        if (!updates.isEmpty()) {
            int[] updated = batch.batchUpdate("""
                    update account_strategy set segment_code = ?, rule_index = ?, path_code = ?, entered_on = ?,
                                                step_index = ?, last_step_on = ?, stage = ?, paused_by = ?,
                                                priority = ?, priority_parts = ?, run_id = ?, version_number = ?,
                                                updated_at = ?
                    where tenant_id = ? and account_id = ?""", updates);
            for (int i = 0; i < updates.size(); i++) {
                if (updated[i] == 0) {
                    inserts.add(updates.get(i));
                }
            }
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("insert into account_strategy (" + STRATEGY_COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        }
        if (!actions.isEmpty()) {
            batch.batchUpdate(
                    "insert into strategy_action (" + ACTION_COLUMNS
                            + ", attempts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) on conflict do nothing",
                    actions);
        }
    }

}
