package io.recoverydesk.compliance;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * What batch work (the strategy run) needs from compliance, a range of account ids at a
 * time: account-wide holds in force and the last contact.
 */
public interface ComplianceFacts {

    /**
     * The accounts with ids from {@code first} to {@code last} (in the database's id
     * order) that have an account-wide hold in force or any recorded contact; others are
     * absent.
     */
    Map<UUID, ContactState> between(TenantId tenant, UUID first, UUID last);

    /**
     * {@code hold} is the earliest account-wide hold in force (a
     * {@link io.recoverydesk.compliance.policy.HoldType} name) or null;
     * {@code lastContactAt} the start of the latest recorded contact or null.
     */
    record ContactState(String hold, Instant lastContactAt) {
    }

}
