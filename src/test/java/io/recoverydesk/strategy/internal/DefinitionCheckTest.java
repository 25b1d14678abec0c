package io.recoverydesk.strategy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentStep;
import io.recoverydesk.strategy.segments.IntRange;
import io.recoverydesk.strategy.segments.SegmentRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionCheckTest {

    static List<String> codes(StrategyDefinition definition) {
        return DefinitionCheck.check(definition).stream().map(DefinitionCheck.Finding::code).toList();
    }

    @Test
    void theDefaultStrategyCoversEveryAccountWithReachableRows() {
        List<DefinitionCheck.Finding> findings = DefinitionCheck.check(DefaultStrategy.definition());
        assertThat(findings).noneMatch(DefinitionCheck.Finding::error);
        assertThat(findings).extracting(DefinitionCheck.Finding::code).doesNotContain("GAP", "SHADOWED");
    }

    @Test
    void aChineseTenantsDefaultStrategyIsTheSameWithChineseNames() {
        StrategyDefinition english = DefaultStrategy.definition(false);
        StrategyDefinition chinese = DefaultStrategy.definition(true);
        assertThat(chinese.segments()).hasSameSizeAs(english.segments());
        for (int i = 0; i < english.segments().size(); i++) {
            SegmentRule en = english.segments().get(i);
            SegmentRule zh = chinese.segments().get(i);
            assertThat(List.of(zh.code(), zh.dpd(), zh.balance(), zh.arrangements(), zh.holds(), zh.pathCode()))
                .isEqualTo(List.of(en.code(), en.dpd(), en.balance(), en.arrangements(), en.holds(), en.pathCode()));
            assertThat(zh.name()).containsPattern("\\p{IsHan}|^M[0-9]");
        }
        for (int i = 0; i < english.paths().size(); i++) {
            TreatmentPath en = english.paths().get(i);
            TreatmentPath zh = chinese.paths().get(i);
            assertThat(zh.code()).isEqualTo(en.code());
            assertThat(zh.steps()).isEqualTo(en.steps());
            assertThat(zh.name()).containsPattern("\\p{IsHan}");
        }
        assertThat(DefaultStrategy.chinese("CN")).isTrue();
        assertThat(DefaultStrategy.chinese("US")).isFalse();
        assertThat(DefaultStrategy.versionName(true)).isEqualTo("默认策略");
    }

    @Test
    void brokenPathsAndMissingPathsAreErrors() {
        StrategyDefinition base = DefaultStrategy.definition();
        List<SegmentRule> segments = new ArrayList<>(base.segments());
        segments.set(0, SegmentRule.of("HOLD", "x", "NOWHERE").withHolds(segments.get(0).holds()));
        List<TreatmentPath> paths = new ArrayList<>(base.paths());
        paths.add(new TreatmentPath("BAD", "bad", Stage.INTAKE,
                List.of(new TreatmentStep(Stage.INTAKE, ActionChannel.CALL, 5, null),
                        new TreatmentStep(Stage.INTAKE, ActionChannel.SMS, 2, null)),
                Set.of()));
        List<String> codes = codes(new StrategyDefinition(segments, paths));
        assertThat(codes).contains("UNKNOWN_PATH", "STEP_ORDER", "STEP_TEMPLATE", "PATH_UNUSED");
    }

    @Test
    void aGapAndADeadRowAreReported() {
        StrategyDefinition base = DefaultStrategy.definition();
        List<SegmentRule> segments = new ArrayList<>(base.segments());
        segments.removeIf(r -> r.code().equals("RECOVERY"));
        segments.add(SegmentRule.of("DEAD", "dead", "STANDARD").withDpd(IntRange.between(40, 50)));
        List<String> codes = codes(new StrategyDefinition(segments, base.paths()));
        assertThat(codes).contains("GAP", "SHADOWED");
        assertThat(DefinitionCheck.check(new StrategyDefinition(segments, base.paths())))
            .filteredOn(f -> f.code().equals("GAP"))
            .first()
            .extracting(DefinitionCheck.Finding::message)
            .asString()
            .contains("181");
    }

    @Test
    void twoRowsWithOneCodeAreAnError() {
        StrategyDefinition base = DefaultStrategy.definition();
        List<SegmentRule> segments = new ArrayList<>(base.segments());
        segments.add(0, SegmentRule.of("MID", "again", "STANDARD").withDpd(IntRange.exactly(999_999)));
        assertThat(codes(new StrategyDefinition(segments, base.paths()))).contains("SEGMENT_CODE_TWICE");
    }

    @Test
    void stepsAndPathsAreCheckedAgainstTheTenantsTemplatesAndTeams() {
        StrategyDefinition base = DefaultStrategy.definition();
        java.util.Map<String, io.recoverydesk.compliance.MessageTemplates.Listed> templates = new java.util.HashMap<>();
        // REMINDER_SMS approved for SMS; FOLLOW_UP_SMS written for email; no
        // REMINDER_EMAIL
        templates.put("REMINDER_SMS",
                new io.recoverydesk.compliance.MessageTemplates.Listed("REMINDER_SMS", "SMS", true));
        templates.put("FOLLOW_UP_SMS",
                new io.recoverydesk.compliance.MessageTemplates.Listed("FOLLOW_UP_SMS", "EMAIL", true));
        List<DefinitionCheck.Finding> findings = DefinitionCheck.check(base,
                new DefinitionCheck.Known(templates, Set.of("T1")));
        assertThat(findings).filteredOn(f -> f.code().equals("STEP_TEMPLATE_CHANNEL")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.error()).isTrue();
            assertThat(f.args()).containsExactly("FOLLOW_UP_SMS", "EMAIL", "SMS");
        });
        assertThat(findings).filteredOn(f -> f.code().equals("STEP_TEMPLATE_UNKNOWN"))
            .isNotEmpty()
            .allSatisfy(f -> assertThat(f.args()).containsExactly("REMINDER_EMAIL"))
            .noneMatch(DefinitionCheck.Finding::error);
        assertThat(findings).filteredOn(f -> f.code().equals("PATH_TEAM_UNKNOWN"))
            .singleElement()
            .satisfies(f -> assertThat(f.args()).containsExactly("SPECIALIST", DefaultStrategy.SPECIALIST_TEAM));
        // approved, for the right channel, with the team there: nothing to say
        templates.put("FOLLOW_UP_SMS",
                new io.recoverydesk.compliance.MessageTemplates.Listed("FOLLOW_UP_SMS", "SMS", false));
        templates.put("REMINDER_EMAIL",
                new io.recoverydesk.compliance.MessageTemplates.Listed("REMINDER_EMAIL", "EMAIL", true));
        List<String> codes = DefinitionCheck
            .check(base, new DefinitionCheck.Known(templates, Set.of(DefaultStrategy.SPECIALIST_TEAM)))
            .stream()
            .map(DefinitionCheck.Finding::code)
            .toList();
        assertThat(codes).contains("STEP_TEMPLATE_NOT_APPROVED")
            .doesNotContain("STEP_TEMPLATE_UNKNOWN", "STEP_TEMPLATE_CHANNEL", "PATH_TEAM_UNKNOWN");
        // not looked up: not judged
        assertThat(codes(base)).doesNotContain("STEP_TEMPLATE_UNKNOWN", "PATH_TEAM_UNKNOWN");
        // a template on a step that sends nothing is said to be unused
        List<TreatmentPath> paths = new ArrayList<>(base.paths());
        paths.add(new TreatmentPath("CALLS", "calls", Stage.INTAKE,
                List.of(new TreatmentStep(Stage.INTAKE, ActionChannel.CALL, 0, "REMINDER_SMS")), Set.of()));
        assertThat(DefinitionCheck.check(new StrategyDefinition(base.segments(), paths)))
            .filteredOn(f -> f.code().equals("STEP_TEMPLATE_UNUSED"))
            .singleElement()
            .satisfies(f -> assertThat(f.args()).containsExactly("CALL", "REMINDER_SMS"));
    }

}
