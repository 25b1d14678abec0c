package io.recoverydesk.strategy.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fewer boxes for the same accounts: boxes that differ on one dimension only become one
 * box where their spans can be joined. Without it, the boxes left over by a table of a
 * few hundred rules run into the tens of thousands; with it, the gap report also reads as
 * a person would write it. Span hashes are computed once per box, since grouping hashes
 * every box once per dimension and pass.
 */
final class Coalescer {

    private static final int DIMS = Dim.values().length;

    private Coalescer() {
    }

    static List<Box> coalesce(List<Box> boxes) {
        if (boxes.size() < 2) {
            return boxes;
        }
        List<Entry> current = boxes.stream().map(Entry::of).toList();
        int before;
        do {
            before = current.size();
            for (int dim = 0; dim < DIMS && current.size() > 1; dim++) {
                current = mergeAlong(current, dim);
            }
        }
        while (current.size() < before && current.size() > 1);
        return current.stream().map(entry -> new Box(Arrays.asList(entry.spans))).toList();
    }

    private static List<Entry> mergeAlong(List<Entry> entries, int dim) {
        if (sameEverywhere(entries, dim)) {
            // boxes alike but on this dimension would be alike on all: nothing to merge
            return entries;
        }
        Map<Key, List<Entry>> groups = new LinkedHashMap<>(2 * entries.size());
        for (Entry entry : entries) {
            groups.computeIfAbsent(new Key(entry, dim), k -> new ArrayList<>(1)).add(entry);
        }
        if (groups.size() == entries.size()) {
            return entries;
        }
        List<Entry> merged = new ArrayList<>(groups.size());
        for (List<Entry> group : groups.values()) {
            if (group.size() == 1) {
                merged.add(group.get(0));
                continue;
            }
            List<Span> along = group.stream().map(entry -> entry.spans[dim]).toList();
            for (Span span : Span.union(along)) {
                merged.add(group.get(0).with(dim, span));
            }
        }
        return merged;
    }

    private static boolean sameEverywhere(List<Entry> entries, int dim) {
        Entry first = entries.get(0);
        for (Entry entry : entries) {
            if (entry.hashes[dim] != first.hashes[dim] || !entry.spans[dim].equals(first.spans[dim])) {
                return false;
            }
        }
        return true;
    }

    private record Entry(Span[] spans, int[] hashes) {

        static Entry of(Box box) {
            Span[] spans = box.spans().toArray(new Span[0]);
            int[] hashes = new int[spans.length];
            for (int i = 0; i < spans.length; i++) {
                hashes[i] = spans[i].hashCode();
            }
            return new Entry(spans, hashes);
        }

        Entry with(int dim, Span span) {
            Span[] copy = spans.clone();
            int[] hashCopy = hashes.clone();
            copy[dim] = span;
            hashCopy[dim] = span.hashCode();
            return new Entry(copy, hashCopy);
        }

    }

    /** An entry seen without one dimension. */
    private static final class Key {

        private final Entry entry;

        private final int without;

        private final int hash;

        Key(Entry entry, int without) {
            this.entry = entry;
            this.without = without;
            int h = 1;
            for (int i = 0; i < entry.hashes.length; i++) {
                h = 31 * h + ((i != without) ? entry.hashes[i] : 0);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key that) || that.without != without) {
                return false;
            }
            for (int i = 0; i < entry.spans.length; i++) {
                if (i != without
                        && (entry.hashes[i] != that.entry.hashes[i] || !entry.spans[i].equals(that.entry.spans[i]))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }

    }

}
