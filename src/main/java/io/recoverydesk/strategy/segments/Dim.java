package io.recoverydesk.strategy.segments;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The dimensions of the account space, in the order of the rule's conditions: how a rule
 * bounds each one, its whole range, and how values and bounds read.
 */
enum Dim {

    DPD("dpd") {
        @Override
        Span of(SegmentRule rule) {
            return IntSpan.of(rule.dpd(), IntSpan.DPD_TOP);
        }

        @Override
        String fact(AccountFacts facts) {
            return Integer.toString(facts.dpd());
        }
    },

    BALANCE("balance") {
        @Override
        Span of(SegmentRule rule) {
            return DecimalSpan.of(rule.balance());
        }

        @Override
        String fact(AccountFacts facts) {
            return facts.balance().toPlainString();
        }
    },

    PRODUCT("product", null, SegmentRule::products, AccountFacts::product),

    CREDITOR("creditor", null, SegmentRule::creditors, AccountFacts::creditor),

    PROVINCE("province", null, SegmentRule::provinces, AccountFacts::province),

    SCORE_BAND("scoreBand", AccountFacts.SCORE_BANDS, SegmentRule::scoreBands, AccountFacts::scoreBand),

    ARRANGEMENT("arrangement", AccountFacts.ARRANGEMENTS, SegmentRule::arrangements, AccountFacts::arrangement),

    DAYS_SINCE_CONTACT("daysSinceContact") {
        @Override
        Span of(SegmentRule rule) {
            return IntSpan.of(rule.daysSinceContact(), IntSpan.NEVER);
        }

        @Override
        String fact(AccountFacts facts) {
            return days(facts.daysSinceContact());
        }
    },

    DAYS_SINCE_PAYMENT("daysSincePayment") {
        @Override
        Span of(SegmentRule rule) {
            return IntSpan.of(rule.daysSincePayment(), IntSpan.NEVER);
        }

        @Override
        String fact(AccountFacts facts) {
            return days(facts.daysSincePayment());
        }
    },

    HOLD("hold", AccountFacts.HOLDS, SegmentRule::holds, AccountFacts::hold);

    private final String key;

    private final @Nullable List<String> universe;

    private final @Nullable Function<SegmentRule, ValueSet> condition;

    private final @Nullable Function<AccountFacts, @Nullable String> value;

    Dim(String key) {
        this(key, null, null, null);
    }

    Dim(String key, @Nullable List<String> universe, @Nullable Function<SegmentRule, ValueSet> condition,
            @Nullable Function<AccountFacts, @Nullable String> value) {
        this.key = key;
        this.universe = universe;
        this.condition = condition;
        this.value = value;
    }

    String key() {
        return key;
    }

    Span of(SegmentRule rule) {
        return ValueSpan.of(condition.apply(rule), universe);
    }

    /** The fact as shown in an explanation. */
    String fact(AccountFacts facts) {
        String fact = value.apply(facts);
        return (fact != null) ? fact : "unknown";
    }

    Span universe() {
        return switch (this) {
            case DPD -> new IntSpan(0, IntSpan.DPD_TOP);
            case BALANCE -> new DecimalSpan(BigDecimal.ZERO, null);
            case DAYS_SINCE_CONTACT, DAYS_SINCE_PAYMENT -> new IntSpan(0, IntSpan.NEVER);
            default -> new ValueSpan(true, new TreeSet<>(), universe);
        };
    }

    String render(Span span) {
        return switch (this) {
            case DPD -> ((IntSpan) span).render(IntSpan.DPD_TOP);
            case BALANCE -> ((DecimalSpan) span).render();
            case DAYS_SINCE_CONTACT, DAYS_SINCE_PAYMENT -> ((IntSpan) span).render(IntSpan.NEVER);
            default -> ((ValueSpan) span).render();
        };
    }

    private static String days(@Nullable Integer days) {
        return (days != null) ? days.toString() : "never";
    }

}
