package io.recoverydesk.compliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.compliance.policy.HoldType;
import io.recoverydesk.kernel.TenantId;

/**
 * What the compliance module knows of an account's history, for the case timeline: its
 * contacts and its holds, newest first, at most {@code limit}. Callers check that the
 * user may see the account first.
 */
public interface CaseHistory {

    /** The account's ledger entries, newest start first. */
    List<ContactDoor.Recorded> contacts(TenantId tenant, UUID accountId, int limit);

    /** The account's holds, newest placement first (lifted ones too). */
    List<HoldLine> holds(TenantId tenant, UUID accountId, int limit);

    /** A hold as the timeline shows it; {@code liftedAt} null while active. */
    record HoldLine(UUID id, HoldType type, String reason, String placedBy, Instant placedAt, String liftedBy,
            Instant liftedAt, String liftReason) {
    }

}
