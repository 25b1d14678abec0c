package io.recoverydesk.strategy.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.recoverydesk.strategy.segments.SegmentRule;

/**
 * What a strategy version says: the segment table (first match wins) and the treatment
 * paths its segments follow. Stored as JSON in {@code strategy_version.definition}.
 */
public record StrategyDefinition(List<SegmentRule> segments, List<TreatmentPath> paths) {

    public StrategyDefinition {
        segments = List.copyOf(segments);
        paths = List.copyOf(paths);
    }

    public Optional<TreatmentPath> path(String code) {
        return paths.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * Ordered steps; {@code stage} is the account's stage before the first step runs;
     * {@code exits} pause the path while they hold; {@code team} (a team code, or null
     * for any team) is the team whose agents work the path's accounts — the specialist
     * team for high-value or complex work.
     */
    public record TreatmentPath(String code, String name, Stage stage, List<TreatmentStep> steps, Set<Exit> exits,
            String team) {

        public TreatmentPath {
            steps = List.copyOf(steps);
            exits = Set.copyOf(exits);
            team = (team == null || team.isBlank()) ? null : team.strip().toUpperCase(java.util.Locale.ROOT);
        }

        public TreatmentPath(String code, String name, Stage stage, List<TreatmentStep> steps, Set<Exit> exits) {
            this(code, name, stage, steps, exits, null);
        }

        /**
         * Whether an account at {@code stepIndex} (-1 before the first step) is worked by
         * a person: once the step reached or the next one is a call, letter, visit or
         * legal review; a path without steps is a person's follow-up (of an arrangement)
         * unless it is in the summary stage (parked).
         */
        public boolean worksByPerson(int stepIndex) {
            if (steps.isEmpty()) {
                return stage != Stage.SUMMARY;
            }
            int upTo = Math.min(steps.size() - 1, stepIndex + 1);
            for (int i = 0; i <= upTo; i++) {
                if (!steps.get(i).channel().digital()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the step reached or the next one is a legal review, or legal stage. */
        public boolean legalAt(int stepIndex) {
            if (stepIndex >= 0 && !steps.isEmpty()
                    && steps.get(Math.min(stepIndex, steps.size() - 1)).stage() == Stage.LEGAL) {
                return true;
            }
            int next = stepIndex + 1;
            return next < steps.size() && steps.get(next).channel() == ActionChannel.LEGAL_REVIEW;
        }

    }

    /**
     * A step: due {@code day} days after the account entered the path — or, with
     * {@code afterOutcome} (a contact outcome such as NO_ANSWER), {@code day} days after
     * the account's latest contact when that contact had this outcome and came after it
     * entered the path; {@code template} is the approved message template for digital
     * channels (null otherwise).
     */
    public record TreatmentStep(Stage stage, ActionChannel channel, int day, String template, String afterOutcome) {

        public TreatmentStep(Stage stage, ActionChannel channel, int day, String template) {
            this(stage, channel, day, template, null);
        }

    }

    /** Conditions that pause a path while they hold. */
    public enum Exit {

        PROMISE, PLAN, SETTLEMENT, DISPUTE, HOLD

    }

}
