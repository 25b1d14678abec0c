package io.recoverydesk.allocation.engine;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where one account goes and why; {@code previousAgent} is its agent before the run, so
 * the audit can record the move.
 */
public record Assignment(UUID accountId, String agent, Reason reason, @Nullable String previousAgent, String detail) {

    public Assignment {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** Whether the account changes hands (a new account counts as a move). */
    public boolean moved() {
        return !agent.equals(previousAgent);
    }

}
