package io.recoverydesk.portfolio.internal;

import java.util.UUID;

/**
 * Gives each debtor key of one import its debtor id, in the order the keys are first met
 * in the file: the ids ascend with the rows, so the indexes on debtor ids (the debtors'
 * own, the accounts' and the contact points') grow at one end instead of at random places
 * (a million-row file wrote its accounts in half the time); they come from an
 * {@link IdSequence}.
 *
 * <p>
 * Keys live in arrays of longs (open addressing, linear probing): a million keys take
 * about 40 MB instead of the 150 MB of a {@code HashMap<UUID, UUID>}, so a million-row
 * import stays inside a small heap.
 */
final class DebtorIds {

    private final IdSequence sequence;

    private long[] high = new long[1 << 10];

    private long[] low = new long[1 << 10];

    /** The key's number in the sequence plus one; 0 for a free slot. */
    private int[] numbers = new int[1 << 10];

    private int size;

    DebtorIds() {
        this.sequence = new IdSequence();
    }

    /** A key's debtor id, and whether this call gave it (the key's first row). */
    record Assigned(UUID id, boolean first) {
    }

    Assigned assign(UUID key) {
        if (size * 10L >= numbers.length * 6L) {
            grow();
        }
        long hi = key.getMostSignificantBits();
        long lo = key.getLeastSignificantBits();
        int mask = numbers.length - 1;
        int i = spread(hi, lo) & mask;
        while (numbers[i] != 0) {
            if (high[i] == hi && low[i] == lo) {
                return new Assigned(sequence.id(numbers[i] - 1), false);
            }
            i = (i + 1) & mask;
        }
        int number = size++;
        high[i] = hi;
        low[i] = lo;
        numbers[i] = number + 1;
        return new Assigned(sequence.id(number), true);
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldNumbers = numbers;
        high = new long[oldNumbers.length * 2];
        low = new long[oldNumbers.length * 2];
        numbers = new int[oldNumbers.length * 2];
        int mask = numbers.length - 1;
        for (int j = 0; j < oldNumbers.length; j++) {
            if (oldNumbers[j] != 0) {
                int i = spread(oldHigh[j], oldLow[j]) & mask;
                while (numbers[i] != 0) {
                    i = (i + 1) & mask;
                }
                high[i] = oldHigh[j];
                low[i] = oldLow[j];
                numbers[i] = oldNumbers[j];
            }
        }
    }

    private static int spread(long hi, long lo) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 32));
    }

}
