package io.recoverydesk.identity;

import io.recoverydesk.kernel.TenantId;

/**
 * An administrator changed what a user may see or do (roles, team, creditor scopes);
 * persisted in the event publication registry. The work queues release the cases the user
 * may no longer see.
 */
public record UserAccessChanged(TenantId tenant, String username, String changedBy) {
}
