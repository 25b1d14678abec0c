package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.internal.ImportReport.RowResult;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment files and their rows. */
@Repository
class ImportStore {

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An unmatched row waiting for a person, with the creditor it came for. */
    record Waiting(String creditor, UUID importId, String fileName, RowResult row) {
    }

    void create(TenantId tenant, UUID id, String creditor, String fileName, String checksum, String by, Instant at) {
        jdbc.sql("""
                insert into payment_import (tenant_id, id, creditor_code, file_name, checksum, rows_total, rows_posted,
                  rows_duplicate, rows_unmatched, rows_error, amount_posted, created_by, created_at)
                values (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, ?, ?)""")
            .params(tenant.value(), id, creditor, fileName, checksum, by, SqlValues.utc(at))
            .update();
    }

    void addRow(TenantId tenant, UUID importId, String creditor, RowResult r, Instant at) {
        jdbc.sql("""
                insert into payment_import_row (tenant_id, id, import_id, row_no, creditor_code, creditor_ref, amount,
                  paid_at, reference, method, outcome, message, payment_id, created_at, problem_code, problem_detail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), r.id(), importId, r.rowNo(), creditor, r.creditorRef(), r.amount(),
                    SqlValues.utc(r.paidAt()), r.reference(), r.method(), r.outcome(), truncate(r.message()),
                    r.paymentId(), SqlValues.utc(at), r.code(), cut(r.detail(), 200))
            .update();
    }

    /** Counts the rows into the import's totals and answers its report. */
    ImportReport finish(TenantId tenant, UUID importId) {
        jdbc.sql("""
                update payment_import set
                  rows_total = (select count(*) from payment_import_row r where r.tenant_id = ? and r.import_id = ?),
                  rows_posted = (select count(*) from payment_import_row r
                    where r.tenant_id = ? and r.import_id = ? and r.outcome = 'POSTED'),
                  rows_duplicate = (select count(*) from payment_import_row r
                    where r.tenant_id = ? and r.import_id = ? and r.outcome = 'DUPLICATE'),
                  rows_unmatched = (select count(*) from payment_import_row r
                    where r.tenant_id = ? and r.import_id = ? and r.outcome = 'UNMATCHED'),
                  rows_error = (select count(*) from payment_import_row r
                    where r.tenant_id = ? and r.import_id = ? and r.outcome = 'ERROR'),
                  amount_posted = (select coalesce(sum(r.amount), 0) from payment_import_row r
                    where r.tenant_id = ? and r.import_id = ? and r.outcome = 'POSTED')
                where tenant_id = ? and id = ?""")
            .params(tenant.value(), importId, tenant.value(), importId, tenant.value(), importId, tenant.value(),
                    importId, tenant.value(), importId, tenant.value(), importId, tenant.value(), importId)
            .update();
        return find(tenant, importId, null).orElseThrow();
    }

    /** An import of one of the creditors (null = any), with its rows. */
    Optional<ImportReport> find(TenantId tenant, UUID importId, Set<String> creditors) {
        return jdbc.sql("select * from payment_import where tenant_id = ? and id = ?")
            .params(tenant.value(), importId)
            .query((rs, n) -> report(rs, rows(tenant, importId)))
            .optional()
            .filter(r -> creditors == null || creditors.contains(r.creditor()));
    }

    /** The latest imports of the creditors (null = all), without rows. */
    List<ImportReport> recent(TenantId tenant, Set<String> creditors, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(tenant.value());
        String scope = scope(creditors, params);
        params.add(limit);
        return jdbc
            .sql("select * from payment_import where tenant_id = ?" + scope + " order by created_at desc limit ?")
            .params(params)
            .query((rs, n) -> report(rs, List.of()))
            .list();
    }

    /** Whether a row with this reference waits for matching or was dismissed. */
    boolean handledUnmatched(TenantId tenant, String creditor, String reference) {
        return jdbc.sql("""
                select count(*) from payment_import_row where tenant_id = ? and creditor_code = ? and reference = ?
                  and outcome in ('UNMATCHED', 'DISMISSED')""")
            .params(tenant.value(), creditor, reference)
            .query(Long.class)
            .single() > 0;
    }

    /** The payment posted with this reference for the creditor, if any. */
    Optional<UUID> postedReference(TenantId tenant, String creditor, String reference) {
        return jdbc.sql("select id from payment where tenant_id = ? and creditor_code = ? and reference = ?")
            .params(tenant.value(), creditor, reference)
            .query(UUID.class)
            .list()
            .stream()
            .findFirst();
    }

    /** Unmatched rows of the creditors (null = all), oldest first. */
    List<Waiting> unmatched(TenantId tenant, Set<String> creditors, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(tenant.value());
        String scope = scope(creditors, params).replace("creditor_code", "r.creditor_code");
        params.add(limit);
        return jdbc
            .sql("""
                    select r.*, i.file_name from payment_import_row r
                    join payment_import i on i.tenant_id = r.tenant_id and i.id = r.import_id
                    where r.tenant_id = ? and r.outcome = 'UNMATCHED'""" + scope
                    + " order by r.created_at, r.row_no limit ?")
            .params(params)
            .query((rs, n) -> new Waiting(rs.getString("creditor_code"), rs.getObject("import_id", UUID.class),
                    rs.getString("file_name"), row(rs)))
            .list();
    }

    /** An unmatched row, locked so that two people cannot match it at once. */
    Optional<Waiting> lockUnmatched(TenantId tenant, UUID rowId) {
        return jdbc
            .sql("select * from payment_import_row where tenant_id = ? and id = ? and outcome = 'UNMATCHED'"
                    + " for update")
            .params(tenant.value(), rowId)
            .query((rs, n) -> new Waiting(rs.getString("creditor_code"), rs.getObject("import_id", UUID.class), null,
                    row(rs)))
            .optional();
    }

    /**
     * The unmatched rows of the creditor with this reference, locked: a payment with the
     * reference is being posted, so they are matched now.
     */
    List<UUID> lockUnmatchedByReference(TenantId tenant, String creditor, String reference) {
        return jdbc
            .sql("select id from payment_import_row where tenant_id = ? and creditor_code = ? and reference = ?"
                    + " and outcome = 'UNMATCHED' order by created_at, row_no for update")
            .params(tenant.value(), creditor, reference)
            .query(UUID.class)
            .list();
    }

    void resolve(TenantId tenant, UUID rowId, String outcome, UUID paymentId, String message, String by, Instant at) {
        jdbc.sql("""
                update payment_import_row set outcome = ?, payment_id = ?, message = ?, resolved_by = ?,
                  resolved_at = ?, problem_code = null, problem_detail = null where tenant_id = ? and id = ?""")
            .params(outcome, paymentId, truncate(message), by, SqlValues.utc(at), tenant.value(), rowId)
            .update();
    }

    private List<RowResult> rows(TenantId tenant, UUID importId) {
        return jdbc.sql("select * from payment_import_row where tenant_id = ? and import_id = ? order by row_no")
            .params(tenant.value(), importId)
            .query((rs, n) -> row(rs))
            .list();
    }

    private static String scope(Set<String> creditors, List<Object> params) {
        if (creditors == null) {
            return "";
        }
        if (creditors.isEmpty()) {
            return " and 1 = 0";
        }
        params.addAll(creditors);
        return " and creditor_code in (" + SqlLists.marks(creditors.size()) + ")";
    }

    private static ImportReport report(ResultSet rs, List<RowResult> rows) throws SQLException {
        return new ImportReport(rs.getObject("id", UUID.class), rs.getString("creditor_code"),
                rs.getString("file_name"), rs.getInt("rows_total"), rs.getInt("rows_posted"),
                rs.getInt("rows_duplicate"), rs.getInt("rows_unmatched"), rs.getInt("rows_error"),
                rs.getBigDecimal("amount_posted"), rs.getString("created_by"), SqlValues.instant(rs, "created_at"),
                rows);
    }

    private static RowResult row(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new RowResult(rs.getObject("id", UUID.class), rs.getInt("row_no"), rs.getString("creditor_ref"), amount,
                SqlValues.instant(rs, "paid_at"), rs.getString("reference"), rs.getString("method"),
                rs.getString("outcome"), rs.getString("message"), rs.getObject("payment_id", UUID.class),
                rs.getString("problem_code"), rs.getString("problem_detail"));
    }

    private static String truncate(String message) {
        return cut(message, 500);
    }

    private static String cut(String text, int length) {
        return text == null ? null : text.substring(0, Math.min(text.length(), length));
    }

}
