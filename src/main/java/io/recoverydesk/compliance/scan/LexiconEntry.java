package io.recoverydesk.compliance.scan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of a lexicon file.
 *
 * @param locale the lexicon's language ({@code zh}, {@code en})
 * @param kind what a match does
 * @param category the category of a {@link Kind#FINDING}, {@code null} otherwise
 * @param term the phrase or pattern as written, reported in findings
 * @param lawyerTerm a finding only when the sender is not a law firm (律师, attorney)
 * @param phrases the pattern expanded into plain phrases
 * @param line the line number in the file, for messages
 */
record LexiconEntry(String locale, Kind kind, @Nullable ScanCategory category, String term, boolean lawyerTerm,
        List<String> phrases, int line) {

    enum Kind {

        /** A match is a finding of the entry's category. */
        FINDING,

        /** A match covering a finding suppresses it: lawful wording such as 向法院起诉. */
        ALLOW,

        /** A match right before a finding suppresses it: 不会 上门, will not arrest. */
        NOT

    }

}
