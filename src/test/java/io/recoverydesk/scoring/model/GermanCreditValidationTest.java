package io.recoverydesk.scoring.model;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates the training code on real public data (issue 5 §4): German Credit (Statlog,
 * 1,000 applicants, 7 numeric and 13 nominal attributes, 700 good and 300 bad), as
 * shipped in Weka's jar (test scope only: GPL). The rows go through the same pipeline as
 * tenant data; the outcome modelled is {@code class = good}.
 * <p>
 * Both trainers see the same stratified folds (the split depends only on the seed), so
 * the comparison is paired. Everything is seeded, so the figures are the same on every
 * run.
 */
class GermanCreditValidationTest {

    private static final String CREDIT_G = "weka/gui/knowledgeflow/templates/credit-g.arff";

    private static final int FOLDS = 10;

    private static final int REPEATS = 10;

    private static final long SEED = 20261201L;

    @Test
    void readsGermanCreditThroughTheSchema() {
        Dataset data = germanCredit();
        assertThat(data.size()).isEqualTo(1000);
        assertThat(data.positives()).isEqualTo(700);
        assertThat(data.schema().numeric()).hasSize(7).contains("duration", "credit_amount", "age");
        assertThat(data.schema().categorical()).hasSize(13).contains("checking_status", "purpose", "foreign_worker");
        assertThat(data.row(0).category("checking_status")).isEqualTo("<0");
        assertThat(data.row(0).number("credit_amount")).isEqualTo(1169);
        assertThat(FeaturePipeline.fit(data).columns()).hasSize(7 + 54);
    }

    @Test
    void productionModelRanksAtLeastAsWellAsLogisticRegression() {
        Dataset data = germanCredit();
        long started = System.nanoTime();
        CrossValidation.Result baseline = CrossValidation.repeatedKFold(data, LogisticBaseline.defaults(), FOLDS,
                REPEATS, SEED);
        long baselineDone = System.nanoTime();
        CrossValidation.Result production = CrossValidation.repeatedKFold(data, PropensityTrainer.production(SEED),
                FOLDS, REPEATS, SEED);
        long productionDone = System.nanoTime();

        List<Double> a = production.aucs();
        List<Double> b = baseline.aucs();
        double[] differences = new double[a.size()];
        int wins = 0;
        for (int i = 0; i < differences.length; i++) {
            differences[i] = a.get(i) - b.get(i);
            wins += (differences[i] >= 0) ? 1 : 0;
        }
        double meanDifference = java.util.Arrays.stream(differences).average().orElseThrow();
        double sdDifference = Math
            .sqrt(java.util.Arrays.stream(differences).map((d) -> (d - meanDifference) * (d - meanDifference)).sum()
                    / (differences.length - 1));
        System.out.println(String.format(Locale.ROOT, """

                German Credit (Statlog, 1,000 rows), P(good), %d-fold stratified CV repeated %d times, seed %d
                  baseline   %-24s AUC %.4f ± %.4f  (%.1f s)
                  production %-24s AUC %.4f ± %.4f  (%.1f s)
                  paired difference %+.4f ± %.4f; production >= baseline in %d of %d folds
                """, FOLDS, REPEATS, SEED, baseline.trainer(), baseline.meanAuc(), baseline.sdAuc(),
                (baselineDone - started) / 1e9, production.trainer(), production.meanAuc(), production.sdAuc(),
                (productionDone - baselineDone) / 1e9, meanDifference, sdDifference, wins, differences.length));

        assertThat(baseline.aucs()).hasSize(FOLDS * REPEATS);
        assertThat(baseline.meanAuc()).isBetween(0.74, 0.82);
        assertThat(production.meanAuc()).isGreaterThanOrEqualTo(baseline.meanAuc());
    }

    static Dataset germanCredit() {
        return Arff.readResource(CREDIT_G, "class", "good");
    }

}
