package io.recoverydesk.strategy.segments;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.recoverydesk.strategy.segments.Accounts.account;
import static io.recoverydesk.strategy.segments.Accounts.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which segment an account falls into, and the explanation that comes with it. */
class SegmentTableMatchTest {

    private final SegmentTable table = CollectionTables.complete();

    @Test
    void lowBalanceM1AccountWithGoodScoreGoesDigitalAndSaysWhy() {
        SegmentMatch match = table.match(account().dpd(12).balance("250.00").scoreBand("B").facts()).orElseThrow();

        assertThat(match.index()).isEqualTo(2);
        assertThat(match.rule().pathCode()).isEqualTo("DIGITAL");
        assertThat(match.explanation()).containsExactly(new ConditionMatch("dpd", "12", "1..30"),
                new ConditionMatch("balance", "250.00", "< 500"), new ConditionMatch("scoreBand", "B", "in {A, B, C}"));
    }

    @Test
    void m1AccountWithPoorScoreOrHighBalanceGoesToAnAgent() {
        assertThat(table.match(account().dpd(12).balance("250.00").scoreBand("E").facts())).map(SegmentMatch::rule)
            .map(SegmentRule::code)
            .contains("M1-AGENT");
        SegmentMatch highBalance = table.match(account().dpd(12).balance("500.00").facts()).orElseThrow();
        assertThat(highBalance.rule().code()).isEqualTo("M1-AGENT");
        assertThat(highBalance.explanation()).containsExactly(new ConditionMatch("dpd", "12", "1..30"));
    }

    @Test
    void heldAccountGoesToReviewWhateverItsArrears() {
        SegmentMatch match = table.match(account().dpd(400).balance("9000").hold("LAWYER").facts()).orElseThrow();

        assertThat(match.index()).isZero();
        assertThat(match.explanation()).containsExactly(new ConditionMatch("hold", "LAWYER",
                "in {DISPUTE, CEASE, BANKRUPTCY, DECEASED, LEGAL, COMPLAINT, LAWYER}"));
    }

    @ParameterizedTest(name = "dpd {0} → {1}")
    @CsvSource({ "0, CURRENT", "1, M1-AGENT", "30, M1-AGENT", "31, M2-M3", "90, M2-M3", "91, M4-M6", "180, M4-M6",
            "181, M6-PLUS", "5000, M6-PLUS" })
    void bucketBoundariesAreInclusive(int dpd, String code) {
        assertThat(table.match(account().dpd(dpd).balance("800").facts()).orElseThrow().rule().code()).isEqualTo(code);
    }

    @Test
    void neverContactedCountsAsLongAgo() {
        SegmentTable table = new SegmentTable(List
            .of(SegmentRule.of("STALE", "Not reached for a month", "CALL").withDaysSinceContact(IntRange.atLeast(30))));

        SegmentMatch match = table.match(account().daysSinceContact(null).facts()).orElseThrow();
        assertThat(match.explanation())
            .containsExactly(new ConditionMatch("daysSinceContact", "never", "≥ 30 or never"));
        assertThat(table.match(account().daysSinceContact(29).facts())).isEmpty();
    }

    @Test
    void boundedDayRangeLeavesNeverContactedOut() {
        SegmentRule recent = SegmentRule.of("RECENT", "Reached lately", "WAIT")
            .withDaysSinceContact(IntRange.atMost(6));

        assertThat(recent.matches(account().daysSinceContact(6).facts())).isTrue();
        assertThat(recent.matches(account().daysSinceContact(null).facts())).isFalse();
    }

    @Test
    void unknownProvinceIsInNoListButMatchesAny() {
        SegmentRule ontario = SegmentRule.of("ON", "Ontario", "ON-PATH").withProvinces(ValueSet.of("ON"));
        AccountFacts unknown = account().province(" ").facts();

        assertThat(unknown.province()).isNull();
        assertThat(ontario.matches(unknown)).isFalse();
        assertThat(SegmentRule.of("ALL", "All", "P").matches(unknown)).isTrue();
        assertThat(ontario.explain(unknown)).containsExactly(new ConditionMatch("province", "unknown", "in {ON}"));
    }

    @Test
    void conditionsThatNarrowNothingAreLeftOutOfTheExplanation() {
        SegmentRule wide = SegmentRule.of("WIDE", "Wide", "P")
            .withDpd(IntRange.atLeast(0))
            .withBalance(DecimalRange.atLeast(amount("0.00")))
            .withScoreBands(ValueSet.of(AccountFacts.SCORE_BANDS))
            .withDaysSinceContact(new IntRange(0, null));

        assertThat(wide.explain(account().facts())).isEmpty();
    }

    @Test
    void accountMatchingNoRuleHasNoSegment() {
        assertThat(CollectionTables.withoutCurrent().match(account().dpd(0).facts())).isEmpty();
    }

    @Test
    void rejectsImpossibleAccounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> account().dpd(-1).facts());
        assertThatIllegalArgumentException().isThrownBy(() -> account().balance("-0.01").facts());
        assertThatIllegalArgumentException().isThrownBy(() -> account().hold("PAUSED").facts());
        assertThatIllegalArgumentException().isThrownBy(() -> account().scoreBand("F").facts());
        assertThatIllegalArgumentException().isThrownBy(() -> account().daysSinceContact(-3).facts());
        assertThatIllegalArgumentException().isThrownBy(() -> account().product(" ").facts());
    }

    @Test
    void rejectsRulesOutsideTheDomain() {
        assertThatIllegalArgumentException().isThrownBy(() -> IntRange.atLeast(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> DecimalRange.below(amount("-5")));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SegmentRule.of("X", "X", "P").withScoreBands(ValueSet.of("A", "F")));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SegmentRule.of("X", "X", "P").withHolds(ValueSet.of("PAUSED")));
        assertThatIllegalArgumentException().isThrownBy(() -> ValueSet.of("CARD", ""));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new SegmentTable(List.of(CollectionTables.HOLD, CollectionTables.HOLD)));
    }

}
