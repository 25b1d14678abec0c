package io.recoverydesk.payments.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily reconciliation as JSON, CSV and XLSX, for the API and the page's download
 * links; a download is audited.
 */
@RestController
class ReconciliationController {

    static final String HEADER = "date,creditor,currency,posted_count,posted_amount,reversed_count,reversed_amount,"
            + "net_amount,unmatched_count,unmatched_amount";

    private final Reconciliation reconciliation;

    private final CurrentUsers currentUsers;

    private final AuditLog audit;

    ReconciliationController(Reconciliation reconciliation, CurrentUsers currentUsers, AuditLog audit) {
        this.reconciliation = reconciliation;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @GetMapping("/api/v1/payments/reconciliation")
    @PreAuthorize(PaymentRoles.RECONCILE)
    Reconciliation.Day day(@RequestParam(required = false) String date) {
        CurrentUser user = currentUsers.require();
        return reconciliation.of(user, reconciliation.day(user, date));
    }

    @GetMapping({ "/api/v1/payments/reconciliation.csv", "/payments/reconciliation.csv" })
    @PreAuthorize(PaymentRoles.RECONCILE)
    void csv(@RequestParam(required = false) String date, HttpServletResponse response) throws IOException {
        CurrentUser user = currentUsers.require();
        Reconciliation.Day day = reconciliation.of(user, reconciliation.day(user, date));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reconciliation-" + day.date() + ".csv\"");
        PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
        out.print('\uFEFF');
        out.println(HEADER);
        for (List<Object> row : rows(day)) {
            out.println(String.join(",", row.stream().map(ReconciliationController::csvCell).toList()));
        }
        out.flush();
        audited(user, day, "csv");
    }

    @GetMapping({ "/api/v1/payments/reconciliation.xlsx", "/payments/reconciliation.xlsx" })
    @PreAuthorize(PaymentRoles.RECONCILE)
    void xlsx(@RequestParam(required = false) String date, HttpServletResponse response) throws IOException {
        CurrentUser user = currentUsers.require();
        Reconciliation.Day day = reconciliation.of(user, reconciliation.day(user, date));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"reconciliation-" + day.date() + ".xlsx\"");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of((Object[]) HEADER.split(",")));
        rows.addAll(rows(day));
        XlsxSheet.write(response.getOutputStream(), "reconciliation " + day.date(), rows);
        response.getOutputStream().flush();
        audited(user, day, "xlsx");
    }

    private void audited(CurrentUser user, Reconciliation.Day day, String format) {
        audit.record(user.tenantId(), user.username(), "RECONCILIATION_EXPORTED", "payment_reconciliation",
                day.date().toString(), format + "; " + day.lines().size() + " lines");
    }

    static List<List<Object>> rows(Reconciliation.Day day) {
        return day.lines()
            .stream()
            .map(l -> List.<Object>of(day.date().toString(), l.creditor(), l.currency(), l.postedCount(), l.posted(),
                    l.reversedCount(), l.reversed(), l.net(), l.unmatchedCount(), l.unmatched()))
            .toList();
    }

    private static String csvCell(Object value) {
        if (value instanceof Number n) {
            return n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString();
        }
        String text = String.valueOf(value);
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

}
