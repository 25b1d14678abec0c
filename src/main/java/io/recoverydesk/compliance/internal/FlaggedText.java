package io.recoverydesk.compliance.internal;

import java.util.List;

import io.recoverydesk.compliance.scan.Finding;

/**
 * What a flagged note's alert says: each finding's category and the words of the note it
 * matched ("THREAT: 通知你单位"), not the lexicon's pattern; a phrase found twice is named
 * once.
 */
final class FlaggedText {

    private FlaggedText() {
    }

    static String of(String text, List<Finding> findings) {
        return String.join("; ",
                findings.stream()
                    .map(f -> f.category() + ": " + text.substring(f.start(), f.end()).strip())
                    .distinct()
                    .toList());
    }

}
