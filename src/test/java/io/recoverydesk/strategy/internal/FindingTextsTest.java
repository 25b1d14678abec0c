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
        return Bundles.messages("messages-strategy", "messages");
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
        // channels by their names
        assertThat(
                texts.shown(findings.stream().filter(f -> f.code().equals("STEP_TEMPLATE")).findFirst().orElseThrow())
                    .sentence())
            .isEqualTo("短信步骤须指定已批准的消息模板。");
        assertThat(texts
            .shown(new DefinitionCheck.Finding("ERROR", "STEP_TEMPLATE_CHANNEL", "path BAD step 1", "x", "SMS", "EMAIL",
                    "SMS"))
            .sentence()).isEqualTo("模板 SMS 是为邮件编写的，不能用于短信步骤。");
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
        // the example account in the reader's words, the check's made-up values as
        // "other"
        assertThat(texts.shown(dead).sentence())
            .startsWith("规则 DEAD 永远不会先命中：规则 HOLD, ARRANGED, MID 已先拿走它的全部账户。例如：逾期 40 天、余额 ")
            .contains("产品 其他、委托方 其他、省份 其他、评分 ", "无协议", "无暂停")
            .doesNotContain("DPD", "balance", "OTHER-");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.shown(dead).sentence()).contains("Example: DPD 40, balance ", "product other",
                "arrangement: none", "no hold");
    }

    @Test
    void anExampleAccountReadsInTheReadersLanguageWithNeverAndAmounts() {
        String english = SegmentFindings.EXAMPLE.format(31, "12500.5", "CARD", "OTHER-2", "广东", "NONE", "PROMISE",
                "never", 3, "DISPUTE");
        assertThat(texts.example(english, Locale.SIMPLIFIED_CHINESE))
            .isEqualTo("逾期 31 天、余额 12,500.5、产品 CARD、委托方 其他、省份 广东、评分 未评分、承诺还款、从未联系、距上次还款 3 天、争议");
        assertThat(texts.example("not one of ours", Locale.SIMPLIFIED_CHINESE)).isEqualTo("not one of ours");
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

    @Test
    void theConditionsOfAGapOrAnImpossibleRuleReadInChinese() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(texts.bounds("dpd: 31..90; arrangement: in {NONE}; hold: in {NONE}", zh))
            .isEqualTo("逾期天数 31–90；还款协议 无协议；暂停 无暂停");
        assertThat(texts.bounds("dpd 90..31", zh)).isEqualTo("逾期天数 90–31");
        assertThat(texts.bounds("daysSinceContact: ≥ 5 or never; balance: [1000, 2000)", zh))
            .isEqualTo("距上次联系（天） ≥ 5 或从未；余额 1000–2000");
        assertThat(texts.bounds("hold: not in {NONE, DISPUTE}", zh)).isEqualTo("暂停 无暂停、争议 以外");
        assertThat(texts.bounds("every account", zh)).isEqualTo("所有账户");
        assertThat(texts.bounds("something else", zh)).isEqualTo("something else");
    }

}
