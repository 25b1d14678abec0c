package io.recoverydesk.compliance.scan;

import java.util.Objects;

/**
 * One match of the content scanner.
 *
 * @param category what the match is about
 * @param term the lexicon entry that matched, as written in the lexicon file
 * @param start offset of the first matched {@code char} in the original text
 * @param end offset just after the last matched {@code char} in the original text
 * (exclusive), so {@code text.substring(start, end)} is exactly what a UI highlights
 */
public record Finding(ScanCategory category, String term, int start, int end) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(term, "term");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

}
