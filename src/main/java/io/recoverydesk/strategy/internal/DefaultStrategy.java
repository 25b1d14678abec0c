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

    static StrategyDefinition definition() {
        return new StrategyDefinition(segments(), paths());
    }

    private static List<SegmentRule> segments() {
        return List.of(
                rule("HOLD", "On hold (dispute, cease, legal …)", IntRange.any(), DecimalRange.any(), ValueSet.any(),
                        ValueSet.of(HOLDS), "PARKED"),
                rule("ARRANGED", "Promise, plan or settlement open", IntRange.any(), DecimalRange.any(),
                        ValueSet.of(List.of("PROMISE", "PLAN", "SETTLEMENT")), ValueSet.any(), "MONITOR"),
                rule("EARLY_LOW", "M1 and not yet due, under 2,000", new IntRange(0, 30),
                        new DecimalRange(BigDecimal.ZERO, new BigDecimal("2000")), ValueSet.any(), ValueSet.any(),
                        "DIGITAL_FIRST"),
                rule("EARLY", "M1 and not yet due, 2,000 and more", new IntRange(0, 30),
                        new DecimalRange(new BigDecimal("2000"), null), ValueSet.any(), ValueSet.any(), "CALL_FIRST"),
                rule("MID", "M2–M3", new IntRange(31, 90), DecimalRange.any(), ValueSet.any(), ValueSet.any(),
                        "STANDARD"),
                rule("LATE_HIGH", "M4–M6, 50,000 and more", new IntRange(91, 180),
                        new DecimalRange(new BigDecimal("50000"), null), ValueSet.any(), ValueSet.any(), "SPECIALIST"),
                rule("LATE", "M4–M6", new IntRange(91, 180), DecimalRange.any(), ValueSet.any(), ValueSet.any(),
                        "FINAL_NOTICE"),
                rule("RECOVERY", "M6+", new IntRange(181, null), DecimalRange.any(), ValueSet.any(), ValueSet.any(),
                        "RECOVERY"));
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

    private static List<TreatmentPath> paths() {
        Set<Exit> usual = Set.of(Exit.PROMISE, Exit.PLAN, Exit.SETTLEMENT, Exit.DISPUTE, Exit.HOLD);
        return List.of(new TreatmentPath("PARKED", "Parked while on hold", Stage.SUMMARY, List.of(), Set.of()),
                new TreatmentPath("MONITOR", "Monitor the arrangement", Stage.FOCUSED_FOLLOW_UP, List.of(), Set.of()),
                new TreatmentPath("DIGITAL_FIRST", "Digital first", Stage.INTAKE,
                        List.of(step(Stage.INITIAL_COLLECTION, ActionChannel.SMS, 0, "REMINDER_SMS"),
                                step(Stage.INITIAL_COLLECTION, ActionChannel.EMAIL, 3, "REMINDER_EMAIL"),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.SMS, 7, "FOLLOW_UP_SMS"),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 10, null)),
                        usual),
                new TreatmentPath("CALL_FIRST", "Call first", Stage.INTAKE,
                        List.of(step(Stage.INITIAL_COLLECTION, ActionChannel.CALL, 0, null),
                                step(Stage.INITIAL_COLLECTION, ActionChannel.SMS, 2, "REMINDER_SMS"),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 5, null)),
                        usual),
                new TreatmentPath("STANDARD", "Standard collection", Stage.INFO_ORGANISING,
                        List.of(step(Stage.INITIAL_COLLECTION, ActionChannel.CALL, 0, null),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.SMS, 7, "FOLLOW_UP_SMS"),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 14, null),
                                step(Stage.FINAL_NOTICE, ActionChannel.LETTER, 30, null)),
                        usual),
                new TreatmentPath("SPECIALIST", "Specialist team (high value)", Stage.INFO_ORGANISING,
                        List.of(step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 0, null),
                                step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.VISIT, 10, null),
                                step(Stage.LEGAL, ActionChannel.LEGAL_REVIEW, 30, null)),
                        usual, SPECIALIST_TEAM),
                new TreatmentPath("FINAL_NOTICE", "Final notice", Stage.FOCUSED_FOLLOW_UP,
                        List.of(step(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 0, null),
                                step(Stage.FINAL_NOTICE, ActionChannel.LETTER, 14, null),
                                step(Stage.LEGAL, ActionChannel.LEGAL_REVIEW, 45, null)),
                        usual),
                new TreatmentPath("RECOVERY", "Recovery (M6+)", Stage.FINAL_NOTICE,
                        List.of(step(Stage.FINAL_NOTICE, ActionChannel.LETTER, 0, null),
                                step(Stage.FINAL_NOTICE, ActionChannel.CALL, 7, null),
                                step(Stage.LEGAL, ActionChannel.LEGAL_REVIEW, 30, null)),
                        usual));
    }

    private static TreatmentStep step(Stage stage, ActionChannel channel, int day, String template) {
        return new TreatmentStep(stage, channel, day, template);
    }

}
