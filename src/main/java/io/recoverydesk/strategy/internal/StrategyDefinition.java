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
     * {@code exits} pause the path while they hold.
     */
    public record TreatmentPath(String code, String name, Stage stage, List<TreatmentStep> steps, Set<Exit> exits) {

        public TreatmentPath {
            steps = List.copyOf(steps);
            exits = Set.copyOf(exits);
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
