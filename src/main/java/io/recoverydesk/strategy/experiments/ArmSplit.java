package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * Which arm an account is in. The account's position in [0, 1) is read from the SHA-256
 * of the experiment id and the account id, so it needs nothing stored, never changes for
 * the experiment's life, and is independent between experiments. The challenger takes the
 * positions below its share: raising the share later only moves champion accounts into
 * the challenger, never back.
 * <p>
 * The hash input (prefix, byte order) must never change: a different hash would move
 * accounts of running experiments between arms. {@code ArmSplitTest} pins known values.
 */
public final class ArmSplit {

    private static final byte[] PREFIX = "recoverydesk/experiment-arm/v1".getBytes(StandardCharsets.US_ASCII);

    private static final double TWO_TO_MINUS_53 = 0x1.0p-53;

    private ArmSplit() {
    }

    /**
     * @param challengerShare from 0 (everyone on the champion) to 1 (everyone on the
     * challenger)
     */
    public static Arm arm(UUID experimentId, UUID accountId, BigDecimal challengerShare) {
        Objects.requireNonNull(challengerShare, "challengerShare");
        if (challengerShare.signum() < 0 || challengerShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("challenger share must be from 0 to 1: " + challengerShare);
        }
        return (position(experimentId, accountId) < challengerShare.doubleValue()) ? Arm.CHALLENGER : Arm.CHAMPION;
    }

    /**
     * The account's place in [0, 1): the first 53 bits of the hash, so every double is
     * equally likely.
     */
    static double position(UUID experimentId, UUID accountId) {
        Objects.requireNonNull(experimentId, "experimentId");
        Objects.requireNonNull(accountId, "accountId");
        byte[] input = ByteBuffer.allocate(PREFIX.length + 32)
            .put(PREFIX)
            .putLong(experimentId.getMostSignificantBits())
            .putLong(experimentId.getLeastSignificantBits())
            .putLong(accountId.getMostSignificantBits())
            .putLong(accountId.getLeastSignificantBits())
            .array();
        long bits = ByteBuffer.wrap(sha256().digest(input)).getLong() >>> 11;
        return bits * TWO_TO_MINUS_53;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            // every Java platform must provide SHA-256 (MessageDigest javadoc)
            throw new IllegalStateException(ex);
        }
    }

}
