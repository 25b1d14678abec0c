package io.recoverydesk.compliance.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance dashboard and early warning: blocked attempts by rule, violations,
 * scanner findings, open alerts, agents above their own baseline, accounts near a limit;
 * filtered by period, team and creditor; exported as CSV (audited).
 */
@Controller
class ComplianceDashboardPages {

    private final ComplianceDashboard dashboard;

    private final AccountDirectory accounts;

    private final Tenants tenants;

    private final CurrentUsers currentUsers;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    ComplianceDashboardPages(ComplianceDashboard dashboard, AccountDirectory accounts, Tenants tenants,
            CurrentUsers currentUsers, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.dashboard = dashboard;
        this.accounts = accounts;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A near-limit account with its name, when the user may see it. */
    record NearRow(ComplianceDashboard.NearLimit item, AccountDirectory.AccountRef account) {
    }

    @GetMapping("/compliance/dashboard")
    @PreAuthorize(ComplianceRoles.OVERSEE)
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String team, @RequestParam(required = false) String creditor, Model model) {
        CurrentUser user = currentUsers.require();
        ComplianceDashboard.Figures figures = figures(user, from, to, team, creditor);
        model.addAttribute("f", figures);
        model.addAttribute("team", team);
        model.addAttribute("creditor", creditor);
        var seen = accounts.visible(user, figures.nearLimits().stream().map(n -> n.accountId()).toList());
        model.addAttribute("near",
                figures.nearLimits()
                    .stream()
                    .filter(n -> seen.containsKey(n.accountId()))
                    .map(n -> new NearRow(n, seen.get(n.accountId())))
                    .toList());
        model.addAttribute("teams",
                jdbc.sql("select code from team where tenant_id = ? order by code")
                    .param(user.tenantId().value())
                    .query(String.class)
                    .list());
        model.addAttribute("creditors",
                jdbc.sql("select code from creditor where tenant_id = ? order by code")
                    .param(user.tenantId().value())
                    .query(String.class)
                    .list()
                    .stream()
                    .filter(user::maysee)
                    .toList());
        return "compliance/dashboard";
    }

    @GetMapping("/compliance/dashboard.csv")
    @PreAuthorize(ComplianceRoles.OVERSEE)
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String team, @RequestParam(required = false) String creditor,
            HttpServletResponse response) throws IOException {
        CurrentUser user = currentUsers.require();
        ComplianceDashboard.Figures f = figures(user, from, to, team, creditor);
        audit.record(user.tenantId(), user.username(), "COMPLIANCE_DASHBOARD_EXPORTED", "dashboard", "compliance",
                f.from() + ".." + f.to() + " team=" + team + " creditor=" + creditor);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"compliance-" + f.from() + "-" + f.to() + ".csv\"");
        PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
        out.print('\uFEFF');
        out.println("section,key,count");
        out.println("contacts,all," + f.contacts());
        out.println("contacts,reported," + f.reported());
        rows(out, "blocked", f.blockedByRule());
        rows(out, "violations", f.violationsByRule());
        rows(out, "findings", f.findingsByCategory());
        rows(out, "open-alerts", f.openAlerts());
        rows(out, "complaints-by-category", f.complaintsByCategory());
        out.println("qa,reviews," + f.qa().reviews());
        out.println("qa,coaching," + f.qa().coaching());
        rows(out, "complaints-by-sla", f.complaintsBySla());
        f.warnings()
            .forEach(w -> out
                .println("warning," + (w.agent() != null ? w.agent() : "team " + w.team()) + "," + w.recent()));
        out.flush();
    }

    private static void rows(PrintWriter out, String section, Map<String, Long> counts) {
        counts.forEach((k, v) -> out.println(section + "," + k + "," + v));
    }

    private ComplianceDashboard.Figures figures(CurrentUser user, LocalDate from, LocalDate to, String team,
            String creditor) {
        ZoneId zone = tenants.get(user.tenantId()).zone();
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate start = from != null ? from : end.minusDays(29);
        if (start.isAfter(end)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        if (start.plusYears(2).isBefore(end)) {
            // a period of at most two years keeps the page quick
            start = end.minusYears(2);
        }
        return dashboard.figures(user, zone, new ComplianceDashboard.Filter(start, end, team, creditor),
                clock.instant());
    }

}
