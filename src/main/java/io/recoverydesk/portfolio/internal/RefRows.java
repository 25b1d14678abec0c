package io.recoverydesk.portfolio.internal;

import java.util.Arrays;

/**
 * The first row of each creditor ref met in a file, for the duplicate check: the refs'
 * characters side by side in one array, found through an open-addressing table of their
 * positions. A million refs take about 40 MB instead of the 120 MB of a
 * {@code HashMap<String, Integer>}, and hold no objects of their own: a big map of small
 * objects, growing while the file is read, had the collector copying and scanning it
 * again and again (a million-row import spent seconds in full collections).
 */
final class RefRows {

    private char[] chars = new char[1 << 12];

    /**
     * Where entry {@code e}'s characters start; they end where entry {@code e + 1}'s
     * start.
     */
    private int[] starts = new int[(1 << 8) + 1];

    private int[] rows = new int[1 << 8];

    private int[] hashes = new int[1 << 8];

    /** Entry number plus one per slot; 0 for a free slot. */
    private int[] slots = new int[1 << 9];

    private int size;

    private int used;

    /** The row that brought {@code ref} first, or -1 when it has not been met. */
    int firstRow(String ref) {
        int hash = ref.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
            int entry = slots[i] - 1;
            if (hashes[entry] == hash && sameChars(entry, ref)) {
                return rows[entry];
            }
        }
        return -1;
    }

    /**
     * Records {@code ref} as first met in {@code row}; the caller has checked it is new.
     */
    void put(String ref, int row) {
        if (size == rows.length) {
            starts = Arrays.copyOf(starts, size * 2 + 1);
            rows = Arrays.copyOf(rows, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        if (used + ref.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + ref.length()));
        }
        if ((size + 1) * 10L >= slots.length * 6L) {
            grow();
        }
        ref.getChars(0, ref.length(), chars, used);
        starts[size] = used;
        used += ref.length();
        starts[size + 1] = used;
        rows[size] = row;
        hashes[size] = ref.hashCode();
        place(size);
        size++;
    }

    int size() {
        return size;
    }

    private boolean sameChars(int entry, String ref) {
        int start = starts[entry];
        if (starts[entry + 1] - start != ref.length()) {
            return false;
        }
        for (int i = 0; i < ref.length(); i++) {
            if (chars[start + i] != ref.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void place(int entry) {
        int mask = slots.length - 1;
        int i = spread(hashes[entry]) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = entry + 1;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        for (int entry = 0; entry < size; entry++) {
            place(entry);
        }
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

}
