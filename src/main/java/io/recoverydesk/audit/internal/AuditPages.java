package io.recoverydesk.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.CurrentTenant;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.web.PageProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log page: recent entries, filterable by action, and a chain verification on
 * request.
 */
@Controller
class AuditPages {

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    private final CurrentTenant currentTenant;

    private final org.springframework.context.MessageSource messages;

    AuditPages(JdbcClient jdbc, AuditLog auditLog, CurrentTenant currentTenant,
            org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.auditLog = auditLog;
        this.currentTenant = currentTenant;
    }

    record Entry(long seq, Instant at, String actor, String action, String entityType, String entityId,
            String details) {
    }

    /** What the page filters by; each part optional; days in the tenant's zone. */
    record Filter(String action, String actor, String entity, LocalDate from, LocalDate to) {

        public boolean any() {
            return action != null || actor != null || entity != null || from != null || to != null;
        }

    }

    /** Entries shown per page; "older" continues below the last one. */
    static final int PAGE = 100;

    /** How many of the latest entries offer their actions to the filter. */
    static final int ACTION_SAMPLE = 5000;

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    String audit(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String entity, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "false") boolean verify, Model model) {
        var tenant = currentTenant.require().tenantId();
        ZoneId zone = currentTenant.zone(tenant);
        Filter filter;
        try {
            filter = new Filter(blankToNull(action), blankToNull(actor), blankToNull(entity), day(from), day(to));
        }
        catch (DateTimeParseException ex) {
            model.addAttribute("error", PageProblem.of("bad-date", "Dates are YYYY-MM-DD: " + ex.getParsedString()));
            filter = new Filter(blankToNull(action), blankToNull(actor), blankToNull(entity), null, null);
        }
        StringBuilder where = new StringBuilder(" where tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenant.value()));
        if (filter.action() != null) {
            where.append(" and action = ?");
            params.add(filter.action().toUpperCase(Locale.ROOT));
        }
        if (filter.actor() != null) {
            where.append(" and actor = ?");
            params.add(filter.actor());
        }
        if (filter.entity() != null) {
            where.append(" and entity_id = ?");
            params.add(filter.entity());
        }
        if (filter.from() != null) {
            where.append(" and at >= ?");
            params.add(SqlValues.utc(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and at < ?");
            params.add(SqlValues.utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (before != null) {
            where.append(" and seq < ?");
            params.add(before);
        }
        params.add(PAGE + 1);
        List<Entry> entries = new ArrayList<>(jdbc
            .sql("select seq, at, actor, action, entity_type, entity_id, details from audit_entry" + where
                    + " order by seq desc limit ?")
            .params(params)
            .query((rs, n) -> new Entry(rs.getLong(1), SqlValues.instant(rs, "at"), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7)))
            .list());
        boolean more = entries.size() > PAGE;
        if (more) {
            entries.remove(PAGE);
        }
        model.addAttribute("entries", entries);
        model.addAttribute("filter", filter);
        model.addAttribute("older", more ? entries.get(PAGE - 1).seq() : null);
        model.addAttribute("zone", zone.getId());
        // the actions to choose from: those of the latest entries (a distinct over the
        // whole
        // log would read every entry of the tenant on each visit), and the one chosen
        java.util.SortedSet<String> actions = new java.util.TreeSet<>(jdbc
            .sql("select distinct r.action from (select action from audit_entry where tenant_id = ?"
                    + " order by seq desc limit " + ACTION_SAMPLE + ") r")
            .param(tenant.value())
            .query(String.class)
            .list());
        if (filter.action() != null) {
            actions.add(filter.action().toUpperCase(Locale.ROOT));
        }
        model.addAttribute("actions", actions);
        if (verify) {
            var verification = auditLog.verify(tenant);
            model.addAttribute("verification", verification);
            model.addAttribute("problem", problem(verification.problem()));
        }
        return "audit/audit";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /** The verifier's English sentence in the reader's language. */
    String problem(String english) {
        for (var sentence : ChainVerifier.BREAKS) {
            var args = sentence.parse(english);
            if (args.isPresent()) {
                return messages.getMessage(sentence.key(), args.get().toArray(), english,
                        org.springframework.context.i18n.LocaleContextHolder.getLocale());
            }
        }
        return english;
    }

}
