package io.recoverydesk.compliance.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho–Corasick automaton over chars: reports every occurrence of every phrase in one
 * pass, linear in the text length plus the number of occurrences.
 */
final class PhraseAutomaton {

    /** Receives the index of a phrase and the end (exclusive) of its occurrence. */
    @FunctionalInterface
    interface Sink {

        void found(int phrase, int end);

    }

    private static final int[] NONE = new int[0];

    // per node: sorted transition chars and their target nodes
    private final char[][] keys;

    private final int[][] targets;

    private final int[] fail;

    // per node: phrases ending here, including those of its suffix nodes
    private final int[][] outputs;

    PhraseAutomaton(List<char[]> phrases) {
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        for (int p = 0; p < phrases.size(); p++) {
            int node = 0;
            for (char c : phrases.get(p)) {
                Integer next = trie.get(node).get(c);
                if (next == null) {
                    next = trie.size();
                    trie.get(node).put(c, next);
                    trie.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                }
                node = next;
            }
            ends.get(node).add(p);
        }
        int size = trie.size();
        this.keys = new char[size][];
        this.targets = new int[size][];
        for (int n = 0; n < size; n++) {
            TreeMap<Character, Integer> edges = trie.get(n);
            this.keys[n] = new char[edges.size()];
            this.targets[n] = new int[edges.size()];
            int i = 0;
            for (Map.Entry<Character, Integer> edge : edges.entrySet()) {
                this.keys[n][i] = edge.getKey();
                this.targets[n][i++] = edge.getValue();
            }
        }
        this.fail = new int[size];
        this.outputs = new int[size][];
        this.outputs[0] = NONE;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : this.targets[0]) {
            this.outputs[child] = toArray(ends.get(child), NONE);
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int i = 0; i < this.keys[node].length; i++) {
                int child = this.targets[node][i];
                int f = this.fail[node];
                while (f != 0 && next(f, this.keys[node][i]) < 0) {
                    f = this.fail[f];
                }
                int target = next(f, this.keys[node][i]);
                this.fail[child] = (target < 0 || target == child) ? 0 : target;
                this.outputs[child] = toArray(ends.get(child), this.outputs[this.fail[child]]);
                queue.add(child);
            }
        }
    }

    private static int[] toArray(List<Integer> own, int[] inherited) {
        if (own.isEmpty()) {
            return inherited;
        }
        int[] result = Arrays.copyOf(own.stream().mapToInt(Integer::intValue).toArray(), own.size() + inherited.length);
        System.arraycopy(inherited, 0, result, own.size(), inherited.length);
        return result;
    }

    private int next(int node, char c) {
        int i = Arrays.binarySearch(this.keys[node], c);
        return (i < 0) ? -1 : this.targets[node][i];
    }

    void scan(char[] text, int length, Sink sink) {
        int node = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int target = next(node, c);
            while (target < 0 && node != 0) {
                node = this.fail[node];
                target = next(node, c);
            }
            node = (target < 0) ? 0 : target;
            for (int phrase : this.outputs[node]) {
                sink.found(phrase, i + 1);
            }
        }
    }

}
