package io.recoverydesk.compliance.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Finds threats, insults, impersonation, deception, third-party disclosure and privacy
 * breaches in messages, notes and call transcripts, in Chinese and English.
 *
 * <p>
 * Texts are normalised ({@link NormalizedText}: NFKC, lower case, fillers between
 * characters dropped) and every lexicon phrase is found in one Aho–Corasick pass, so a
 * scan is linear in the text. Each occurrence must then pass the word rules of
 * {@link Phrase}, the scan context (third-party audience, law-firm sender), and the
 * lexicon's exceptions: an {@code ALLOW} entry covering it (向法院起诉) or a {@code NOT} entry
 * right before it (不会上门). Overlapping findings of one category are reduced to the longest
 * (the earliest among equals); findings of different categories may overlap.
 *
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class ContentScanner {

    static final String LEXICON_DIRECTORY = "compliance/lexicon/";

    /** The lexicon files, {@code <locale>.txt} in {@link #LEXICON_DIRECTORY}. */
    static final List<String> LOCALES = List.of("zh", "en");

    private static volatile @Nullable ContentScanner loaded;

    private final List<LexiconEntry> entries;

    private final List<Phrase> phrases;

    private final PhraseAutomaton automaton;

    private ContentScanner(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        List<Phrase> compiled = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            for (String phrase : entries.get(e).phrases()) {
                compiled.add(Phrase.compile(e, phrase));
            }
        }
        this.phrases = List.copyOf(compiled);
        this.automaton = new PhraseAutomaton(compiled.stream().map(Phrase::chars).toList());
    }

    /**
     * The scanner over the lexicons on the class path, read once and shared.
     * @throws IllegalStateException naming file and line when a lexicon line is malformed
     */
    public static ContentScanner load() {
        ContentScanner scanner = loaded;
        if (scanner == null) {
            synchronized (ContentScanner.class) {
                scanner = loaded;
                if (scanner == null) {
                    scanner = new ContentScanner(readLexicons());
                    loaded = scanner;
                }
            }
        }
        return scanner;
    }

    static ContentScanner of(List<LexiconEntry> entries) {
        return new ContentScanner(entries);
    }

    private static List<LexiconEntry> readLexicons() {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String locale : LOCALES) {
            String resource = LEXICON_DIRECTORY + locale + ".txt";
            try (InputStream in = ContentScanner.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Lexicon " + resource + " is not on the class path");
                }
                entries.addAll(Lexicon.parse(resource, locale,
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Cannot read lexicon " + resource, ex);
            }
        }
        return entries;
    }

    List<LexiconEntry> entries() {
        return this.entries;
    }

    /** The findings in a text, sorted by start, then end, then category. */
    public List<Finding> scan(String text, ScanContext context) {
        NormalizedText normalized = NormalizedText.of(text);
        String only = onlyLocale(context.locale());
        List<Match> candidates = new ArrayList<>();
        List<Match> allowed = new ArrayList<>();
        BitSet negationEnds = new BitSet();
        this.automaton.scan(normalized.chars(), normalized.length(), (p, end) -> {
            Phrase phrase = this.phrases.get(p);
            LexiconEntry entry = this.entries.get(phrase.entry());
            if ((only != null && !only.equals(entry.locale())) || !phrase.occursBefore(normalized, end)) {
                return;
            }
            Match match = new Match(phrase.entry(), end - phrase.length(), end);
            switch (entry.kind()) {
                case NOT -> negationEnds.set(end - 1);
                case ALLOW -> allowed.add(match);
                case FINDING -> {
                    if (applies(entry, context)) {
                        candidates.add(match);
                    }
                }
            }
        });
        candidates.removeIf((m) -> isNegated(m, negationEnds, normalized)
                || allowed.stream().anyMatch((a) -> a.start() <= m.start() && m.end() <= a.end()));
        return longestPerCategory(candidates).stream()
            .map((m) -> new Finding(category(m), this.entries.get(m.entry()).term(),
                    normalized.originalStart(m.start()), normalized.originalEnd(m.end() - 1)))
            .sorted(Comparator.comparingInt(Finding::start)
                .thenComparingInt(Finding::end)
                .thenComparing(Finding::category))
            .toList();
    }

    /**
     * A threat, impersonation, deception or privacy finding right after a negation (不会,
     * will not) is a reassurance. Insults stay insults and a debt stays disclosed
     * whatever precedes them.
     */
    private boolean isNegated(Match match, BitSet negationEnds, NormalizedText text) {
        ScanCategory category = category(match);
        return category != ScanCategory.INSULT && category != ScanCategory.THIRD_PARTY_DISCLOSURE && match.start() > 0
                && negationEnds.get(match.start() - 1) && text.gapBefore(match.start()) != NormalizedText.BREAK;
    }

    private static @Nullable String onlyLocale(@Nullable Locale locale) {
        String language = (locale != null) ? locale.getLanguage() : "";
        return LOCALES.contains(language) ? language : null;
    }

    private static boolean applies(LexiconEntry entry, ScanContext context) {
        if (entry.category() == ScanCategory.THIRD_PARTY_DISCLOSURE && !context.thirdPartyAudience()) {
            return false;
        }
        return !(entry.lawyerTerm() && context.senderIsLawFirm());
    }

    private ScanCategory category(Match match) {
        ScanCategory category = this.entries.get(match.entry()).category();
        if (category == null) {
            throw new IllegalStateException("not a finding entry: " + match);
        }
        return category;
    }

    /**
     * Of overlapping matches of one category, the longest, then the earliest, then the
     * first entry.
     */
    private List<Match> longestPerCategory(List<Match> candidates) {
        candidates.sort(Comparator.comparingInt((Match m) -> m.start() - m.end())
            .thenComparingInt(Match::start)
            .thenComparingInt(Match::entry));
        List<Match> kept = new ArrayList<>();
        for (Match candidate : candidates) {
            ScanCategory category = category(candidate);
            boolean overlaps = kept.stream()
                .anyMatch((k) -> category(k) == category && k.start() < candidate.end() && candidate.start() < k.end());
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** An occurrence of an entry's phrase, in normalised chars. */
    private record Match(int entry, int start, int end) {
    }

}
