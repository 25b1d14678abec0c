package io.recoverydesk.strategy.internal;

import java.time.LocalDate;
import java.util.Optional;

import io.recoverydesk.strategy.internal.StrategyDefinition.Exit;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentStep;

/**
 * Moves one account along its treatment path on a run date. An account that changes path
 * starts the new one that day; an exit condition in force pauses it (no step, the
 * position is kept); otherwise the next step runs once its day has come, at most one step
 * per account and day, so a second run on the same day adds nothing.
 */
final class TreatmentPlanner {

    private TreatmentPlanner() {
    }

    /**
     * Where the account stands on its path; {@code stepIndex} -1 before the first step.
     */
    record Position(String pathCode, LocalDate enteredOn, int stepIndex, LocalDate lastStepOn) {
    }

    /**
     * The new position, the stage, why it is paused (or null) and the step to take now.
     */
    record Decision(Position position, Stage stage, Exit pausedBy, Optional<TreatmentStep> step) {
    }

    static Decision plan(Position current, TreatmentPath path, String arrangement, String hold, LocalDate runDate) {
        return plan(current, path, arrangement, hold, null, null, runDate);
    }

    /**
     * As above, with the account's latest contact (its outcome and day) for steps that
     * follow an outcome.
     */
    static Decision plan(Position current, TreatmentPath path, String arrangement, String hold, String lastOutcome,
            LocalDate lastContactDay, LocalDate runDate) {
        Position position = current == null || !current.pathCode().equals(path.code())
                ? new Position(path.code(), runDate, -1, null) : current;
        Exit paused = pausedBy(path, arrangement, hold);
        int next = position.stepIndex() + 1;
        boolean stepToday = paused == null && next < path.steps().size() && !runDate.equals(position.lastStepOn())
                && due(path.steps().get(next), position, lastOutcome, lastContactDay, runDate);
        if (stepToday) {
            TreatmentStep step = path.steps().get(next);
            return new Decision(new Position(path.code(), position.enteredOn(), next, runDate), step.stage(), null,
                    Optional.of(step));
        }
        Stage stage = position.stepIndex() >= 0 && !path.steps().isEmpty()
                ? path.steps().get(Math.min(position.stepIndex(), path.steps().size() - 1)).stage() : path.stage();
        return new Decision(position, stage, paused, Optional.empty());
    }

    private static boolean due(TreatmentStep step, Position position, String lastOutcome, LocalDate lastContactDay,
            LocalDate runDate) {
        if (step.afterOutcome() == null) {
            return !position.enteredOn().plusDays(step.day()).isAfter(runDate);
        }
        return step.afterOutcome().equals(lastOutcome) && lastContactDay != null
                && !lastContactDay.isBefore(position.enteredOn())
                && !lastContactDay.plusDays(step.day()).isAfter(runDate);
    }

    private static Exit pausedBy(TreatmentPath path, String arrangement, String hold) {
        for (Exit exit : Exit.values()) {
            if (path.exits().contains(exit) && holds(exit, arrangement, hold)) {
                return exit;
            }
        }
        return null;
    }

    private static boolean holds(Exit exit, String arrangement, String hold) {
        boolean held = hold != null && !hold.equals("NONE");
        return switch (exit) {
            case PROMISE -> "PROMISE".equals(arrangement);
            case PLAN -> "PLAN".equals(arrangement);
            case SETTLEMENT -> "SETTLEMENT".equals(arrangement);
            case DISPUTE -> "DISPUTE".equals(hold);
            case HOLD -> held;
        };
    }

}
