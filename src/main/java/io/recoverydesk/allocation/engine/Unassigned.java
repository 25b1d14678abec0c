package io.recoverydesk.allocation.engine;

import java.util.Objects;
import java.util.UUID;

/** An account the run could not place, and why. */
public record Unassigned(UUID accountId, Why reason, String detail) {

    public Unassigned {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    public enum Why {

        /**
         * No available agent holds every skill the account (or its debtor unit) needs.
         */
        NO_SKILLED_AGENT,

        /** Skilled agents exist, but none has room for the debtor's accounts. */
        NO_CAPACITY,

        /** The override names an agent missing from the agent list. */
        UNKNOWN_OVERRIDE_AGENT

    }

}
