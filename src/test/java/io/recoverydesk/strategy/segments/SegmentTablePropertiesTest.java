package io.recoverydesk.strategy.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check against brute force: small random tables over small value domains (so rules
 * collide often), and random accounts run through {@link SegmentTable#match}.
 */
class SegmentTablePropertiesTest {

    private static final List<String> PRODUCTS = List.of("CARD", "LOAN", "AUTO");

    private static final List<String> CREDITORS = List.of("BANK1", "BANK2");

    private static final List<String> PROVINCES = List.of("ON", "QC");

    private static final List<BigDecimal> BOUNDS = amounts("0", "100", "200", "300");

    private static final List<BigDecimal> BALANCES = amounts("0", "0.01", "99.99", "100", "150", "200.00", "299.99",
            "300", "1000");

    private static final List<String> KEYS = List.of("dpd", "balance", "product", "creditor", "province", "scoreBand",
            "arrangement", "daysSinceContact", "daysSincePayment", "hold");

    record Case(SegmentTable table, List<AccountFacts> accounts) {
    }

    record Head(int dpd, BigDecimal balance, String product, String creditor, String province) {
    }

    @Property(tries = 1000)
    void everyExampleFirstMatchesItsRuleAndEveryRuleIsAccountedFor(@ForAll("cases") Case c) {
        SegmentTable table = c.table();
        TableCheck check = table.check();
        for (RuleExample example : check.examples()) {
            assertThat(firstMatch(table, example.example())).as(example.toString()).contains(example.ruleIndex());
        }
        Set<Integer> unreachable = check.unreachableRules();
        for (int i = 0; i < table.rules().size(); i++) {
            assertThat(unreachable.contains(i)).as("rule " + i + " " + check)
                .isNotEqualTo(check.exampleFor(i).isPresent());
        }
        Statistics.label("rules").collect(table.rules().size());
        check.findings().forEach(f -> Statistics.label("findings").collect(f.kind()));
    }

    @Property(tries = 1000)
    void deadRulesAreNeverTheFirstMatchAndLiveOnesAre(@ForAll("cases") Case c) {
        SegmentTable table = c.table();
        TableCheck check = table.check();
        Set<Integer> unreachable = check.unreachableRules();
        for (AccountFacts account : c.accounts()) {
            firstMatch(table, account)
                .ifPresent(index -> assertThat(unreachable).as(account.toString()).doesNotContain(index));
        }
        for (TableFinding invalid : check.findings(FindingKind.INVALID)) {
            SegmentRule rule = table.rules().get(invalid.rules().get(0));
            assertThat(c.accounts()).noneMatch(rule::matches);
        }
        for (TableFinding shadowed : check.findings(FindingKind.SHADOWED)) {
            int rule = shadowed.rules().get(0);
            assertThat(table.rules().get(rule).matches(shadowed.witness())).isTrue();
            int taker = firstMatch(table, shadowed.witness()).orElseThrow();
            assertThat(shadowed.rules().subList(1, shadowed.rules().size())).contains(taker);
        }
    }

    @Property(tries = 1000)
    void gapIsReportedExactlyWhenSomeAccountMatchesNoRule(@ForAll("cases") Case c) {
        SegmentTable table = c.table();
        TableCheck check = table.check();
        List<TableFinding> gaps = check.findings(FindingKind.GAP);
        if (gaps.isEmpty()) {
            assertThat(c.accounts()).allSatisfy(account -> assertThat(firstMatch(table, account)).isPresent());
            assertThat(check.gapBoxCount()).isZero();
        }
        else {
            assertThat(gaps).hasSize(1);
            assertThat(firstMatch(table, gaps.get(0).witness())).isEmpty();
            assertThat(check.gaps()).hasSizeBetween(1, 5).hasSizeLessThanOrEqualTo(check.gapBoxCount());
        }
        Statistics.label("gap").collect(!gaps.isEmpty());
    }

    @Property(tries = 1000)
    void overlapsAreReportedForEveryPairOfLiveRulesSharingAnAccount(@ForAll("cases") Case c) {
        SegmentTable table = c.table();
        TableCheck check = table.check();
        List<List<Integer>> overlaps = check.findings(FindingKind.OVERLAP).stream().map(TableFinding::rules).toList();
        for (TableFinding overlap : check.findings(FindingKind.OVERLAP)) {
            assertThat(table.rules().get(overlap.rules().get(0)).matches(overlap.witness())).isTrue();
            assertThat(table.rules().get(overlap.rules().get(1)).matches(overlap.witness())).isTrue();
        }
        Set<Integer> unreachable = check.unreachableRules();
        for (AccountFacts account : c.accounts()) {
            List<Integer> matching = allMatches(table, account);
            for (int a = 0; a < matching.size(); a++) {
                for (int b = a + 1; b < matching.size(); b++) {
                    int earlier = matching.get(a);
                    int later = matching.get(b);
                    if (!unreachable.contains(earlier) && !unreachable.contains(later)) {
                        assertThat(overlaps).as(account.toString()).contains(List.of(earlier, later));
                    }
                }
            }
        }
        Statistics.label("overlaps").collect(Math.min(overlaps.size(), 5));
    }

    @Property(tries = 300)
    void explanationNamesTheNarrowingConditionsWithTheAccountsValues(@ForAll("cases") Case c) {
        for (AccountFacts account : c.accounts()) {
            c.table().match(account).ifPresent(match -> {
                SegmentRule rule = match.rule();
                List<String> keys = match.explanation().stream().map(ConditionMatch::condition).toList();
                assertThat(KEYS.stream().filter(keys::contains).toList()).isEqualTo(keys);
                assertThat(keys.contains("product")).isEqualTo(!rule.products().all());
                assertThat(keys.contains("creditor")).isEqualTo(!rule.creditors().all());
                assertThat(keys.contains("province")).isEqualTo(!rule.provinces().all());
                boolean dpdNarrowed = (rule.dpd().min() != null && rule.dpd().min() > 0) || rule.dpd().max() != null;
                assertThat(keys.contains("dpd")).isEqualTo(dpdNarrowed);
                for (ConditionMatch line : match.explanation()) {
                    switch (line.condition()) {
                        case "dpd" -> assertThat(line.factValue()).isEqualTo(Integer.toString(account.dpd()));
                        case "hold" -> assertThat(line.factValue()).isEqualTo(account.hold());
                        case "daysSinceContact" -> assertThat(line.factValue()).isEqualTo(
                                (account.daysSinceContact() != null) ? account.daysSinceContact().toString() : "never");
                        default -> {
                        }
                    }
                }
            });
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        // now and then a broad last rule, so that some tables leave no gap
        Arbitrary<List<SegmentRule>> broadLast = narrowed(IntRange.any(), intRanges())
            .map(dpd -> SegmentRule.of("R", "R", "P").withDpd(dpd))
            .list()
            .ofMaxSize(1);
        // about half the rules refine an earlier one, as in real tables
        Arbitrary<List<Tuple.Tuple2<SegmentRule, Integer>>> drafts = Combinators
            .combine(rules(), Arbitraries.integers().between(0, 6).injectNull(0.5))
            .as(Tuple::of)
            .list()
            .ofMaxSize(7);
        Arbitrary<List<SegmentRule>> rules = Combinators.combine(drafts, broadLast).as((narrow, broad) -> {
            List<SegmentRule> all = new ArrayList<>();
            for (Tuple.Tuple2<SegmentRule, Integer> draft : narrow) {
                Integer parent = draft.get2();
                all.add((parent != null && parent < all.size()) ? refine(all.get(parent), draft.get1()) : draft.get1());
            }
            all.addAll(broad);
            return all;
        });
        Arbitrary<List<AccountFacts>> accounts = accounts().list().ofMinSize(40).ofMaxSize(80);
        return Combinators.combine(rules, accounts, Arbitraries.longs()).as((list, facts, seed) -> {
            List<SegmentRule> coded = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                coded.add(coded(list.get(i), "R" + i));
            }
            // and accounts inside each rule, which find a wrongly dead rule far more
            // often
            List<AccountFacts> all = new ArrayList<>(facts);
            all.addAll(new InsideRules(new Random(seed)).accounts(coded, 10));
            return new Case(new SegmentTable(coded), all);
        });
    }

    /**
     * Rules narrowing about two of their ten conditions, one in ten of them matching
     * nothing.
     */
    private Arbitrary<SegmentRule> rules() {
        Arbitrary<SegmentRule> first = Combinators
            .combine(narrowed(IntRange.any(), intRanges()), narrowed(DecimalRange.any(), decimalRanges()),
                    narrowed(ValueSet.any(), valueSets(PRODUCTS)), narrowed(ValueSet.any(), valueSets(CREDITORS)),
                    narrowed(ValueSet.any(), valueSets(PROVINCES)))
            .as((dpd, balance, products, creditors, provinces) -> SegmentRule.of("R", "R", "P")
                .withDpd(dpd)
                .withBalance(balance)
                .withProducts(products)
                .withCreditors(creditors)
                .withProvinces(provinces));
        return Combinators
            .combine(first, narrowed(ValueSet.any(), valueSets(AccountFacts.SCORE_BANDS)),
                    narrowed(ValueSet.any(), valueSets(AccountFacts.ARRANGEMENTS)),
                    narrowed(ValueSet.any(), valueSets(AccountFacts.HOLDS)), narrowed(IntRange.any(), intRanges()),
                    narrowed(IntRange.any(), intRanges()))
            .as((rule, bands, arrangements, holds, contact, payment) -> rule.withScoreBands(bands)
                .withArrangements(arrangements)
                .withHolds(holds)
                .withDaysSinceContact(contact)
                .withDaysSincePayment(payment));
    }

    /** The condition's "any" four times in five, else a narrowing one. */
    private static <T> Arbitrary<T> narrowed(T any, Arbitrary<T> narrowing) {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(any)), Tuple.of(1, narrowing));
    }

    private Arbitrary<IntRange> intRanges() {
        Arbitrary<Integer> bound = Arbitraries.integers().between(0, 6).injectNull(0.3);
        Arbitrary<IntRange> ordered = Combinators.combine(bound, bound)
            .as((a, b) -> (a != null && b != null && a > b) ? new IntRange(b, a) : new IntRange(a, b));
        Arbitrary<IntRange> backwards = Arbitraries.integers().between(1, 6).map(max -> new IntRange(max, max - 1));
        return Arbitraries.frequencyOf(Tuple.of(95, ordered), Tuple.of(5, backwards));
    }

    private Arbitrary<DecimalRange> decimalRanges() {
        Arbitrary<BigDecimal> bound = Arbitraries.of(BOUNDS).injectNull(0.3);
        Arbitrary<DecimalRange> ordered = Combinators.combine(bound, bound)
            .as((a, b) -> (a != null && b != null && a.compareTo(b) > 0) ? new DecimalRange(b, a)
                    : new DecimalRange(a, b));
        Arbitrary<DecimalRange> empty = Arbitraries.of(BOUNDS).map(at -> new DecimalRange(at, at));
        return Arbitraries.frequencyOf(Tuple.of(95, ordered), Tuple.of(5, empty));
    }

    private Arbitrary<ValueSet> valueSets(List<String> domain) {
        return Arbitraries.frequencyOf(
                Tuple.of(95, Arbitraries.of(domain).set().ofMinSize(1).ofMaxSize(domain.size()).map(ValueSet::of)),
                Tuple.of(5, Arbitraries.just(ValueSet.of())));
    }

    private Arbitrary<AccountFacts> accounts() {
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 7).injectNull(0.2);
        Arbitrary<Head> first = Combinators
            .combine(Arbitraries.integers().between(0, 8), Arbitraries.of(BALANCES),
                    Arbitraries.of("CARD", "LOAN", "AUTO", "OTHER-1", "MORTGAGE"),
                    Arbitraries.of("BANK1", "BANK2", "BANK3"), Arbitraries.of("ON", "QC", "BC").injectNull(0.2))
            .as(Head::new);
        return Combinators
            .combine(first, Arbitraries.of(AccountFacts.SCORE_BANDS), Arbitraries.of(AccountFacts.ARRANGEMENTS), days,
                    days, Arbitraries.of(AccountFacts.HOLDS))
            .as((h, band, arrangement, contact, payment, hold) -> new AccountFacts(h.dpd(), h.balance(), h.product(),
                    h.creditor(), h.province(), band, arrangement, contact, payment, hold));
    }

    /** The parent's conditions, replaced where the child narrows its own. */
    private static SegmentRule refine(SegmentRule parent, SegmentRule child) {
        return new SegmentRule("R", "R", pick(parent.dpd(), child.dpd(), IntRange.any()),
                pick(parent.balance(), child.balance(), DecimalRange.any()),
                pick(parent.products(), child.products(), ValueSet.any()),
                pick(parent.creditors(), child.creditors(), ValueSet.any()),
                pick(parent.provinces(), child.provinces(), ValueSet.any()),
                pick(parent.scoreBands(), child.scoreBands(), ValueSet.any()),
                pick(parent.arrangements(), child.arrangements(), ValueSet.any()),
                pick(parent.daysSinceContact(), child.daysSinceContact(), IntRange.any()),
                pick(parent.daysSincePayment(), child.daysSincePayment(), IntRange.any()),
                pick(parent.holds(), child.holds(), ValueSet.any()), "P");
    }

    private static <T> T pick(T parent, T child, T any) {
        return child.equals(any) ? parent : child;
    }

    private static SegmentRule coded(SegmentRule r, String code) {
        return new SegmentRule(code, code, r.dpd(), r.balance(), r.products(), r.creditors(), r.provinces(),
                r.scoreBands(), r.arrangements(), r.daysSinceContact(), r.daysSincePayment(), r.holds(), r.pathCode());
    }

    /**
     * Brute force, independent of the table: the first rule whose conditions all hold.
     */
    private static Optional<Integer> firstMatch(SegmentTable table, AccountFacts account) {
        List<Integer> all = allMatches(table, account);
        Optional<Integer> first = all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
        assertThat(table.match(account).map(SegmentMatch::index)).isEqualTo(first);
        return first;
    }

    private static List<Integer> allMatches(SegmentTable table, AccountFacts account) {
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < table.rules().size(); i++) {
            if (holds(table.rules().get(i), account)) {
                matching.add(i);
            }
        }
        return matching;
    }

    private static boolean holds(SegmentRule rule, AccountFacts a) {
        return within(rule.dpd(), a.dpd()) && within(rule.balance(), a.balance()) && in(rule.products(), a.product())
                && in(rule.creditors(), a.creditor()) && in(rule.provinces(), a.province())
                && in(rule.scoreBands(), a.scoreBand()) && in(rule.arrangements(), a.arrangement())
                && within(rule.daysSinceContact(), a.daysSinceContact())
                && within(rule.daysSincePayment(), a.daysSincePayment()) && in(rule.holds(), a.hold());
    }

    private static boolean within(IntRange range, Integer value) {
        long v = (value == null) ? Long.MAX_VALUE : value;
        return (range.min() == null || v >= range.min()) && (range.max() == null || v <= range.max());
    }

    private static boolean within(DecimalRange range, BigDecimal value) {
        return (range.min() == null || range.min().compareTo(value) <= 0)
                && (range.maxExclusive() == null || value.compareTo(range.maxExclusive()) < 0);
    }

    private static boolean in(ValueSet set, String value) {
        return set.all() || (value != null && set.values().contains(value));
    }

    private static List<BigDecimal> amounts(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

}
