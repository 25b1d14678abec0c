package io.recoverydesk.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Server-generated identifiers: time-ordered UUIDv7, and name-based ids for deterministic
 * keys.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /**
     * The last (milliseconds, counter) handed out, as {@code millis << 12 | counter}.
     */
    private static final java.util.concurrent.atomic.AtomicLong LAST = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter, then random
     * bits; index-friendly. Ids made in this process strictly increase (RFC 9562 §6.2,
     * method 1: within one millisecond the counter counts up; should it run over, the
     * timestamp moves one millisecond ahead), so rows written one after another sort in
     * that order even within the same millisecond.
     */
    public static UUID newId() {
        long now = System.currentTimeMillis() << 12;
        long next = LAST.updateAndGet(last -> Math.max(now, last + 1));
        long millis = next >>> 12;
        long counter = next & 0xFFFL;
        long msb = (millis << 16) | (0x7L << 12) | counter;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /**
     * A name-based UUID whose first 48 bits are the given Unix milliseconds, like a
     * UUIDv7: ids made for one batch share a prefix and sit together in a B-tree index
     * instead of landing on random pages.
     */
    public static UUID nameBased(long millis, UUID namespace, String name) {
        UUID hashed = nameBased(namespace, name);
        long msb = (millis << 16) | (hashed.getMostSignificantBits() & 0xFFFFL);
        return new UUID(msb, hashed.getLeastSignificantBits());
    }

    /**
     * A name-based UUID (version 8, SHA-256): the same namespace and name always give the
     * same id.
     */
    public static UUID nameBased(UUID namespace, String name) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(namespace.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] hash = digest.digest(name.getBytes(StandardCharsets.UTF_8));
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xFF);
                lsb = (lsb << 8) | (hash[8 + i] & 0xFF);
            }
            msb = (msb & ~0xF000L) | 0x8000L;
            lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(msb, lsb);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
