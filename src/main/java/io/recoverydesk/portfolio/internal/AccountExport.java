package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.portfolio.Delinquency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts found by a search as CSV: personal data masked as on screen, or in full for
 * the roles allowed to export it; every export is audited with what it contained.
 * Streams, so a large portfolio does not sit in memory.
 */
@Component
class AccountExport {

    /** Roles that may export accounts at all (names are personal data too). */
    static final String EXPORT_ROLES = "hasAnyRole('ADMIN', 'MANAGER', 'COMPLIANCE')";

    private final JdbcClient jdbc;

    private final AccountQueries accounts;

    private final PiiCipher pii;

    private final AuditLog audit;

    private final Tenants tenants;

    private final Clock clock;

    AccountExport(JdbcClient jdbc, AccountQueries accounts, PiiCipher pii, AuditLog audit, Tenants tenants,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.pii = pii;
        this.audit = audit;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Only ADMIN and COMPLIANCE may export unmasked national ids and phone numbers. */
    static boolean mayExportFull(CurrentUser user) {
        return user.hasAnyRole(Role.ADMIN, Role.COMPLIANCE);
    }

    @Transactional(readOnly = false)
    void export(CurrentUser user, AccountQueries.Criteria criteria, boolean full, OutputStream target)
            throws IOException {
        if (full && !mayExportFull(user)) {
            throw new AccessDeniedException("exporting full personal data needs the ADMIN or COMPLIANCE role");
        }
        List<Object> params = new ArrayList<>();
        String sql = accounts.exportQuery(user, criteria, params);
        LocalDate today = LocalDate.now(clock.withZone(tenants.get(user.tenantId()).zone()));
        PrintWriter out = new PrintWriter(target, false, StandardCharsets.UTF_8);
        out.print('\uFEFF');
        out.println("creditor,creditor_ref,status,dpd,bucket,currency,balance,debtor_name,national_id,phone,email");
        int[] rows = { 0 };
        jdbc.sql(sql).params(params).query(rs -> {
            Delinquency d = Delinquency.on(today, SqlValues.date(rs, "first_delinquency_date"));
            String phone = rs.getString("phone");
            String email = rs.getString("email");
            String nid = rs.getString("national_id_enc");
            String last4 = rs.getString("national_id_last4");
            out.println(String.join(",", csv(rs.getString("creditor_code")), csv(rs.getString("creditor_ref")),
                    rs.getString("status"), Long.toString(d.dpd()), d.bucket().label(), rs.getString("currency"),
                    rs.getBigDecimal("principal")
                        .add(rs.getBigDecimal("interest"))
                        .add(rs.getBigDecimal("fees"))
                        .add(rs.getBigDecimal("penalty"))
                        .toPlainString(),
                    csv(rs.getString("debtor_name")),
                    csv(full ? (nid == null ? "" : pii.decrypt(nid)) : nullToEmpty(Masking.nationalId(last4))),
                    csv(phone == null ? "" : full ? phone : Masking.phone(phone, PhoneNormalizer.countryCodeOf(phone))),
                    csv(email == null ? "" : full ? email : Masking.email(email))));
            rows[0]++;
        });
        out.flush();
        audit.record(user.tenantId(), user.username(), full ? "PII_EXPORTED" : "ACCOUNTS_EXPORTED", "account", "search",
                rows[0] + " accounts; creditor=" + criteria.creditor() + " ref=" + criteria.ref() + " q=" + criteria.q()
                        + (full ? "; full national ids, phones and emails" : "; masked"));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Quotes a value for CSV, and defuses spreadsheet formulas. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

}
