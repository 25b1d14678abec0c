package io.recoverydesk.strategy.internal;

import java.util.ArrayList;
import java.util.List;

import io.recoverydesk.strategy.segments.DecimalRange;
import io.recoverydesk.strategy.segments.IntRange;
import io.recoverydesk.strategy.segments.SegmentRule;
import io.recoverydesk.strategy.segments.ValueSet;

/**
 * A segment row's conditions as short texts for the pages, each with a message key for
 * its label (e.g. {@code strategy.cond.dpd} → "DPD 31–90"); conditions that match
 * anything are left out.
 */
final class RuleText {

    private RuleText() {
    }

    /**
     * One condition of a rule: its key, its value as text, and for a set of codes the
     * codes themselves (null for ranges), so that a page can name each in its language.
     */
    record Condition(String key, String value, List<String> codes) {

        Condition(String key, String value) {
            this(key, value, null);
        }

    }

    static List<Condition> of(SegmentRule rule) {
        List<Condition> conditions = new ArrayList<>();
        range(conditions, "dpd", rule.dpd());
        if (rule.balance() != null && (rule.balance().min() != null || rule.balance().maxExclusive() != null)) {
            conditions.add(new Condition("balance", balance(rule.balance())));
        }
        set(conditions, "products", rule.products());
        set(conditions, "creditors", rule.creditors());
        set(conditions, "provinces", rule.provinces());
        set(conditions, "scoreBands", rule.scoreBands());
        set(conditions, "arrangements", rule.arrangements());
        range(conditions, "contact", rule.daysSinceContact());
        range(conditions, "payment", rule.daysSincePayment());
        set(conditions, "holds", rule.holds());
        return conditions;
    }

    private static void range(List<Condition> conditions, String key, IntRange range) {
        if (range == null || (range.min() == null && range.max() == null)) {
            return;
        }
        String text = range.max() == null ? "≥ " + range.min()
                : range.min() == null ? "≤ " + range.max() : range.min() + "–" + range.max();
        conditions.add(new Condition(key, text));
    }

    private static String balance(DecimalRange range) {
        if (range.maxExclusive() == null) {
            return "≥ " + range.min().toPlainString();
        }
        if (range.min() == null) {
            return "< " + range.maxExclusive().toPlainString();
        }
        return range.min().toPlainString() + " – < " + range.maxExclusive().toPlainString();
    }

    private static void set(List<Condition> conditions, String key, ValueSet set) {
        if (set != null && !set.all()) {
            conditions.add(new Condition(key, String.join(", ", set.values()), List.copyOf(set.values())));
        }
    }

}
