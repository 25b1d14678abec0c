package io.recoverydesk.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.CurrentTenant;

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

    record Entry(long seq, OffsetDateTime at, String actor, String action, String entityType, String entityId,
            String details) {
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    String audit(@RequestParam(required = false) String action, @RequestParam(defaultValue = "false") boolean verify,
            Model model) {
        var tenant = currentTenant.require().tenantId();
        List<Entry> entries = jdbc
            .sql("select seq, at, actor, action, entity_type, entity_id, details from audit_entry "
                    + "where tenant_id = ?" + (action == null || action.isBlank() ? "" : " and action = ?")
                    + " order by seq desc limit 200")
            .params(action == null || action.isBlank() ? List.of(tenant.value()) : List.of(tenant.value(), action))
            .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
            .list();
        model.addAttribute("entries", entries);
        model.addAttribute("action", action);
        if (verify) {
            var verification = auditLog.verify(tenant);
            model.addAttribute("verification", verification);
            model.addAttribute("problem", problem(verification.problem()));
        }
        return "audit/audit";
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
