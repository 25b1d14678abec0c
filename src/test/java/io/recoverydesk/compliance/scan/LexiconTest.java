package io.recoverydesk.compliance.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LexiconTest {

    static List<LexiconEntry> parse(String text) throws IOException {
        return Lexicon.parse("test.txt", "zh", new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsEntriesSkippingCommentsAndBlankLines() throws IOException {
        List<LexiconEntry> entries = parse("\uFEFF# header\n\nTHREAT\t坐牢\n  # indented comment\n"
                + "IMPERSONATION\t律师\tlawyer\nALLOW\t咨询律师\nNOT\t不会\r\n");
        assertThat(entries).extracting(LexiconEntry::term).containsExactly("坐牢", "律师", "咨询律师", "不会");
        assertThat(entries).extracting(LexiconEntry::line).containsExactly(3, 5, 6, 7);
        assertThat(entries.get(1).lawyerTerm()).isTrue();
        assertThat(entries.get(2).kind()).isEqualTo(LexiconEntry.Kind.ALLOW);
        assertThat(entries.get(2).category()).isNull();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '!', value = { "THREAT\\t坐牢\\nTHRET\\t抓你!line 2: unknown category 'THRET'",
            "# c\\nTHREAT 坐牢!line 2: expected CATEGORY<TAB>phrase", "THREAT\\t坐牢\\nINSULT\\t \\n!line 2: empty phrase",
            "IMPERSONATION\\t律师\\tlaw firm!line 1: unknown qualifier 'law firm'",
            "THREAT\\t律师\\tlawyer!line 1: 'lawyer' applies to IMPERSONATION entries only",
            "THREAT\\t(通知|找你单位!line 1: unclosed '('", "THREAT\\t(通知|(找|去))单位!line 1: nested '('",
            "THREAT\\t通知)单位!line 1: ')' outside a group", "THREAT\\t(通知)单位!line 1: a group needs at least two",
            "\\n\\nTHREAT\\t***!line 3: phrase has no letters or digits",
            "THREAT\\t上门，抓你!line 1: phrase spans a clause mark",
            "THREAT\\ta\\tb\\tc!line 1: expected CATEGORY<TAB>phrase" })
    void rejectsAMalformedLineNamingItsNumber(String lexicon, String message) {
        assertThatIllegalStateException().isThrownBy(() -> parse(lexicon.replace("\\t", "\t").replace("\\n", "\n")))
            .withMessageStartingWith("Malformed lexicon test.txt ")
            .withMessageContaining(message);
    }

    @Test
    void rejectsAPatternThatExpandsTooFar() {
        String group = "(a|b|c|d|e|f|g|h)";
        assertThatIllegalStateException().isThrownBy(() -> parse("THREAT\t" + group.repeat(4)))
            .withMessageContaining("line 1: pattern expands to more than 2048 phrases");
    }

    @Test
    void expandsGroupsOfAlternativesInOrder() {
        assertThat(Lexicon.expand("(通知|找)(|你)单位")).containsExactly("通知单位", "通知你单位", "找单位", "找你单位");
        assertThat(Lexicon.expand("debt(|s)")).containsExactly("debt", "debts");
        assertThat(Lexicon.expand("上门")).containsExactly("上门");
    }

    @Test
    void aScannerWorksFromAnyLexicon() throws IOException {
        ContentScanner scanner = ContentScanner.of(parse("PRIVACY\t朋友圈\nNOT\t不发"));
        assertThat(scanner.scan("把你发到朋 友 圈", ScanContext.DEFAULT))
            .containsExactly(new Finding(ScanCategory.PRIVACY, "朋友圈", 4, 9));
        assertThat(scanner.scan("我们不发朋友圈", ScanContext.DEFAULT)).isEmpty();
    }

    @Test
    void theShippedLexiconsListEachPhraseOncePerCategory() {
        Set<String> seen = new HashSet<>();
        for (LexiconEntry entry : ContentScanner.load().entries()) {
            for (String phrase : entry.phrases()) {
                String key = entry.kind() + "/" + entry.category() + "/"
                        + String.valueOf(Phrase.compile(0, phrase).chars());
                assertThat(seen.add(key)).as("%s line %d repeats '%s'", entry.locale(), entry.line(), phrase).isTrue();
            }
        }
    }

}
