package io.recoverydesk.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Lists of values in SQL: {@code in (?, ?, …)} placeholders, and long lists cut into
 * chunks so that a lookup of many ids is a statement per chunk, not one per id.
 */
public final class SqlLists {

    /**
     * Values per statement: far below PostgreSQL's 65,535 parameters, large enough to
     * matter.
     */
    public static final int CHUNK = 500;

    private SqlLists() {
    }

    /** {@code count} placeholders, comma separated: {@code ?, ?, ?}. */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The values in order, {@value #CHUNK} at a time (none for an empty list). */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /**
     * The statement's parameters: {@code first} (usually the tenant), then the values.
     */
    public static List<Object> params(Object first, Collection<?> values) {
        List<Object> params = new ArrayList<>(values.size() + 1);
        params.add(first);
        params.addAll(values);
        return params;
    }

}
