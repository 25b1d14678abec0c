package io.recoverydesk.scoring.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How {@link FeaturePipeline} encodes one categorical feature: one column per level seen
 * in training, plus a missing column when training rows lacked it.
 */
record CategoricalEncoding(String name, List<String> levels, boolean missingColumn, Map<String, Integer> index) {

    CategoricalEncoding(String name, List<String> levels, boolean missingColumn) {
        this(name, List.copyOf(levels), missingColumn, indexOf(levels));
    }

    static CategoricalEncoding fit(String name, Dataset training) {
        Map<String, Integer> counts = new HashMap<>();
        boolean anyMissing = false;
        for (Example example : training.examples()) {
            String value = example.row().category(name);
            if (value == null) {
                anyMissing = true;
            }
            else {
                counts.merge(value, 1, Integer::sum);
            }
        }
        // most frequent first, then by name, so that the layout does not depend on
        // row order
        List<String> levels = counts.entrySet()
            .stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
        return new CategoricalEncoding(name, levels, anyMissing);
    }

    int encode(@Nullable String value, double[] out, int at) {
        if (value != null) {
            Integer level = index.get(value);
            if (level != null) {
                out[at + level] = 1;
            }
        }
        at += levels.size();
        if (missingColumn) {
            out[at++] = (value == null) ? 1 : 0;
        }
        return at;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(name);
        out.writeInt(levels.size());
        for (String level : levels) {
            out.writeUTF(level);
        }
        out.writeBoolean(missingColumn);
    }

    static CategoricalEncoding read(DataInputStream in) throws IOException {
        String name = in.readUTF();
        List<String> levels = new ArrayList<>();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            levels.add(in.readUTF());
        }
        return new CategoricalEncoding(name, levels, in.readBoolean());
    }

    private static Map<String, Integer> indexOf(List<String> levels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
        return Map.copyOf(index);
    }

}
