package io.recoverydesk.portfolio.internal;

import io.recoverydesk.kernel.SqlValues;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored placements (received batches) with their row-level error reports. */
@Repository
class Placements {

    static final int MAX_STORED_ERRORS = 10_000;

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    Placements(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<UUID> completedWithChecksum(TenantId tenant, UUID creditorId, String checksum) {
        return jdbc.sql("select id from placement where tenant_id = ? and creditor_id = ? and completed_checksum = ?")
            .params(tenant.value(), creditorId, checksum)
            .query(UUID.class)
            .optional();
    }

    void insert(TenantId tenant, UUID id, UUID creditorId, LocalDate received, ImportReport report, String checksum,
            String mode, String actor, Instant now) {
        jdbc.sql(
                """
                        insert into placement (tenant_id, id, creditor_id, received_date, file_name, checksum, completed_checksum,
                          status, mode, rows_total, rows_accepted, rows_rejected, accounts_created, accounts_updated,
                          debtors_created, debtors_matched, total_balance, warnings, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), id, creditorId, received, truncate(report.fileName(), 300), checksum,
                    ImportReport.COMPLETED.equals(report.status()) ? checksum : null, report.status(), mode,
                    report.rowsTotal(), report.rowsAccepted(), report.rowsRejected(), report.accountsCreated(),
                    report.accountsUpdated(), report.debtorsCreated(), report.debtorsMatched(), report.totalBalance(),
                    truncate(String.join("\n", report.warnings()), 4000), actor, SqlValues.utc(now))
            .update();
    }

    void insertErrors(TenantId tenant, UUID placementId, List<RowError> errors) {
        List<Object[]> args = new ArrayList<>(errors.size());
        for (int i = 0; i < errors.size() && i < MAX_STORED_ERRORS; i++) {
            RowError e = errors.get(i);
            args.add(new Object[] { tenant.value(), placementId, i + 1, e.row(), e.column(), e.code(),
                    truncate(e.message(), 500) });
        }
        template.batchUpdate("""
                insert into placement_error (tenant_id, placement_id, seq, row_no, column_name, code, message)
                values (?, ?, ?, ?, ?, ?, ?)""", args);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static final String SELECT = """
            select p.id, p.status, c.code as creditor_code, p.file_name, p.created_at, p.rows_total, p.rows_accepted,
                   p.rows_rejected, p.accounts_created, p.accounts_updated, p.debtors_created, p.debtors_matched,
                   p.total_balance, p.warnings,
                   (select count(*) from placement_error e where e.tenant_id = p.tenant_id and e.placement_id = p.id) as errors_total
            from placement p join creditor c on c.tenant_id = p.tenant_id and c.id = p.creditor_id
            """;

    Optional<ImportReport> find(CurrentUser user, UUID id, int maxErrors) {
        return jdbc.sql(SELECT + " where p.tenant_id = ? and p.id = ?")
            .params(user.tenantId().value(), id)
            .query((rs, n) -> map(rs, List.of()))
            .optional()
            .filter(r -> user.maysee(r.creditorCode()))
            .map(r -> withErrors(user.tenantId(), r, maxErrors));
    }

    List<ImportReport> list(CurrentUser user, int limit) {
        return jdbc.sql(SELECT + " where p.tenant_id = ? order by p.created_at desc")
            .param(user.tenantId().value())
            .query((rs, n) -> map(rs, List.of()))
            .list()
            .stream()
            .filter(r -> user.maysee(r.creditorCode()))
            .limit(limit)
            .toList();
    }

    private ImportReport withErrors(TenantId tenant, ImportReport r, int maxErrors) {
        List<RowError> errors = jdbc.sql("""
                select row_no, column_name, code, message from placement_error
                where tenant_id = ? and placement_id = ? order by seq limit ?""")
            .params(tenant.value(), r.placementId(), maxErrors)
            .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .list();
        return new ImportReport(r.placementId(), r.status(), r.creditorCode(), r.fileName(), r.createdAt(),
                r.rowsTotal(), r.rowsAccepted(), r.rowsRejected(), r.accountsCreated(), r.accountsUpdated(),
                r.debtorsCreated(), r.debtorsMatched(), r.totalBalance(), errors, r.errorsTotal(), r.warnings(), null);
    }

    private static ImportReport map(ResultSet rs, List<RowError> errors) throws SQLException {
        String warnings = rs.getString("warnings");
        return new ImportReport(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("creditor_code"),
                rs.getString("file_name"), SqlValues.instant(rs, "created_at"), rs.getInt("rows_total"),
                rs.getInt("rows_accepted"), rs.getInt("rows_rejected"), rs.getInt("accounts_created"),
                rs.getInt("accounts_updated"), rs.getInt("debtors_created"), rs.getInt("debtors_matched"),
                rs.getBigDecimal("total_balance"), errors, rs.getInt("errors_total"),
                warnings == null || warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n")), null);
    }

    /**
     * Sends the report as a CSV download (UTF-8 with BOM, so that Excel opens the Chinese
     * text correctly).
     */
    void sendReportCsv(TenantId tenant, UUID placementId, jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"placement-" + placementId + "-report.csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(),
                java.nio.charset.StandardCharsets.UTF_8);
        out.write('\uFEFF');
        writeErrorsCsv(tenant, placementId, out);
        out.flush();
    }

    /** The full error report of a placement as CSV (row, column, code, message). */
    void writeErrorsCsv(TenantId tenant, UUID placementId, Writer out) throws IOException {
        out.write("row,column,code,message\n");
        List<RowError> errors = jdbc.sql("""
                select row_no, column_name, code, message from placement_error
                where tenant_id = ? and placement_id = ? order by seq""")
            .params(tenant.value(), placementId)
            .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .list();
        for (RowError e : errors) {
            out.write(e.row() + "," + csv(e.column()) + "," + csv(e.code()) + "," + csv(e.message()) + "\n");
        }
    }

    static String csv(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

}
