package io.recoverydesk.portfolio.internal;

import java.util.UUID;

/**
 * A set of UUIDs in two arrays of longs (open addressing, linear probing): a million keys
 * take 32 MB instead of the 80 MB of a {@code HashSet<UUID>}, so a million-row import
 * stays inside a small heap.
 */
final class UuidSet {

    private long[] high = new long[1 << 10];

    private long[] low = new long[1 << 10];

    private boolean[] used = new boolean[1 << 10];

    private int size;

    /** Adds the key; true when it was not there yet. */
    boolean add(UUID key) {
        if (size * 10L >= used.length * 6L) {
            grow();
        }
        return insert(key.getMostSignificantBits(), key.getLeastSignificantBits());
    }

    int size() {
        return size;
    }

    private boolean insert(long hi, long lo) {
        int mask = used.length - 1;
        int i = spread(hi, lo) & mask;
        while (used[i]) {
            if (high[i] == hi && low[i] == lo) {
                return false;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        high[i] = hi;
        low[i] = lo;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        boolean[] oldUsed = used;
        high = new long[oldUsed.length * 2];
        low = new long[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                insert(oldHigh[i], oldLow[i]);
            }
        }
    }

    private static int spread(long hi, long lo) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 32));
    }

}
