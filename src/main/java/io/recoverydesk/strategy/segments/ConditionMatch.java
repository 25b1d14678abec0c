package io.recoverydesk.strategy.segments;

/**
 * One line of an explanation: the condition's key ({@code dpd}, {@code balance},
 * {@code product}, {@code creditor}, {@code province}, {@code scoreBand},
 * {@code arrangement}, {@code daysSinceContact}, {@code daysSincePayment}, {@code hold}),
 * the account's value ({@code never} for a missing day count, {@code unknown} for a
 * missing province) and the condition as written in the rule.
 */
public record ConditionMatch(String condition, String factValue, String ruleValue) {
}
