package io.recoverydesk.portfolio.internal;

import java.util.UUID;

import io.recoverydesk.kernel.Ids;

/**
 * Ids for the rows one import creates, ascending in the order they are handed out: one
 * UUIDv7 taken when the sequence starts, counting up in its lowest 32 bits. Cheaper than
 * a fresh {@link Ids#newId()} per row (no random bits to draw), and unique like it: the
 * prefix is unique in this process and the counter within the prefix. Not thread-safe:
 * one sequence per thread.
 */
final class IdSequence {

    private final long high;

    private final long low;

    private int next;

    IdSequence() {
        UUID base = Ids.newId();
        this.high = base.getMostSignificantBits();
        this.low = base.getLeastSignificantBits() & 0xFFFFFFFF00000000L;
    }

    UUID next() {
        return id(next++);
    }

    /** The id with the given number, 0 for the first. */
    UUID id(int number) {
        return new UUID(high, low | Integer.toUnsignedLong(number));
    }

}
