package io.recoverydesk.strategy.experiments;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small, lopsided and degenerate experiments (empty arms, zero balances, nothing
 * recovered) never break the readout, and it treats the arms symmetrically.
 */
class ReadoutProperties {

    @Property(tries = 1000)
    void alwaysGivesAConsistentReadout(@ForAll("outcomes") List<AccountOutcome> outcomes,
            @ForAll @DoubleRange(min = 0.001, max = 0.5) @Scale(3) double alpha) {
        Readout readout = Readout.of(outcomes, alpha);

        assertThat(readout.metrics()).extracting(MetricReadout::metric).containsExactly(Metric.values());
        assertThat(readout.champion().accounts() + readout.challenger().accounts()).isEqualTo(outcomes.size());
        for (MetricReadout metric : readout.metrics()) {
            if (metric.pValue() != null) {
                assertThat(metric.pValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            }
            for (Interval arm : new Interval[] { metric.champion(), metric.challenger() }) {
                if (arm != null) {
                    assertThat(arm.lower().signum()).isNotNegative();
                }
            }
            assertThat(metric.verdict().message()).doesNotContain("NaN", "Infinity");
        }
        assertThat(readout.enoughAccounts()).isEqualTo(readout.note() == null);
    }

    @Property(tries = 500)
    void swappingTheArmsTurnsEveryDifferenceAround(@ForAll("outcomes") List<AccountOutcome> outcomes) {
        List<AccountOutcome> swapped = outcomes.stream()
            .map(o -> new AccountOutcome((o.arm() == Arm.CHAMPION) ? Arm.CHALLENGER : Arm.CHAMPION, o.balanceAtStart(),
                    o.recovered(), o.contacts(), o.complaints()))
            .toList();

        Readout readout = Readout.of(outcomes);
        Readout turned = Readout.of(swapped);

        for (Metric metric : Metric.values()) {
            MetricReadout one = readout.metric(metric);
            MetricReadout other = turned.metric(metric);
            assertThat(other.champion()).isEqualTo(one.challenger());
            assertThat(other.pValue()).isEqualTo(one.pValue());
            if (one.difference() != null) {
                assertThat(other.difference()).isEqualTo(new Interval(one.difference().estimate().negate(),
                        one.difference().upper().negate(), one.difference().lower().negate()));
            }
        }
    }

    @Provide
    Arbitrary<List<AccountOutcome>> outcomes() {
        Arbitrary<BigDecimal> balance = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2));
        Arbitrary<BigDecimal> recovered = Arbitraries
            .frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(BigDecimal.ZERO)), net.jqwik.api.Tuple.of(1,
                    Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20000")).ofScale(2)));
        Arbitrary<AccountOutcome> outcome = Combinators
            .combine(Arbitraries.of(Arm.class), balance, recovered, Arbitraries.integers().between(0, 12),
                    Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, Arbitraries.just(0)),
                            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 3))))
            .as(AccountOutcome::new);
        return outcome.list().ofMaxSize(80);
    }

}
