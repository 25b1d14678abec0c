package io.recoverydesk.strategy.segments;

/** An account whose first match is the rule at {@code ruleIndex}. */
public record RuleExample(int ruleIndex, String ruleCode, AccountFacts example) {
}
