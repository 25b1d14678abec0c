package io.recoverydesk.strategy.segments;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of a segment table: the conditions an account must all meet, and the treatment
 * path its accounts follow. A missing condition means "any". Conditions that select
 * nothing (an empty list, {@code min > max}) are accepted so that a table being edited
 * can be checked; {@link SegmentTable#check()} reports them.
 */
public record SegmentRule(String code, String name, IntRange dpd, DecimalRange balance, ValueSet products,
        ValueSet creditors, ValueSet provinces, ValueSet scoreBands, ValueSet arrangements, IntRange daysSinceContact,
        IntRange daysSincePayment, ValueSet holds, @Nullable String pathCode) {

    public SegmentRule(String code, @Nullable String name, @Nullable IntRange dpd, @Nullable DecimalRange balance,
            @Nullable ValueSet products, @Nullable ValueSet creditors, @Nullable ValueSet provinces,
            @Nullable ValueSet scoreBands, @Nullable ValueSet arrangements, @Nullable IntRange daysSinceContact,
            @Nullable IntRange daysSincePayment, @Nullable ValueSet holds, @Nullable String pathCode) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a segment rule needs a code");
        }
        this.code = code;
        this.name = (name != null) ? name : code;
        this.dpd = orAny(dpd);
        this.balance = (balance != null) ? balance : DecimalRange.any();
        this.products = orAny(products);
        this.creditors = orAny(creditors);
        this.provinces = orAny(provinces);
        this.scoreBands = within(orAny(scoreBands), AccountFacts.SCORE_BANDS, "score bands", code);
        this.arrangements = within(orAny(arrangements), AccountFacts.ARRANGEMENTS, "arrangements", code);
        this.daysSinceContact = orAny(daysSinceContact);
        this.daysSincePayment = orAny(daysSincePayment);
        this.holds = within(orAny(holds), AccountFacts.HOLDS, "holds", code);
        this.pathCode = pathCode;
    }

    /** A rule that matches every account; narrow it with the {@code with…} methods. */
    public static SegmentRule of(String code, String name, @Nullable String pathCode) {
        return new SegmentRule(code, name, null, null, null, null, null, null, null, null, null, null, pathCode);
    }

    public boolean matches(AccountFacts facts) {
        return dpd.contains(facts.dpd()) && balance.contains(facts.balance()) && products.contains(facts.product())
                && creditors.contains(facts.creditor()) && provinces.contains(facts.province())
                && scoreBands.contains(facts.scoreBand()) && arrangements.contains(facts.arrangement())
                && daysSinceContact.contains(facts.daysSinceContact())
                && daysSincePayment.contains(facts.daysSincePayment()) && holds.contains(facts.hold());
    }

    /**
     * The account's value against each condition of this rule that narrows anything, in
     * the order of the rule's components.
     */
    public List<ConditionMatch> explain(AccountFacts facts) {
        List<ConditionMatch> lines = new ArrayList<>();
        for (Dim dim : Dim.values()) {
            Span condition = dim.of(this);
            if (!condition.equals(dim.universe())) {
                lines.add(new ConditionMatch(dim.key(), dim.fact(facts), dim.render(condition)));
            }
        }
        return List.copyOf(lines);
    }

    public SegmentRule withDpd(IntRange dpd) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    public SegmentRule withBalance(DecimalRange balance) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    public SegmentRule withProducts(ValueSet products) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    public SegmentRule withCreditors(ValueSet creditors) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    public SegmentRule withProvinces(ValueSet provinces) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    public SegmentRule withScoreBands(ValueSet scoreBands) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    public SegmentRule withArrangements(ValueSet arrangements) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    public SegmentRule withDaysSinceContact(IntRange daysSinceContact) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    public SegmentRule withDaysSincePayment(IntRange daysSincePayment) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    public SegmentRule withHolds(ValueSet holds) {
        return new SegmentRule(code, name, dpd, balance, products, creditors, provinces, scoreBands, arrangements,
                daysSinceContact, daysSincePayment, holds, pathCode);
    }

    private static IntRange orAny(@Nullable IntRange range) {
        return (range != null) ? range : IntRange.any();
    }

    private static ValueSet orAny(@Nullable ValueSet set) {
        return (set != null) ? set : ValueSet.any();
    }

    private static ValueSet within(ValueSet set, List<String> universe, String what, String code) {
        if (!universe.containsAll(set.values())) {
            throw new IllegalArgumentException(
                    "rule " + code + ": " + what + " must be among " + universe + ": " + set.values());
        }
        return set;
    }

}
