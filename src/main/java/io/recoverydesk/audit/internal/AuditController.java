package io.recoverydesk.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.CurrentTenant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {

    private final AuditLog auditLog;

    private final CurrentTenant currentTenant;

    AuditController(AuditLog auditLog, CurrentTenant currentTenant) {
        this.auditLog = auditLog;
        this.currentTenant = currentTenant;
    }

    @GetMapping("/api/v1/audit/verify")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    Map<String, Object> verify() {
        AuditLog.AuditVerification result = auditLog.verify(currentTenant.require().tenantId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", result.valid());
        body.put("entries", result.entries());
        if (!result.valid()) {
            body.put("firstBrokenEntry", result.firstBrokenSeq());
            body.put("problem", result.problem());
        }
        return body;
    }

}
