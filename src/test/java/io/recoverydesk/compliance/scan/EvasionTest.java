package io.recoverydesk.compliance.scan;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EvasionTest {

    static final ContentScanner SCANNER = ContentScanner.load();

    static final ScanContext EVERYTHING = ScanContext.forThirdParty(null);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '!',
            value = { "我们是[[法*院]]的!IMPERSONATION", "我们是[[公 安]]的!IMPERSONATION", "我们是[[公　安]]的!IMPERSONATION",
                    "This is the [[ＰＯＬＩＣＥ]].!IMPERSONATION", "Call the [[p.o.l.i.c.e]] now!IMPERSONATION",
                    "Call the [[P O L I C E]] now!IMPERSONATION", "Call the [[ⓟⓞⓛⓘⓒⓔ]] now!IMPERSONATION",
                    "Call the [[po*lice]] now!IMPERSONATION", "马上[[爆-通-讯-录]]!PRIVACY", "让你[[坐\u200B牢]]!THREAT",
                    "明天[[上😀门]]!THREAT", "明天[[上 | 门]]!THREAT", "你这个[[傻_逼]]!INSULT", "Go to hell, [[ｆｕｃｋ]]!INSULT",
                    "Go to hell, [[f-u-c-k]]!INSULT", "你会[[上黑 名 单]]了!DECEPTION",
                    "you are [[b.l.a.c.k.l.i.s.t.e.d]]!DECEPTION", "Y o u  w i l l  b e  [[a r r e s t e d]]!THREAT" })
    void findsPhrasesBehindFillersAndFullWidthWithOriginalOffsets(String marked, ScanCategory category) {
        Marked text = Marked.of(marked);
        List<Finding> findings = SCANNER.scan(text.text(), ScanContext.DEFAULT);
        assertThat(findings).as(text.text()).anySatisfy((f) -> {
            assertThat(f.category()).isEqualTo(category);
            assertThat(text.text().substring(f.start(), f.end())).isEqualTo(text.covered());
        });
    }

    @Test
    void mapsSupplementaryCharactersBackToTheirUtf16Offsets() {
        assertThat(SCANNER.scan("上😀门", ScanContext.DEFAULT))
            .containsExactly(new Finding(ScanCategory.THREAT, "上门", 0, 4));
        assertThat(SCANNER.scan("😀😀公 安", ScanContext.DEFAULT))
            .containsExactly(new Finding(ScanCategory.IMPERSONATION, "公安", 4, 7));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = { "办公，安全第一", "方法。院长说", "公     安", "公\n\n安", "方法! 院", "pol ice", "ar rest" })
    void doesNotJoinAcrossClausesLongGapsOrOrdinaryWordBreaks(String text) {
        assertThat(SCANNER.scan(text, ScanContext.DEFAULT)).as(text).isEmpty();
    }

    @Test
    void aClauseMarkBeforeAWholeWordDoesNotHideIt() {
        assertThat(SCANNER.scan("Mr. Police, hello", ScanContext.DEFAULT))
            .containsExactly(new Finding(ScanCategory.IMPERSONATION, "police", 4, 10));
    }

    @Test
    void joinsAcrossASingleLineBreak() {
        assertThat(SCANNER.scan("we will come to your\nhouse", ScanContext.DEFAULT)).hasSize(1);
    }

    @Test
    void everyLexiconPhraseMatchesItself() {
        for (PhraseCase phrase : findingPhrases(SCANNER)) {
            List<Finding> findings = SCANNER.scan(phrase.text(), EVERYTHING);
            assertThat(findings).as(phrase.text())
                .extracting("category", "start", "end")
                .contains(tuple(phrase.category(), 0, phrase.text().length()));
        }
    }

    @Property(tries = 3000)
    void fillersBetweenTheCharactersOfAnyPhraseStillMatchIt(@ForAll("phrases") PhraseCase phrase,
            @ForAll("fillers") List<String> fillers, @ForAll boolean fullWidth) {
        StringBuilder evaded = new StringBuilder();
        int[] codePoints = phrase.text().codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (i > 0) {
                evaded.append(fillers.get(i % fillers.size()));
            }
            int cp = codePoints[i];
            evaded.appendCodePoint((fullWidth && cp > 0x20 && cp < 0x7F) ? cp + 0xFEE0 : cp);
        }
        String prefix = "提醒。";
        String text = prefix + evaded + "。谢谢";
        List<Finding> findings = SCANNER.scan(text, EVERYTHING);
        assertThat(findings).as(text)
            .extracting("category", "start", "end")
            .contains(tuple(phrase.category(), prefix.length(), prefix.length() + evaded.length()));
    }

    @Provide
    Arbitrary<PhraseCase> phrases() {
        return Arbitraries.of(findingPhrases(SCANNER));
    }

    @Provide
    Arbitrary<List<String>> fillers() {
        return Arbitraries.of(" ", "*", "\u200B", "-", "_", "|", "~", "/", "\u200D\u200B", "😀", "　")
            .list()
            .ofMinSize(1)
            .ofMaxSize(6);
    }

    record PhraseCase(ScanCategory category, String term, String text) {
    }

    static List<PhraseCase> findingPhrases(ContentScanner scanner) {
        List<PhraseCase> phrases = new ArrayList<>();
        for (LexiconEntry entry : scanner.entries()) {
            if (entry.category() != null) {
                for (String text : entry.phrases()) {
                    phrases.add(new PhraseCase(entry.category(), entry.term(), text.strip()));
                }
            }
        }
        return phrases;
    }

}
