package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.recoverydesk.strategy.experiments.MetricReadout.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.recoverydesk.strategy.experiments.Metric.AMOUNT_PER_ACCOUNT;
import static io.recoverydesk.strategy.experiments.Metric.COMPLAINTS_PER_THOUSAND_ACCOUNTS;
import static io.recoverydesk.strategy.experiments.Metric.CONTACTS_PER_THOUSAND_RECOVERED;
import static io.recoverydesk.strategy.experiments.Metric.RECOVERY_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReadoutTest {

    /** Wikipedia's Welch example as amounts recovered from balances of 100. */
    private static final List<AccountOutcome> WELCH_EXAMPLE = welchExample();

    @Test
    void saysTheChallengerRecoversMoreWithIntervalAndPValue() {
        MetricReadout rate = Readout.of(WELCH_EXAMPLE).metric(RECOVERY_RATE);

        assertThat(rate.verdict().message()).isEqualTo("challenger recovers more: +2.2 pp [0.4, 3.9], p = 0.014");
        assertThat(rate.verdict().messageKey()).isEqualTo("experiments.recovery-rate.higher");
        assertThat(rate.verdict().args()).containsExactly(new BigDecimal("2.2"), new BigDecimal("0.4"),
                new BigDecimal("3.9"), new BigDecimal("0.0141"));
        assertThat(rate.champion()).isEqualTo(interval("20.82", "19.40", "22.24"));
        assertThat(rate.difference()).isEqualTo(interval("2.17", "0.44", "3.90"));
        assertThat(rate.significant()).isTrue();
        assertThat(rate.challengerBetter()).isTrue();
    }

    @Test
    void comparesAmountPerAccountByWelch() {
        MetricReadout amount = Readout.of(WELCH_EXAMPLE).metric(AMOUNT_PER_ACCOUNT);

        assertThat(amount.verdict().message())
            .isEqualTo("challenger collects more per account: +2.17 [0.35, 3.98], p = 0.021");
        assertThat(amount.champion()).isEqualTo(interval("20.82", "19.27", "22.37"));
        assertThat(amount.challenger()).isEqualTo(interval("22.99", "21.91", "24.07"));
        assertThat(amount.pValue()).isEqualByComparingTo("0.0214");
    }

    @Test
    void aStricterAlphaNeedsMoreEvidenceAndWidensTheIntervals() {
        MetricReadout usual = Readout.of(WELCH_EXAMPLE).metric(AMOUNT_PER_ACCOUNT);
        MetricReadout strict = Readout.of(WELCH_EXAMPLE, 0.01).metric(AMOUNT_PER_ACCOUNT);

        assertThat(strict.outcome()).isEqualTo(Outcome.NO_SIGNIFICANT_DIFFERENCE);
        assertThat(strict.pValue()).isEqualTo(usual.pValue());
        assertThat(strict.difference().contains(BigDecimal.ZERO)).isTrue();
        assertThat(strict.verdict().message()).startsWith("no significant difference in amount per account: +2.17 [");
        assertThat(strict.verdict().messageKey()).isEqualTo("experiments.amount-per-account.no-difference");
    }

    @Test
    void warnsWhileArmsHaveFewerThanThirtyAccounts() {
        Readout readout = Readout.of(WELCH_EXAMPLE);

        assertThat(readout.enoughAccounts()).isFalse();
        assertThat(readout.note().message()).isEqualTo(
                "not enough accounts yet: 15 on the champion and 15 on the challenger; a readout needs 30 on each");
        assertThat(readout.note().messageKey()).isEqualTo("experiments.too-few-accounts");
        assertThat(readout.note().args()).containsExactly(15, 15, 30);
    }

    @Test
    void hasNoNoteOnceBothArmsHaveThirty() {
        List<AccountOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            outcomes.add(outcome(Arm.CHAMPION, "100", String.valueOf(i), 1, 0));
            outcomes.add(outcome(Arm.CHALLENGER, "100", String.valueOf(i), 1, 0));
        }

        Readout readout = Readout.of(outcomes);

        assertThat(readout.enoughAccounts()).isTrue();
        assertThat(readout.note()).isNull();
    }

    @Test
    void readsAnEmptyChallengerArmWithoutComparing() {
        List<AccountOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            outcomes.add(outcome(Arm.CHAMPION, "500", (i % 4 == 0) ? "120" : "0", 3, (i == 7) ? 1 : 0));
        }

        Readout readout = Readout.of(outcomes);

        assertThat(readout.challenger())
            .isEqualTo(new ArmTotals(Arm.CHALLENGER, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0));
        assertThat(readout.note().args()).containsExactly(40, 0, 30);
        assertThat(readout.metrics()).allSatisfy(metric -> {
            assertThat(metric.champion()).isNotNull();
            assertThat(metric.challenger()).isNull();
            assertThat(metric.difference()).isNull();
            assertThat(metric.pValue()).isNull();
            assertThat(metric.outcome()).isEqualTo(Outcome.NOT_ESTIMABLE);
            assertThat(metric.verdict().messageKey()).endsWith(".not-estimable");
        });
        assertThat(readout.metric(RECOVERY_RATE).champion()).isEqualTo(interval("6.00", "2.74", "9.26"));
        assertThat(readout.metric(COMPLAINTS_PER_THOUSAND_ACCOUNTS).champion().estimate()).isEqualByComparingTo("25");
    }

    @Test
    void readsNoOutcomesAtAll() {
        Readout readout = Readout.of(List.of());

        assertThat(readout.metrics()).hasSize(4)
            .allSatisfy(metric -> assertThat(metric.outcome()).isEqualTo(Outcome.NOT_ESTIMABLE));
        assertThat(readout.note().args()).containsExactly(0, 0, 30);
    }

    @Test
    void cannotGiveARecoveryRateWithoutBalances() {
        List<AccountOutcome> outcomes = bothArms(i -> outcome(Arm.CHAMPION, "0", "0", 1, 0), 40);

        MetricReadout rate = Readout.of(outcomes).metric(RECOVERY_RATE);

        assertThat(rate.champion()).isNull();
        assertThat(rate.outcome()).isEqualTo(Outcome.NOT_ESTIMABLE);
        assertThat(rate.verdict().message())
            .isEqualTo("recovery rate cannot be compared yet: each arm needs 2 accounts and a balance at start");
    }

    @Test
    void findsNoDifferenceWhenNothingWasRecovered() {
        List<AccountOutcome> outcomes = bothArms(i -> outcome(Arm.CHAMPION, "100.00", "0.00", 2, 0), 40);

        Readout readout = Readout.of(outcomes);

        MetricReadout rate = readout.metric(RECOVERY_RATE);
        assertThat(rate.challenger()).isEqualTo(interval("0.00", "0.00", "0.00"));
        assertThat(rate.difference()).isEqualTo(interval("0.00", "0.00", "0.00"));
        assertThat(rate.pValue()).isEqualByComparingTo("1");
        assertThat(rate.verdict().message())
            .isEqualTo("no significant difference in recovery rate: 0.0 pp [0.0, 0.0], p = 1.00");
        MetricReadout contacts = readout.metric(CONTACTS_PER_THOUSAND_RECOVERED);
        assertThat(contacts.outcome()).isEqualTo(Outcome.NOT_ESTIMABLE);
        assertThat(contacts.verdict().message()).contains("needs 2 accounts and something recovered");
        MetricReadout complaints = readout.metric(COMPLAINTS_PER_THOUSAND_ACCOUNTS);
        assertThat(complaints.pValue()).isEqualByComparingTo("1");
        assertThat(complaints.difference().lower()).isNegative();
        assertThat(complaints.difference().upper()).isPositive();
    }

    @Test
    void comparesComplaintsButNothingElseWithOneAccountPerArm() {
        Readout readout = Readout
            .of(List.of(outcome(Arm.CHAMPION, "100", "20", 1, 0), outcome(Arm.CHALLENGER, "100", "80", 1, 1)));

        assertThat(readout.metrics()).filteredOn(m -> m.outcome() != Outcome.NOT_ESTIMABLE)
            .extracting(MetricReadout::metric)
            .containsExactly(COMPLAINTS_PER_THOUSAND_ACCOUNTS);
    }

    @Test
    void countsFewerContactsPerAmountAsBetter() {
        List<AccountOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String recovered = String.valueOf(50 + (i % 10) * 10);
            outcomes.add(outcome(Arm.CHAMPION, "1000", recovered, 5 + i % 3, 0));
            outcomes.add(outcome(Arm.CHALLENGER, "1000", recovered, 2 + i % 3, 0));
        }

        MetricReadout contacts = Readout.of(outcomes).metric(CONTACTS_PER_THOUSAND_RECOVERED);

        assertThat(contacts.outcome()).isEqualTo(Outcome.CHALLENGER_LOWER);
        assertThat(contacts.challengerBetter()).isTrue();
        assertThat(contacts.challengerWorse()).isFalse();
        assertThat(contacts.verdict().message()).startsWith("challenger needs fewer contacts per 1,000 recovered: -");
        assertThat(contacts.verdict().message()).endsWith("p < 0.001");
    }

    @Test
    void addsUpEachArmExactly() {
        Readout readout = Readout.of(List.of(outcome(Arm.CHAMPION, "100.10", "0.20", 1, 0),
                outcome(Arm.CHAMPION, "200.20", "0.10", 2, 1), outcome(Arm.CHALLENGER, "0.30", "0.30", 3, 2)));

        assertThat(readout.champion())
            .isEqualTo(new ArmTotals(Arm.CHAMPION, 2, new BigDecimal("300.30"), new BigDecimal("0.30"), 3, 1));
        assertThat(readout.challenger())
            .isEqualTo(new ArmTotals(Arm.CHALLENGER, 1, new BigDecimal("0.30"), new BigDecimal("0.30"), 3, 2));
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0, 1, -0.05, Double.NaN })
    void rejectsAnAlphaOutsideZeroToOne(double alpha) {
        assertThatIllegalArgumentException().isThrownBy(() -> Readout.of(WELCH_EXAMPLE, alpha));
    }

    @Test
    void rejectsNegativeOutcomes() {
        assertThatIllegalArgumentException().isThrownBy(() -> outcome(Arm.CHAMPION, "100", "-1", 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> outcome(Arm.CHAMPION, "100", "1", -1, 0));
    }

    static AccountOutcome outcome(Arm arm, String balance, String recovered, int contacts, int complaints) {
        return new AccountOutcome(arm, new BigDecimal(balance), new BigDecimal(recovered), contacts, complaints);
    }

    private static Interval interval(String estimate, String lower, String upper) {
        return new Interval(new BigDecimal(estimate), new BigDecimal(lower), new BigDecimal(upper));
    }

    /** The same accounts on both arms. */
    private static List<AccountOutcome> bothArms(java.util.function.IntFunction<AccountOutcome> account, int n) {
        List<AccountOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AccountOutcome one = account.apply(i);
            outcomes.add(one);
            outcomes.add(new AccountOutcome(Arm.CHALLENGER, one.balanceAtStart(), one.recovered(), one.contacts(),
                    one.complaints()));
        }
        return outcomes;
    }

    private static List<AccountOutcome> welchExample() {
        List<AccountOutcome> outcomes = new ArrayList<>();
        for (double amount : ReadoutStatisticsTest.WELCH_1) {
            outcomes.add(new AccountOutcome(Arm.CHAMPION, new BigDecimal("100"), BigDecimal.valueOf(amount), 2, 0));
        }
        for (double amount : ReadoutStatisticsTest.WELCH_2) {
            outcomes.add(new AccountOutcome(Arm.CHALLENGER, new BigDecimal("100"), BigDecimal.valueOf(amount), 2, 0));
        }
        return List.copyOf(outcomes);
    }

}
