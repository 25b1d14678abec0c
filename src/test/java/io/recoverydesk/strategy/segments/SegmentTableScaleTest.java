package io.recoverydesk.strategy.segments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static io.recoverydesk.strategy.segments.Accounts.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Tables of the largest expected size are checked in bounded time. */
class SegmentTableScaleTest {

    private static final List<IntRange> BUCKETS = List.of(IntRange.between(1, 30), IntRange.between(31, 60),
            IntRange.between(61, 90), IntRange.between(91, 180), IntRange.atLeast(181));

    private static final List<DecimalRange> BANDS = List.of(DecimalRange.below(amount("500")),
            DecimalRange.between(amount("500"), amount("2000")), DecimalRange.between(amount("2000"), amount("10000")),
            DecimalRange.atLeast(amount("10000")));

    @Test
    void twoHundredRuleTableByCreditorBucketAndBandIsCheckedCompletely() {
        List<SegmentRule> rules = new ArrayList<>();
        for (int creditor = 0; creditor < 10; creditor++) {
            for (int bucket = 0; bucket < BUCKETS.size(); bucket++) {
                for (int band = 0; band < BANDS.size(); band++) {
                    rules.add(SegmentRule.of("C" + creditor + "-B" + bucket + "-" + band, "segment", "P")
                        .withCreditors(ValueSet.of("BANK" + creditor))
                        .withDpd(BUCKETS.get(bucket))
                        .withBalance(BANDS.get(band)));
                }
            }
        }
        SegmentTable table = new SegmentTable(rules);

        TableCheck check = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> table.check());

        assertThat(check.complete()).isTrue();
        assertThat(check.hasErrors()).isFalse();
        assertThat(check.examples()).hasSize(200);
        assertThat(check.findings(FindingKind.OVERLAP)).isEmpty();
        assertThat(check.gaps()).extracting(GapBox::describe)
            .containsExactly("dpd: 0",
                    "dpd: ≥ 1; creditor: not in {BANK0, BANK1, BANK2, BANK3, BANK4, BANK5, BANK6, BANK7, BANK8, BANK9}");
    }

    @Test
    void twoHundredOverlappingRandomRulesAreCheckedCompletelyInBoundedTime() {
        Random random = new Random(42);
        List<SegmentRule> rules = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int from = random.nextInt(200);
            int balance = random.nextInt(100) * 100;
            rules.add(SegmentRule.of("R" + i, "random", "P")
                .withDpd(IntRange.between(from, from + random.nextInt(60)))
                .withBalance(DecimalRange.between(amount(Integer.toString(balance)),
                        amount(Integer.toString(balance + 100 * (1 + random.nextInt(30))))))
                .withCreditors(ValueSet.of("BANK" + random.nextInt(5), "BANK" + random.nextInt(5)))
                .withScoreBands(ValueSet.of(AccountFacts.SCORE_BANDS.get(random.nextInt(6))))
                .withDaysSinceContact(IntRange.atLeast(random.nextInt(30)))
                .withHolds(ValueSet.of("NONE")));
        }
        SegmentTable table = new SegmentTable(rules);

        TableCheck check = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> table.check());

        // thousands of blocks left over, still well below the limit
        assertThat(check.complete()).isTrue();
        assertThat(check.gapBoxCount()).isGreaterThan(1000);
        assertThat(table.match(check.findings(FindingKind.GAP).get(0).witness())).isEmpty();
        for (RuleExample example : check.examples()) {
            assertThat(table.match(example.example()).orElseThrow().index()).isEqualTo(example.ruleIndex());
        }
    }

}
