package io.recoverydesk.strategy.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random accounts that meet every condition of a rule, over the small domains of
 * {@link SegmentTablePropertiesTest}; conditions a rule leaves open are drawn freely.
 */
final class InsideRules {

    private static final List<String> PRODUCTS = List.of("CARD", "LOAN", "AUTO", "OTHER-1", "MORTGAGE");

    private static final List<String> CREDITORS = List.of("BANK1", "BANK2", "BANK3");

    private static final List<String> PROVINCES = List.of("ON", "QC", "BC");

    private static final List<BigDecimal> BALANCES = List.of(new BigDecimal("0"), new BigDecimal("0.01"),
            new BigDecimal("99.99"), new BigDecimal("100"), new BigDecimal("150"), new BigDecimal("200.00"),
            new BigDecimal("299.99"), new BigDecimal("300"), new BigDecimal("1000"));

    private final Random random;

    InsideRules(Random random) {
        this.random = random;
    }

    /** Up to {@code perRule} accounts inside each rule that can match any. */
    List<AccountFacts> accounts(List<SegmentRule> rules, int perRule) {
        List<AccountFacts> accounts = new ArrayList<>();
        for (SegmentRule rule : rules) {
            if (rule.dpd().matchesNothing() || rule.balance().matchesNothing() || rule.products().matchesNothing()
                    || rule.creditors().matchesNothing() || rule.provinces().matchesNothing()
                    || rule.scoreBands().matchesNothing() || rule.arrangements().matchesNothing()
                    || rule.holds().matchesNothing() || rule.daysSinceContact().matchesNothing()
                    || rule.daysSincePayment().matchesNothing()) {
                continue;
            }
            for (int i = 0; i < perRule; i++) {
                accounts.add(new AccountFacts(number(rule.dpd()), balance(rule.balance()),
                        value(rule.products(), PRODUCTS), value(rule.creditors(), CREDITORS),
                        province(rule.provinces()), value(rule.scoreBands(), AccountFacts.SCORE_BANDS),
                        value(rule.arrangements(), AccountFacts.ARRANGEMENTS), days(rule.daysSinceContact()),
                        days(rule.daysSincePayment()), value(rule.holds(), AccountFacts.HOLDS)));
            }
        }
        return accounts;
    }

    private int number(IntRange range) {
        int lo = (range.min() != null) ? range.min() : 0;
        int hi = (range.max() != null) ? range.max() : Math.max(lo, 7) + 1;
        return lo + random.nextInt(hi - lo + 1);
    }

    private Integer days(IntRange range) {
        return (range.max() == null && random.nextInt(4) == 0) ? null : number(range);
    }

    private BigDecimal balance(DecimalRange range) {
        List<BigDecimal> inside = BALANCES.stream().filter(range::contains).toList();
        if (inside.isEmpty()) {
            // a range between two listed balances
            return range.min();
        }
        return inside.get(random.nextInt(inside.size()));
    }

    private String province(ValueSet set) {
        if (set.all() && random.nextInt(5) == 0) {
            return null;
        }
        return value(set, PROVINCES);
    }

    private String value(ValueSet set, List<String> domain) {
        List<String> from = set.all() ? domain : List.copyOf(set.values());
        return from.get(random.nextInt(from.size()));
    }

}
