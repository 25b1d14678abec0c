package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded contact.
 *
 * @param contactPointId the number or address used; null when unknown
 * @param consentToCallUntil set when the person gave direct prior consent to calls in
 * this contact (US.EXCLUDED_CALLS); the consent never lasts beyond the seventh local day,
 * counting the day it was given as day 1, whatever is recorded here
 */
public record LedgerEntry(UUID accountId, UUID debtorId, Channel channel, Direction direction, Party party,
        UUID contactPointId, Instant startedAt, Outcome outcome, Instant consentToCallUntil) {

    public LedgerEntry {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(debtorId, "debtorId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
    }

    boolean isOutboundCallTo(Party whom) {
        return channel == Channel.CALL && direction == Direction.OUTBOUND && party == whom;
    }

}
