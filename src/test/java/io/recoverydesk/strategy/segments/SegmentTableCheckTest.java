package io.recoverydesk.strategy.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.recoverydesk.strategy.segments.Accounts.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static check of a table: dead rules, overlaps and uncovered accounts, with
 * examples.
 */
class SegmentTableCheckTest {

    @Test
    void completeCollectionTableHasNoErrorsAndAnExampleForEveryRule() {
        SegmentTable table = CollectionTables.complete();
        TableCheck check = table.check();

        assertThat(check.complete()).isTrue();
        assertThat(check.hasErrors()).isFalse();
        assertThat(check.findings(FindingKind.GAP)).isEmpty();
        assertThat(check.gaps()).isEmpty();
        assertThat(check.examples()).extracting(RuleExample::ruleIndex).containsExactly(0, 1, 2, 3, 4, 5, 6);
        for (RuleExample example : check.examples()) {
            assertThat(table.match(example.example()).orElseThrow().index()).isEqualTo(example.ruleIndex());
        }
        // the M1 agent example is one the digital rule does not take
        assertThat(CollectionTables.M1_DIGITAL.matches(check.exampleFor(3).orElseThrow())).isFalse();
    }

    @Test
    void holdRuleOverlapsEveryBucketAndDigitalOverlapsAgent() {
        SegmentTable table = CollectionTables.complete();
        List<TableFinding> overlaps = table.check().findings(FindingKind.OVERLAP);

        assertThat(overlaps).extracting(TableFinding::rules)
            .containsExactly(List.of(0, 1), List.of(0, 2), List.of(0, 3), List.of(2, 3), List.of(0, 4), List.of(0, 5),
                    List.of(0, 6));
        for (TableFinding overlap : overlaps) {
            AccountFacts both = overlap.witness();
            assertThat(table.rules().get(overlap.rules().get(0)).matches(both)).isTrue();
            assertThat(table.rules().get(overlap.rules().get(1)).matches(both)).isTrue();
        }
    }

    @Test
    void ruleBehindABroaderOneIsShadowed() {
        SegmentRule all = SegmentRule.of("M1-ALL", "All of M1", "AGENT").withDpd(IntRange.between(1, 30));
        SegmentRule low = SegmentRule.of("M1-LOW", "M1 low balance", "DIGITAL")
            .withDpd(IntRange.between(1, 30))
            .withBalance(DecimalRange.below(amount("500")));
        SegmentTable table = new SegmentTable(List.of(all, low, SegmentRule.of("REST", "Everything else", "AGENT")));
        TableCheck check = table.check();

        TableFinding shadowed = check.findings(FindingKind.SHADOWED).get(0);
        assertThat(check.findings(FindingKind.SHADOWED)).hasSize(1);
        assertThat(shadowed.rules()).containsExactly(1, 0);
        assertThat(shadowed.message()).contains("M1-LOW", "M1-ALL");
        assertThat(low.matches(shadowed.witness())).isTrue();
        assertThat(table.match(shadowed.witness()).orElseThrow().index()).isZero();
        assertThat(check.exampleFor(1)).isEmpty();
        assertThat(check.hasErrors()).isTrue();
        assertThat(check.unreachableRules()).containsExactly(1);
        // the dead rule's overlap is not repeated as information
        assertThat(check.findings(FindingKind.OVERLAP)).extracting(TableFinding::rules).containsExactly(List.of(0, 2));
    }

    @Test
    void ruleCoveredOnlyByTwoEarlierRulesTogetherIsShadowed() {
        SegmentTable table = new SegmentTable(List.of(dpd("EARLY", 0, 10), dpd("LATE", 11, 30), dpd("MIDDLE", 5, 20)));

        assertThat(table.check().findings(FindingKind.SHADOWED)).extracting(TableFinding::rules)
            .containsExactly(List.of(2, 0, 1));
    }

    @Test
    void partlyCoveredRuleIsNotShadowedAndItsExampleIsFromTheUncoveredPart() {
        SegmentTable table = new SegmentTable(List.of(dpd("EARLY", 0, 10), dpd("MIDDLE", 5, 20)));
        TableCheck check = table.check();

        assertThat(check.findings(FindingKind.SHADOWED)).isEmpty();
        assertThat(check.exampleFor(1).orElseThrow().dpd()).isEqualTo(11);
        assertThat(check.findings(FindingKind.OVERLAP).get(0).witness().dpd()).isBetween(5, 10);
    }

    @Test
    void ruleAfterRulesThatSplitTheSpaceTwoWaysIsStillReachable() {
        SegmentRule disputedCards = product("DISPUTED-CARDS", "CARD").withHolds(ValueSet.of("DISPUTE"));
        SegmentRule disputed = SegmentRule.of("DISPUTED", "Disputed", "P").withHolds(ValueSet.of("DISPUTE"));
        SegmentTable table = new SegmentTable(List.of(disputedCards, disputed, product("CARDS", "CARD")));
        TableCheck check = table.check();

        assertThat(check.findings(FindingKind.SHADOWED)).isEmpty();
        assertThat(check.exampleFor(2).orElseThrow().product()).isEqualTo("CARD");
        assertThat(check.gaps()).extracting(GapBox::describe)
            .containsExactly(
                    "product: not in {CARD}; hold: in {NONE, CEASE, BANKRUPTCY, DECEASED, LEGAL, COMPLAINT, LAWYER}");
    }

    @Test
    void currentAccountsLeftOutAreReportedAsAGap() {
        SegmentTable table = CollectionTables.withoutCurrent();
        TableCheck check = table.check();

        TableFinding gap = check.findings(FindingKind.GAP).get(0);
        assertThat(gap.witness().dpd()).isZero();
        assertThat(gap.witness().hold()).isEqualTo("NONE");
        assertThat(table.match(gap.witness())).isEmpty();
        assertThat(check.gapBoxCount()).isEqualTo(1);
        assertThat(check.gaps()).extracting(GapBox::describe).containsExactly("dpd: 0; hold: in {NONE}");
        assertThat(check.hasErrors()).isFalse();
    }

    @Test
    void balancesFromAMillionInLateBucketsAreReportedAsAGap() {
        SegmentTable table = CollectionTables.withCappedPlacement();
        TableCheck check = table.check();

        AccountFacts witness = check.findings(FindingKind.GAP).get(0).witness();
        assertThat(witness.balance()).isEqualByComparingTo("1000000");
        assertThat(witness.dpd()).isEqualTo(181);
        assertThat(table.match(witness)).isEmpty();
        assertThat(check.gaps()).extracting(GapBox::describe)
            .containsExactly("dpd: ≥ 181; balance: ≥ 1000000; hold: in {NONE}");
        assertThat(table.match(Accounts.account().dpd(181).balance("999999.99").facts())).isPresent();
    }

    @Test
    void productsOutsideEveryListAreAGapWithAMadeUpProduct() {
        SegmentTable table = new SegmentTable(List.of(product("CARDS", "CARD"), product("LOANS", "LOAN")));
        TableCheck check = table.check();

        assertThat(check.gaps()).extracting(GapBox::describe).containsExactly("product: not in {CARD, LOAN}");
        assertThat(check.findings(FindingKind.GAP).get(0).witness().product()).isEqualTo("OTHER-1");

        SegmentTable awkward = new SegmentTable(List.of(product("ODD", "OTHER-1", "CARD")));
        assertThat(awkward.check().findings(FindingKind.GAP).get(0).witness().product()).isEqualTo("OTHER-2");
    }

    @Test
    void unknownProvinceFallsIntoTheGapOfAProvinceList() {
        SegmentTable table = new SegmentTable(
                List.of(SegmentRule.of("ON", "Ontario", "P").withProvinces(ValueSet.of("ON", "QC"))));
        TableCheck check = table.check();

        assertThat(check.gaps()).extracting(GapBox::describe).containsExactly("province: not in {ON, QC}");
        assertThat(table.match(Accounts.account().province(null).facts())).isEmpty();
    }

    @Test
    void neverContactedAccountsAreAGapWhenEveryRuleHasAnUpperBound() {
        SegmentTable bounded = new SegmentTable(List.of(SegmentRule.of("ANY-DAY", "Any day count", "P")
            .withDaysSinceContact(IntRange.between(0, Integer.MAX_VALUE))));
        TableFinding never = bounded.check().findings(FindingKind.GAP).get(0);
        assertThat(never.witness().daysSinceContact()).isNull();
        assertThat(bounded.check().gaps()).extracting(GapBox::describe).containsExactly("daysSinceContact: never");

        SegmentTable recent = new SegmentTable(
                List.of(SegmentRule.of("RECENT", "Reached lately", "P").withDaysSinceContact(IntRange.atMost(29))));
        assertThat(recent.check().findings(FindingKind.GAP).get(0).witness().daysSinceContact()).isEqualTo(30);
        assertThat(recent.check().gaps()).extracting(GapBox::describe)
            .containsExactly("daysSinceContact: ≥ 30 or never");
    }

    @Test
    void rulesThatCannotMatchAnythingAreInvalidAndLeftOutOfTheRest() {
        SegmentRule backwards = SegmentRule.of("BACKWARDS", "dpd 30 to 1", "P").withDpd(new IntRange(30, 1));
        SegmentRule noProducts = SegmentRule.of("NO-PRODUCTS", "No product chosen", "P").withProducts(ValueSet.of());
        SegmentRule noBalance = SegmentRule.of("NO-BALANCE", "Balance 500 to 100", "P")
            .withBalance(DecimalRange.between(amount("500"), amount("100")));
        SegmentTable table = new SegmentTable(
                List.of(backwards, noProducts, noBalance, SegmentRule.of("ALL", "Everything", "P")));
        TableCheck check = table.check();

        assertThat(check.findings(FindingKind.INVALID)).extracting(TableFinding::rules)
            .containsExactly(List.of(0), List.of(1), List.of(2));
        assertThat(check.findings(FindingKind.INVALID)).allSatisfy(f -> assertThat(f.witness()).isNull());
        assertThat(check.findings(FindingKind.INVALID).get(0).message()).contains("dpd 30..1");
        assertThat(check.findings(FindingKind.INVALID).get(1).message()).contains("product in {}");
        assertThat(check.findings()).hasSize(3);
        assertThat(check.examples()).extracting(RuleExample::ruleCode).containsExactly("ALL");
        assertThat(List.of(backwards, noProducts, noBalance)).allSatisfy(rule -> {
            assertThat(
                    rule.dpd().matchesNothing() || rule.products().matchesNothing() || rule.balance().matchesNothing())
                .isTrue();
        });
    }

    @Test
    void emptyTableLeavesEveryAccountUncovered() {
        TableCheck check = new SegmentTable(List.of()).check();

        assertThat(check.gaps()).extracting(GapBox::describe).containsExactly("every account");
        assertThat(check.gapBoxCount()).isOne();
        AccountFacts witness = check.findings(FindingKind.GAP).get(0).witness();
        assertThat(witness.dpd()).isZero();
        assertThat(witness.balance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(witness.hold()).isEqualTo("NONE");
    }

    @Test
    void gapReportShowsFiveBlocksAndCountsTheRest() {
        List<SegmentRule> rules = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rules.add(dpd("D" + i, 2 * i + 1, 2 * i + 1));
        }
        TableCheck check = new SegmentTable(rules).check();

        // dpd 0, 2, 4, …, 14 and from 16 on
        assertThat(check.gapBoxCount()).isEqualTo(9);
        assertThat(check.gaps()).extracting(GapBox::describe)
            .containsExactly("dpd: 0", "dpd: 2", "dpd: 4", "dpd: 6", "dpd: 8");
    }

    @Test
    void tableFragmentingBeyondTheLimitStopsWithTooComplex() {
        List<SegmentRule> rules = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rules.add(dpd("D" + i, i, i).withProducts(ValueSet.of("P" + i))
                .withBalance(DecimalRange.atLeast(amount(Integer.toString(100 * i)))));
        }
        SegmentTable table = new SegmentTable(rules);
        TableCheck limited = table.check(3);

        assertThat(limited.complete()).isFalse();
        assertThat(limited.findings(FindingKind.TOO_COMPLEX)).hasSize(1);
        assertThat(limited.findings(FindingKind.GAP)).isEmpty();
        for (RuleExample example : limited.examples()) {
            assertThat(table.match(example.example()).orElseThrow().index()).isEqualTo(example.ruleIndex());
        }
        TableCheck full = table.check();
        assertThat(full.complete()).isTrue();
        assertThat(full.findings(FindingKind.GAP)).hasSize(1);
        assertThat(full.examples()).hasSize(6);
    }

    private static SegmentRule dpd(String code, int min, int max) {
        return SegmentRule.of(code, code, "P").withDpd(IntRange.between(min, max));
    }

    private static SegmentRule product(String code, String... products) {
        return SegmentRule.of(code, code, "P").withProducts(ValueSet.of(products));
    }

}
