package io.recoverydesk.strategy.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.recoverydesk.strategy.internal.StrategyDefinition.Exit;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentStep;
import io.recoverydesk.strategy.segments.DecimalRange;
import io.recoverydesk.strategy.segments.IntRange;
import io.recoverydesk.strategy.segments.SegmentRule;
import io.recoverydesk.strategy.segments.ValueSet;

/**
 * The strategy a tenant starts with (version 1), after the seeds' rule "high value: focus
 * the team; routine: automate": held and arranged accounts are left alone, small early
 * balances start digital, larger or later ones go to calls, the highest late balances to
 * the specialist path, and every path ends in a final notice or a legal review. It covers
 * every account exactly once (no gaps) and strategists change it in the UI.
 */
final class DefaultStrategy {

    static final List<String> HOLDS = List.of("DISPUTE", "CEASE", "BANKRUPTCY", "DECEASED", "LEGAL", "COMPLAINT",
            "LAWYER");

    private DefaultStrategy() {
    }

    /** The default strategy with English names. */
    static StrategyDefinition definition() {
        return definition(false);
    }

    /** The default strategy, its segments and paths named in Chinese or English. */
    static StrategyDefinition definition(boolean chinese) {
        return new StrategyDefinition(segments(chinese), paths(chinese));
    }

    /** The version's name as a tenant first sees it. */
    static String versionName(boolean chinese) {
        return chinese ? "默认策略" : "Default strategy";
    }

    /**
     * Whether a tenant of this country reads Chinese (mainland, Hong Kong, Macao,
     * Taiwan).
     */
    static boolean chinese(String country) {
        return country != null && List.of("CN", "HK", "MO", "TW").contains(country);
    }

    private static String name(boolean chinese, String english, String chineseName) {
        return chinese ? chineseName : english;
    }

    private static List<SegmentRule> segments(boolean chinese) {
        return List.of(
                rule("HOLD", name(chinese, "On hold (dispute, cease, legal …)", "暂停催收（争议、停止联系、法律程序……）"), IntRange.any(),
                        DecimalRange.any(), ValueSet.any(), ValueSet.of(HOLDS), "PARKED"),
                rule("ARRANGED", name(chinese, "Promise, plan or settlement open", "有进行中的承诺、分期或减免"), IntRange.any(),
                        DecimalRange.any(), ValueSet.of(List.of("PROMISE", "PLAN", "SETTLEMENT")), ValueSet.any(),
                        "MONITOR"),
                rule("EARLY_LOW", name(chinese, "M1 and not yet due, under 2,000", "M1 及未到期，2,000 以下"),
                        new IntRange(0, 30), new DecimalRange(BigDecimal.ZERO, new BigDecimal("2000")), ValueSet.any(),
                        ValueSet.any(), "DIGITAL_FIRST"),
                rule("EARLY", name(chinese, "M1 and not yet due, 2,000 and more", "M1 及未到期，2,000 及以上"),
                        new IntRange(0, 30), new DecimalRange(new BigDecimal("2000"), null), ValueSet.any(),
                        ValueSet.any(), "CALL_FIRST"),
                rule("MID", name(chinese, "M2–M3", "M2–M3"), new IntRange(31, 90), DecimalRange.any(), ValueSet.any(),
                        ValueSet.any(), "STANDARD"),
                rule("LATE_HIGH", name(chinese, "M4–M6, 50,000 and more", "M4–M6，50,000 及以上"), new IntRange(91, 180),
                        new DecimalRange(new BigDecimal("50000"), null), ValueSet.any(), ValueSet.any(), "SPECIALIST"),
                rule("LATE", name(chinese, "M4–M6", "M4–M6"), new IntRange(91, 180), DecimalRange.any(), ValueSet.any(),
                        ValueSet.any(), "FINAL_NOTICE"),
                rule("RECOVERY", name(chinese, "M6+", "M6 以上"), new IntRange(181, null), DecimalRange.any(),
                        ValueSet.any(), ValueSet.any(), "RECOVERY"));
    }

    private static SegmentRule rule(String code, String name, IntRange dpd, DecimalRange balance, ValueSet arrangements,
            ValueSet holds, String path) {
        return new SegmentRule(code, name, dpd, balance, ValueSet.any(), ValueSet.any(), ValueSet.any(), ValueSet.any(),
                arrangements, IntRange.any(), IntRange.any(), holds, path);
    }

    /**
     * The team code of the specialist path; while a tenant has no available agent in such
     * a team, any team works these accounts.
     */
    static final String SPECIALIST_TEAM = "SPEC";

    private static List<TreatmentPath> paths(boolean chinese) {
        Set<Exit> usual = Set.of(Exit.PROMISE, Exit.PLAN, Exit.SETTLEMENT, Exit.DISPUTE, Exit.HOLD);
        return List.of(
                new TreatmentPath("PARKED", name(chinese, "Parked while on hold", "暂停期间搁置"), Stage.SUMMARY, List.of(),
                        Set.of()),
                new TreatmentPath("MONITOR", name(chinese, "Monitor the arrangement", "跟进还款安排"),
                        Stage.FOCUSED_FOLLOW_UP, List.of(), Set.of()),
                new TreatmentPath("DIGITAL_FIRST", name(chinese, "Digital first", "先发消息"), Stage.INTAKE,
                        List.of(step(Stage.INITIAL_COLLECTION, ActionChannel.SMS, 0, "REMINDER_SMS"),
                                step(Stage.INITIAL_COLLECTION, ActionChannel.EMAIL, 3, "REMINDER_EMAIL"),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.SMS, 7, "FOLLOW_UP_SMS"),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 10, null)),
                        usual),
                new TreatmentPath("CALL_FIRST", name(chinese, "Call first", "先电话"), Stage.INTAKE,
                        List.of(step(Stage.INITIAL_COLLECTION, ActionChannel.CALL, 0, null),
                                step(Stage.INITIAL_COLLECTION, ActionChannel.SMS, 2, "REMINDER_SMS"),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 5, null)),
                        usual),
                new TreatmentPath("STANDARD", name(chinese, "Standard collection", "标准催收"), Stage.INFO_ORGANISING,
                        List.of(step(Stage.INITIAL_COLLECTION, ActionChannel.CALL, 0, null),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.SMS, 7, "FOLLOW_UP_SMS"),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 14, null),
                                step(Stage.FINAL_NOTICE, ActionChannel.LETTER, 30, null)),
                        usual),
                new TreatmentPath("SPECIALIST", name(chinese, "Specialist team (high value)", "专家组（高额）"),
                        Stage.INFO_ORGANISING,
                        List.of(step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 0, null),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.VISIT, 10, null),
                                step(Stage.LEGAL, ActionChannel.LEGAL_REVIEW, 30, null)),
                        usual, SPECIALIST_TEAM),
                new TreatmentPath("FINAL_NOTICE", name(chinese, "Final notice", "最终通知"), Stage.FOCUSED_FOLLOW_UP,
                        List.of(step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 0, null),
                                step(Stage.FINAL_NOTICE, ActionChannel.LETTER, 14, null),
                                step(Stage.LEGAL, ActionChannel.LEGAL_REVIEW, 45, null)),
                        usual),
                new TreatmentPath("RECOVERY", name(chinese, "Recovery (M6+)", "回收（M6 以上）"), Stage.FINAL_NOTICE,
                        List.of(step(Stage.FINAL_NOTICE, ActionChannel.LETTER, 0, null),
                                step(Stage.FINAL_NOTICE, ActionChannel.CALL, 7, null),
                                step(Stage.LEGAL, ActionChannel.LEGAL_REVIEW, 30, null)),
                        usual));
    }

    private static TreatmentStep step(Stage stage, ActionChannel channel, int day, String template) {
        return new TreatmentStep(stage, channel, day, template);
    }

}
