package io.recoverydesk.compliance.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a lexicon file: one entry per line, {@code CATEGORY<TAB>phrase-or-pattern} with
 * an optional third column {@code lawyer}; blank lines and lines starting with {@code #}
 * are ignored. The format is explained at the top of each lexicon file.
 *
 * <p>
 * A pattern is a phrase with groups of alternatives, {@code (通知|找|去)(你|您)单位}; an empty
 * alternative makes a group optional, {@code debt(|s)}. Groups do not nest. The pattern
 * is expanded into plain phrases here, so that matching stays one pass of a phrase
 * automaton however many patterns there are.
 */
final class Lexicon {

    static final int MAX_EXPANSIONS = 2048;

    private Lexicon() {
    }

    /**
     * Parses a lexicon, failing on the first malformed line.
     * @param source the name used in error messages
     * @param locale the language of the lexicon
     * @throws IllegalStateException naming the source and line of a malformed line
     */
    static List<LexiconEntry> parse(String source, String locale, BufferedReader reader) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            try {
                entries.add(entry(locale, line, lineNumber));
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalStateException("Malformed lexicon " + source + " line " + lineNumber + ": "
                        + ex.getMessage() + " in \"" + line + "\"", ex);
            }
        }
        return entries;
    }

    private static LexiconEntry entry(String locale, String line, int lineNumber) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2 || fields.length > 3) {
            throw new IllegalArgumentException("expected CATEGORY<TAB>phrase[<TAB>lawyer], found " + fields.length
                    + " tab-separated field" + (fields.length == 1 ? "" : "s"));
        }
        String label = fields[0].strip();
        String term = fields[1].strip();
        if (term.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        boolean lawyer = false;
        if (fields.length == 3) {
            if (!"lawyer".equals(fields[2].strip())) {
                throw new IllegalArgumentException("unknown qualifier '" + fields[2].strip() + "' (only 'lawyer')");
            }
            lawyer = true;
        }
        LexiconEntry.Kind kind;
        ScanCategory category = null;
        switch (label) {
            case "ALLOW" -> kind = LexiconEntry.Kind.ALLOW;
            case "NOT" -> kind = LexiconEntry.Kind.NOT;
            default -> {
                kind = LexiconEntry.Kind.FINDING;
                try {
                    category = ScanCategory.valueOf(label);
                }
                catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("unknown category '" + label + "' (expected one of "
                            + Arrays.toString(ScanCategory.values()) + ", ALLOW or NOT)");
                }
            }
        }
        if (lawyer && category != ScanCategory.IMPERSONATION) {
            throw new IllegalArgumentException("'lawyer' applies to IMPERSONATION entries only");
        }
        List<String> phrases = expand(term);
        for (String phrase : phrases) {
            Phrase.check(phrase);
        }
        return new LexiconEntry(locale, kind, category, term, lawyer, phrases, lineNumber);
    }

    /** The plain phrases a pattern stands for, in order. */
    static List<String> expand(String pattern) {
        List<String> results = new ArrayList<>(List.of(""));
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == ')' || c == '|') {
                throw new IllegalArgumentException("'" + c + "' outside a group at column " + (i + 1));
            }
            if (c != '(') {
                int next = nextSpecial(pattern, i);
                String literal = pattern.substring(i, next);
                results.replaceAll((r) -> r + literal);
                i = next;
                continue;
            }
            int close = pattern.indexOf(')', i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '(' at column " + (i + 1));
            }
            String body = pattern.substring(i + 1, close);
            if (body.indexOf('(') >= 0) {
                throw new IllegalArgumentException("nested '(' at column " + (i + 1));
            }
            String[] alternatives = body.split("\\|", -1);
            if (alternatives.length < 2) {
                throw new IllegalArgumentException("a group needs at least two alternatives at column " + (i + 1));
            }
            if ((long) results.size() * alternatives.length > MAX_EXPANSIONS) {
                throw new IllegalArgumentException("pattern expands to more than " + MAX_EXPANSIONS + " phrases");
            }
            List<String> grown = new ArrayList<>(results.size() * alternatives.length);
            for (String prefix : results) {
                for (String alternative : alternatives) {
                    grown.add(prefix + alternative);
                }
            }
            results = grown;
            i = close + 1;
        }
        return results;
    }

    private static int nextSpecial(String pattern, int from) {
        int i = from;
        while (i < pattern.length() && "()|".indexOf(pattern.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

}
