package io.recoverydesk.scoring.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * How {@link FeaturePipeline} encodes one numeric feature: clipped to the training range,
 * imputed with the training median, standardised, plus a missing indicator when training
 * rows lacked it.
 */
record NumericEncoding(String name, double min, double max, double median, double mean, double sd,
        boolean missingColumn) {

    static NumericEncoding fit(String name, Dataset training) {
        double[] present = training.examples()
            .stream()
            .mapToDouble((e) -> e.row().number(name))
            .filter((v) -> !Double.isNaN(v))
            .sorted()
            .toArray();
        boolean anyMissing = present.length < training.size();
        if (present.length == 0) {
            return new NumericEncoding(name, 0, 0, 0, 0, 1, true);
        }
        double median = quantile(present, 0.5);
        double sum = 0;
        for (double v : present) {
            sum += v;
        }
        int missing = training.size() - present.length;
        double mean = (sum + missing * median) / training.size();
        double squares = 0;
        for (double v : present) {
            squares += (v - mean) * (v - mean);
        }
        squares += missing * (median - mean) * (median - mean);
        double sd = Math.sqrt(squares / training.size());
        return new NumericEncoding(name, present[0], present[present.length - 1], median, mean, (sd > 1e-12) ? sd : 1,
                anyMissing);
    }

    int encode(double value, double[] out, int at) {
        boolean missing = Double.isNaN(value);
        double x = missing ? median : Math.min(max, Math.max(min, value));
        out[at++] = (x - mean) / sd;
        if (missingColumn) {
            out[at++] = missing ? 1 : 0;
        }
        return at;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(name);
        for (double v : new double[] { min, max, median, mean, sd }) {
            out.writeDouble(v);
        }
        out.writeBoolean(missingColumn);
    }

    static NumericEncoding read(DataInputStream in) throws IOException {
        String name = in.readUTF();
        double min = in.readDouble();
        double max = in.readDouble();
        double median = in.readDouble();
        double mean = in.readDouble();
        double sd = in.readDouble();
        return new NumericEncoding(name, min, max, median, mean, sd, in.readBoolean());
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }

}
