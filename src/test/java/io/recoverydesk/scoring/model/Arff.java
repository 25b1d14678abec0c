package io.recoverydesk.scoring.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the dense ARFF files we test with into a {@link Dataset}: numeric attributes
 * become numeric features, nominal ones categorical, {@code ?} is missing. Enough ARFF
 * for public benchmark files; not a general reader (no sparse rows, dates or strings).
 */
final class Arff {

    private Arff() {
    }

    static Dataset readResource(String resource, String classAttribute, String positiveClass) {
        InputStream stream = Arff.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is not on the test classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return read(reader, classAttribute, positiveClass);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Dataset read(BufferedReader reader, String classAttribute, String positiveClass) throws IOException {
        List<String> names = new ArrayList<>();
        List<Boolean> isNumeric = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        boolean data = false;
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("%")) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (!data && lower.startsWith("@attribute")) {
                List<String> parts = split(line.substring("@attribute".length()).replace('\t', ' ').strip(), ' ', 2);
                names.add(parts.get(0));
                String type = parts.get(1).strip().toLowerCase(Locale.ROOT);
                isNumeric.add(!type.startsWith("{"));
                if (!type.startsWith("{")
                        && !(type.equals("numeric") || type.equals("real") || type.equals("integer"))) {
                    throw new IllegalArgumentException("unsupported attribute type " + type);
                }
            }
            else if (lower.startsWith("@data")) {
                data = true;
            }
            else if (data) {
                examples
                    .add(example(split(line, ',', Integer.MAX_VALUE), names, isNumeric, classAttribute, positiveClass));
            }
        }
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(classAttribute)) {
                (isNumeric.get(i) ? numeric : categorical).add(names.get(i));
            }
        }
        return new Dataset(new FeatureSchema(numeric, categorical), examples);
    }

    private static Example example(List<String> values, List<String> names, List<Boolean> isNumeric,
            String classAttribute, String positiveClass) {
        if (values.size() != names.size()) {
            throw new IllegalArgumentException(
                    "row has " + values.size() + " values for " + names.size() + " attributes: " + values);
        }
        Row.Builder row = Row.builder();
        Boolean positive = null;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (names.get(i).equals(classAttribute)) {
                positive = value.equals(positiveClass);
            }
            else if (!value.equals("?")) {
                if (isNumeric.get(i)) {
                    row.number(names.get(i), Double.parseDouble(value));
                }
                else {
                    row.category(names.get(i), value);
                }
            }
        }
        if (positive == null) {
            throw new IllegalArgumentException("no class attribute " + classAttribute);
        }
        return new Example(row.build(), positive);
    }

    /**
     * Splits on a separator outside quotes, unquoting and trimming each part; at most
     * {@code limit} parts (the last takes the rest as it is).
     */
    private static List<String> split(String text, char separator, int limit) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (parts.size() == limit - 1) {
                current.append(text.substring(i));
                break;
            }
            if (quote != 0) {
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                }
                else if (c == quote) {
                    quote = 0;
                }
                else {
                    current.append(c);
                }
            }
            else if (c == '\'' || c == '"') {
                quote = c;
                quoted = true;
            }
            else if (c == separator) {
                if (quoted || current.length() > 0 || separator != ' ') {
                    parts.add(quoted ? current.toString() : current.toString().strip());
                }
                current.setLength(0);
                quoted = false;
            }
            else {
                current.append(c);
            }
        }
        parts.add(quoted ? current.toString() : current.toString().strip());
        return parts;
    }

}
