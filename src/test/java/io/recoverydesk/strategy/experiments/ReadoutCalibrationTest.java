package io.recoverydesk.strategy.experiments;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.recoverydesk.strategy.experiments.ExperimentSimulation.Path;
import io.recoverydesk.strategy.experiments.MetricReadout.Outcome;
import org.junit.jupiter.api.Test;

import static io.recoverydesk.strategy.experiments.Metric.AMOUNT_PER_ACCOUNT;
import static io.recoverydesk.strategy.experiments.Metric.COMPLAINTS_PER_THOUSAND_ACCOUNTS;
import static io.recoverydesk.strategy.experiments.Metric.CONTACTS_PER_THOUSAND_RECOVERED;
import static io.recoverydesk.strategy.experiments.Metric.RECOVERY_RATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests against simulated experiments with fixed seeds: with no true difference about
 * alpha of the experiments come out significant, and a large true difference is found.
 */
class ReadoutCalibrationTest {

    private static final int EXPERIMENTS = 400;

    private static final Path USUAL = new Path(0.3, 4, 0.03);

    @Test
    void findsFalseDifferencesInAboutFivePercentOfExperimentsWithoutARealOne() {
        ExperimentSimulation simulation = new ExperimentSimulation(20240601);
        Map<Metric, Integer> significant = new EnumMap<>(Metric.class);
        for (int i = 0; i < EXPERIMENTS; i++) {
            for (MetricReadout metric : Readout.of(simulation.experiment(USUAL, 300, USUAL, 300)).metrics()) {
                significant.merge(metric.metric(), metric.significant() ? 1 : 0, Integer::sum);
            }
        }
        // 20 of 400 expected, binomial standard deviation 4.4; this seed gives 24, 20, 28
        // and 25. The bounds are wide because the approximations are near-exact, not
        // exact: the count itself cannot vary between runs.
        for (Metric metric : Metric.values()) {
            assertThat(significant.get(metric)).as(metric.name()).isBetween(8, 36);
        }
    }

    @Test
    void findsFalseDifferencesAtAboutAlphaWhenArmsAreUneven() {
        ExperimentSimulation simulation = new ExperimentSimulation(42);
        int significant = 0;
        for (int i = 0; i < EXPERIMENTS; i++) {
            Readout readout = Readout.of(simulation.experiment(USUAL, 900, USUAL, 100), 0.10);
            significant += readout.metric(RECOVERY_RATE).significant() ? 1 : 0;
            significant += readout.metric(AMOUNT_PER_ACCOUNT).significant() ? 1 : 0;
        }
        // 80 of 800 at alpha 0.10 if the approximations were exact; with 100 skewed
        // accounts
        // in one arm they run a little liberal (SciPy's Welch test: 11.9 % here), and
        // this
        // seed gives 96
        assertThat(significant).isBetween(50, 115);
    }

    @Test
    void findsALargeDifferenceOnEveryMetric() {
        ExperimentSimulation simulation = new ExperimentSimulation(7);
        Path better = new Path(0.45, 2, 0.0);
        Path worse = new Path(0.25, 4, 0.05);

        Readout readout = Readout.of(simulation.experiment(worse, 1000, better, 1000));

        assertThat(readout.metric(RECOVERY_RATE).outcome()).isEqualTo(Outcome.CHALLENGER_HIGHER);
        assertThat(readout.metric(AMOUNT_PER_ACCOUNT).outcome()).isEqualTo(Outcome.CHALLENGER_HIGHER);
        assertThat(readout.metric(CONTACTS_PER_THOUSAND_RECOVERED).outcome()).isEqualTo(Outcome.CHALLENGER_LOWER);
        assertThat(readout.metric(COMPLAINTS_PER_THOUSAND_ACCOUNTS).outcome()).isEqualTo(Outcome.CHALLENGER_LOWER);
        assertThat(readout.metrics()).allSatisfy(metric -> assertThat(metric.challengerBetter()).isTrue());
    }

    @Test
    void detectsAModerateDifferenceInMostExperimentsOfAdequateSize() {
        ExperimentSimulation simulation = new ExperimentSimulation(99);
        Path challenger = new Path(0.36, 4, 0.03);
        int detected = 0;
        for (int i = 0; i < 60; i++) {
            Readout readout = Readout.of(simulation.experiment(USUAL, 3000, challenger, 3000));
            detected += (readout.metric(RECOVERY_RATE).outcome() == Outcome.CHALLENGER_HIGHER) ? 1 : 0;
        }
        // 30 % against 36 % paying, 3,000 accounts an arm: power about 0.91 (simulated
        // apart), so about 55 of 60
        assertThat(detected).isGreaterThanOrEqualTo(48);
    }

}
