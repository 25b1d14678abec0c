package io.recoverydesk.strategy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentStep;
import io.recoverydesk.strategy.segments.IntRange;
import io.recoverydesk.strategy.segments.SegmentRule;
import io.recoverydesk.Bundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check's real findings on a broken definition read in Chinese (place and sentence,
 * with the codes and numbers they name) and in English as the check wrote them.
 */
class FindingTextsTest {

    private final FindingTexts texts = new FindingTexts(messages());

    private static ResourceBundleMessageSource messages() {
        return Bundles.messages("messages-strategy");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static List<DefinitionCheck.Finding> findings() {
        StrategyDefinition base = DefaultStrategy.definition();
        List<SegmentRule> segments = new ArrayList<>(base.segments());
        segments.set(0, SegmentRule.of("HOLD", "x", "NOWHERE").withHolds(segments.get(0).holds()));
        segments.removeIf(r -> r.code().equals("RECOVERY"));
        segments.add(SegmentRule.of("DEAD", "dead", "STANDARD").withDpd(IntRange.between(40, 50)));
        segments.add(SegmentRule.of("DEAD", "twice", "STANDARD"));
        List<TreatmentPath> paths = new ArrayList<>(base.paths());
        paths.add(new TreatmentPath("BAD", "bad", Stage.INTAKE,
                List.of(new TreatmentStep(Stage.INTAKE, ActionChannel.CALL, 5, null),
                        new TreatmentStep(Stage.INTAKE, ActionChannel.SMS, 2, null)),
                Set.of()));
        return DefinitionCheck.check(new StrategyDefinition(segments, paths));
    }

    @Test
    void everyFindingReadsInChineseWithItsValues() {
        List<DefinitionCheck.Finding> findings = findings();
        assertThat(findings).extracting(DefinitionCheck.Finding::code)
            .contains("UNKNOWN_PATH", "STEP_ORDER", "STEP_TEMPLATE", "PATH_UNUSED", "SEGMENT_CODE_TWICE");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        for (DefinitionCheck.Finding f : findings) {
            FindingTexts.Shown shown = texts.shown(f);
            assertThat(shown.sentence()).as(f.code()).containsPattern("\\p{IsHan}").doesNotContain("{");
            assertThat(shown.where()).as(f.where()).endsWith("：").doesNotContain("segment", "path ");
        }
        DefinitionCheck.Finding order = findings.stream()
            .filter(f -> f.code().equals("STEP_ORDER"))
            .findFirst()
            .orElseThrow();
        assertThat(texts.shown(order))
            .isEqualTo(new FindingTexts.Shown("路径 BAD 第 2 步：", "第 2 步（第 2 天）排在前一步（第 5 天）之前。"));
        DefinitionCheck.Finding unknown = findings.stream()
            .filter(f -> f.code().equals("UNKNOWN_PATH"))
            .findFirst()
            .orElseThrow();
        assertThat(texts.shown(unknown).sentence()).isEqualTo("客群 HOLD 使用的路径 NOWHERE 不存在。");
    }

    @Test
    void theSegmentTablesGapsDeadRowsAndOverlapsReadInChinese() {
        StrategyDefinition base = DefaultStrategy.definition();
        List<SegmentRule> segments = new ArrayList<>(base.segments());
        segments.removeIf(r -> r.code().equals("RECOVERY"));
        segments.add(SegmentRule.of("DEAD", "dead", "STANDARD").withDpd(IntRange.between(40, 50)));
        List<DefinitionCheck.Finding> findings = DefinitionCheck.check(new StrategyDefinition(segments, base.paths()));
        assertThat(findings).extracting(DefinitionCheck.Finding::code).contains("GAP", "SHADOWED", "OVERLAP");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        for (DefinitionCheck.Finding f : findings) {
            FindingTexts.Shown shown = texts.shown(f);
            assertThat(shown.sentence()).as(f.code())
                .containsPattern("\\p{IsHan}")
                .doesNotContain("{0", "{1", "never", "shares");
        }
        DefinitionCheck.Finding dead = findings.stream()
            .filter(f -> f.code().equals("SHADOWED"))
            .findFirst()
            .orElseThrow();
        assertThat(texts.shown(dead).sentence())
            .startsWith("规则 DEAD 永远不会先命中：规则 HOLD, ARRANGED, MID 已先拿走它的全部账户。例如：DPD 40");
    }

    @Test
    void anEnglishReaderReadsTheChecksOwnSentences() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        for (DefinitionCheck.Finding f : findings()) {
            if (f.example() == null && !f.code().equals("GAP")) {
                assertThat(texts.shown(f).sentence()).as(f.code()).isEqualTo(f.message());
            }
        }
    }

}
