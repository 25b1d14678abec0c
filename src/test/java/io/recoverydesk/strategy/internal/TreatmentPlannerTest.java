package io.recoverydesk.strategy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.recoverydesk.strategy.internal.StrategyDefinition.Exit;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentStep;
import io.recoverydesk.strategy.internal.TreatmentPlanner.Decision;
import io.recoverydesk.strategy.internal.TreatmentPlanner.Position;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TreatmentPlannerTest {

    static final LocalDate DAY0 = LocalDate.of(2026, 12, 1);

    static final TreatmentPath PATH = new TreatmentPath("P", "path", Stage.INTAKE,
            List.of(new TreatmentStep(Stage.INITIAL_COLLECTION, ActionChannel.SMS, 0, "T"),
                    new TreatmentStep(Stage.FOCUSED_FOLLOW_UP, ActionChannel.CALL, 3, null),
                    new TreatmentStep(Stage.FINAL_NOTICE, ActionChannel.LETTER, 10, null)),
            Set.of(Exit.PROMISE, Exit.DISPUTE));

    static Decision plan(Position at, LocalDate day) {
        return TreatmentPlanner.plan(at, PATH, "NONE", "NONE", day);
    }

    @Test
    void aNewAccountEntersThePathAndTakesTheFirstStepThatDay() {
        Decision first = plan(null, DAY0);
        assertThat(first.step()).map(TreatmentStep::channel).contains(ActionChannel.SMS);
        assertThat(first.position()).isEqualTo(new Position("P", DAY0, 0, DAY0));
        assertThat(first.stage()).isEqualTo(Stage.INITIAL_COLLECTION);
    }

    @Test
    void stepsWaitForTheirDayAndComeAtMostOncePerDay() {
        Position afterSms = new Position("P", DAY0, 0, DAY0);
        assertThat(plan(afterSms, DAY0).step()).isEmpty();
        assertThat(plan(afterSms, DAY0.plusDays(2)).step()).isEmpty();
        Decision call = plan(afterSms, DAY0.plusDays(3));
        assertThat(call.step()).map(TreatmentStep::channel).contains(ActionChannel.CALL);
        // a second run on the same day takes nothing, even though the letter is overdue
        Position late = new Position("P", DAY0.minusDays(30), 0, DAY0);
        assertThat(plan(late, DAY0).step()).isEmpty();
        assertThat(plan(late, DAY0.plusDays(1)).step()).map(TreatmentStep::channel).contains(ActionChannel.CALL);
    }

    @Test
    void theEndOfThePathKeepsItsLastStage() {
        Position done = new Position("P", DAY0, 2, DAY0.plusDays(10));
        Decision after = plan(done, DAY0.plusDays(40));
        assertThat(after.step()).isEmpty();
        assertThat(after.stage()).isEqualTo(Stage.FINAL_NOTICE);
    }

    @Test
    void anExitPausesThePathWithoutLosingThePlace() {
        Position afterSms = new Position("P", DAY0, 0, DAY0);
        Decision promised = TreatmentPlanner.plan(afterSms, PATH, "PROMISE", "NONE", DAY0.plusDays(5));
        assertThat(promised.step()).isEmpty();
        assertThat(promised.pausedBy()).isEqualTo(Exit.PROMISE);
        assertThat(promised.position()).isEqualTo(afterSms);
        // a plan is not an exit of this path: it goes on
        assertThat(TreatmentPlanner.plan(afterSms, PATH, "PLAN", "NONE", DAY0.plusDays(5)).step()).isPresent();
        assertThat(TreatmentPlanner.plan(afterSms, PATH, "NONE", "DISPUTE", DAY0.plusDays(5)).pausedBy())
            .isEqualTo(Exit.DISPUTE);
    }

    @Test
    void changingPathStartsTheNewOneFromItsFirstStep() {
        Position elsewhere = new Position("OTHER", DAY0.minusDays(50), 3, DAY0.minusDays(1));
        Decision moved = plan(elsewhere, DAY0);
        assertThat(moved.position().pathCode()).isEqualTo("P");
        assertThat(moved.position().enteredOn()).isEqualTo(DAY0);
        assertThat(moved.step()).map(TreatmentStep::channel).contains(ActionChannel.SMS);
    }

    @Test
    void aPathWithoutStepsHoldsItsStage() {
        TreatmentPath parked = new TreatmentPath("PARKED", "parked", Stage.SUMMARY, List.of(), Set.of());
        Decision decision = TreatmentPlanner.plan(new Position("PARKED", DAY0, 1, null), parked, "NONE", "NONE", DAY0);
        assertThat(decision.step()).isEmpty();
        assertThat(decision.stage()).isEqualTo(Stage.SUMMARY);
    }

    @Test
    void aStepAfterAnOutcomeWaitsForThatOutcomeAfterEnteringThePath() {
        TreatmentPath path = new TreatmentPath("P", "path", Stage.INTAKE,
                List.of(new TreatmentStep(Stage.INITIAL_COLLECTION, ActionChannel.CALL, 0, null),
                        new TreatmentStep(Stage.FOCUSED_FOLLOW_UP, ActionChannel.SMS, 2, "T", "NO_ANSWER")),
                Set.of());
        Position afterCall = new Position("P", DAY0, 0, DAY0);
        // no contact yet, or another outcome: the step waits however long it takes
        assertThat(TreatmentPlanner.plan(afterCall, path, "NONE", "NONE", null, null, DAY0.plusDays(30)).step())
            .isEmpty();
        assertThat(TreatmentPlanner
            .plan(afterCall, path, "NONE", "NONE", "RIGHT_PARTY_CONTACT", DAY0.plusDays(1), DAY0.plusDays(30))
            .step()).isEmpty();
        // a NO_ANSWER on day 1: the SMS goes two days later
        assertThat(
                TreatmentPlanner.plan(afterCall, path, "NONE", "NONE", "NO_ANSWER", DAY0.plusDays(1), DAY0.plusDays(2))
                    .step())
            .isEmpty();
        assertThat(
                TreatmentPlanner.plan(afterCall, path, "NONE", "NONE", "NO_ANSWER", DAY0.plusDays(1), DAY0.plusDays(3))
                    .step())
            .map(TreatmentStep::channel)
            .contains(ActionChannel.SMS);
        // a NO_ANSWER from before the account entered the path does not count
        assertThat(
                TreatmentPlanner.plan(afterCall, path, "NONE", "NONE", "NO_ANSWER", DAY0.minusDays(5), DAY0.plusDays(3))
                    .step())
            .isEmpty();
    }

}
