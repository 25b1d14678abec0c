package io.recoverydesk.strategy.segments;

/** A condition key (as in {@link ConditionMatch}) and the values it is bounded to. */
public record ConditionBound(String condition, String value) {
}
