package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A contact someone wants to make (or, inbound, has received) at {@code at}.
 *
 * @param contactPointId the number or address to use; null when not chosen yet, in which
 * case rules about one number assume the worst
 * @param collectors how many collectors go on a field visit; null when not a visit
 */
public record ContactRequest(UUID accountId, UUID debtorId, Channel channel, Direction direction, Party party,
        UUID contactPointId, Instant at, Integer collectors) {

    public ContactRequest {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(debtorId, "debtorId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(at, "at");
        if (collectors != null && collectors < 0) {
            throw new IllegalArgumentException("collectors must not be negative: " + collectors);
        }
    }

    /** An outbound call to one of the debtor's numbers. */
    public static ContactRequest callDebtor(UUID accountId, UUID debtorId, UUID phoneId, Instant at) {
        return new ContactRequest(accountId, debtorId, Channel.CALL, Direction.OUTBOUND, Party.DEBTOR, phoneId, at,
                null);
    }

    public ContactRequest at(Instant other) {
        return new ContactRequest(accountId, debtorId, channel, direction, party, contactPointId, other, collectors);
    }

    boolean isCallTo(Party whom) {
        return channel == Channel.CALL && party == whom;
    }

}
