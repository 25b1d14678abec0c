package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * A complaint was taken in (published inside the intake's transaction); {@code agent} is
 * the agent concerned, when known.
 */
record ComplaintReceived(TenantId tenant, UUID complaintId, UUID accountId, String agent, Instant receivedAt,
        String actor) {
}
