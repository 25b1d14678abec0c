package io.recoverydesk.audit;

import io.recoverydesk.kernel.TenantId;

/** Writes audit entries in the caller's transaction and verifies the chain. */
public interface AuditLog {

    void record(TenantId tenant, String actor, String action, String entityType, String entityId, String details);

    AuditVerification verify(TenantId tenant);

    /** The answer of a verification: valid, or the first broken entry and why. */
    record AuditVerification(boolean valid, long entries, Long firstBrokenSeq, String problem) {
    }

}
