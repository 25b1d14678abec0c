package io.recoverydesk.strategy.segments;

import java.util.List;

/**
 * The rule an account falls into, its 0-based position in the table, and why: the
 * account's value for each condition the rule narrows.
 */
public record SegmentMatch(int index, SegmentRule rule, List<ConditionMatch> explanation) {

    public SegmentMatch {
        explanation = List.copyOf(explanation);
    }

}
