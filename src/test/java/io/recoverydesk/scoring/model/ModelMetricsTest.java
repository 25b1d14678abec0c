package io.recoverydesk.scoring.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ModelMetricsTest {

    @ParameterizedTest(name = "scores {0} for outcomes {1}: AUC {2}")
    @CsvSource(delimiter = ';', value = {
            // perfect, reversed, and the textbook four-row example
            "0.1 0.2 0.8 0.9; 0 0 1 1; 1.0", "0.9 0.8 0.2 0.1; 0 0 1 1; 0.0", "0.1 0.4 0.35 0.8; 0 0 1 1; 0.75",
            // one tie across classes counts half: (0.5 + 1 + 1 + 1) / 4
            "0.5 0.5 0.2 0.8; 1 0 0 1; 0.875",
            // everything tied: no ranking at all
            "0.3 0.3 0.3 0.3 0.3; 1 0 1 0 0; 0.5",
            // ties inside one class change nothing
            "0.7 0.7 0.2 0.2; 1 1 0 0; 1.0" })
    void computesMannWhitneyAucWithTiesCountingHalf(String scores, String outcomes, double expected) {
        assertThat(ModelMetrics.auc(doubles(scores), booleans(outcomes))).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aucIsUndefinedWithOneClass() {
        assertThat(ModelMetrics.auc(new double[] { 0.2, 0.4 }, new boolean[] { true, true })).isNaN();
    }

    @Test
    void aucMatchesPairCountingOnLargerTiedData() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] scores = new double[300];
        boolean[] outcomes = new boolean[300];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(12) / 12.0;
            outcomes[i] = random.nextDouble() < 0.2 + scores[i] / 2;
        }
        double pairs = 0;
        double wins = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (outcomes[i] && !outcomes[j]) {
                    pairs++;
                    wins += (scores[i] > scores[j]) ? 1 : (scores[i] == scores[j]) ? 0.5 : 0;
                }
            }
        }
        assertThat(ModelMetrics.auc(scores, outcomes)).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void reportsCalibrationAndLiftByDecile() {
        // 20 rows, predictions 0.95, 0.90, ... 0.00; the top 6 rows pay, then every other
        // row
        double[] predicted = new double[20];
        boolean[] actual = new boolean[20];
        for (int i = 0; i < 20; i++) {
            predicted[i] = (19 - i) / 20.0;
            actual[i] = i < 6 || (i % 4 == 0);
        }
        // positives: rows 0-5, 8, 12, 16 = 9 of 20
        ModelMetrics metrics = ModelMetrics.of(predicted, actual);

        assertThat(metrics.count()).isEqualTo(20);
        assertThat(metrics.baseRate()).isEqualTo(0.45);
        assertThat(metrics.deciles()).hasSize(10).allSatisfy((d) -> assertThat(d.count()).isEqualTo(2));
        ModelMetrics.Decile first = metrics.deciles().get(0);
        assertThat(first.decile()).isEqualTo(1);
        assertThat(first.meanPredicted()).isCloseTo(0.925, within(1e-12));
        assertThat(first.observedRate()).isEqualTo(1.0);
        assertThat(first.lift()).isCloseTo(1 / 0.45, within(1e-12));
        assertThat(first.cumulativeCapture()).isCloseTo(2 / 9.0, within(1e-12));
        ModelMetrics.Decile fifth = metrics.deciles().get(4);
        assertThat(fifth.observedRate()).isEqualTo(0.5);
        assertThat(fifth.cumulativeCapture()).isCloseTo(7 / 9.0, within(1e-12));
        assertThat(metrics.deciles().get(9).observedRate()).isZero();
        assertThat(metrics.deciles().get(9).cumulativeCapture()).isEqualTo(1.0);
    }

    @Test
    void computesBrierScore() {
        ModelMetrics metrics = ModelMetrics.of(new double[] { 1.0, 0.0, 0.5, 0.8 },
                new boolean[] { true, false, true, false });
        // (0 + 0 + 0.25 + 0.64) / 4
        assertThat(metrics.brier()).isCloseTo(0.2225, within(1e-12));
    }

    @Test
    void breaksTiesAcrossDecilesByInputOrder() {
        double[] predicted = new double[10];
        java.util.Arrays.fill(predicted, 0.5);
        boolean[] actual = { true, false, false, false, false, false, false, false, false, true };
        ModelMetrics metrics = ModelMetrics.of(predicted, actual);
        assertThat(metrics.deciles().get(0).observedRate()).isEqualTo(1.0);
        assertThat(metrics.deciles().get(9).observedRate()).isEqualTo(1.0);
        assertThat(ModelMetrics.of(predicted, actual)).isEqualTo(metrics);
    }

    @Test
    void keepsOnlyNonEmptyDecilesForFewRows() {
        ModelMetrics metrics = ModelMetrics.of(new double[] { 0.9, 0.1, 0.6 }, new boolean[] { true, false, true });
        assertThat(metrics.deciles()).extracting(ModelMetrics.Decile::count).containsExactly(1, 1, 1);
        assertThat(metrics.deciles()).extracting(ModelMetrics.Decile::decile).containsExactly(4, 7, 10);
    }

    @Test
    void rejectsPredictionsThatAreNotProbabilities() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ModelMetrics.of(new double[] { 1.2 }, new boolean[] { true }));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ModelMetrics.of(new double[] { Double.NaN }, new boolean[] { true }));
    }

    private static double[] doubles(String text) {
        return java.util.Arrays.stream(text.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    private static boolean[] booleans(String text) {
        String[] parts = text.trim().split("\\s+");
        boolean[] out = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parts[i].equals("1");
        }
        return out;
    }

}
