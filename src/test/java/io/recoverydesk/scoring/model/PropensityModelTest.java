package io.recoverydesk.scoring.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.recoverydesk.scoring.model.ReasonCode.Direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Models trained on synthetic accounts whose true propensity we wrote down:
 * {@code logit = 0.3 + 1.5 z(paid_before) - 1.2 z(days_past_due) + 0.8 [promise_kept] - 0.8 [no_contact]},
 * where a missing phone ({@code contact} absent) counts as no contact, and {@code noise}
 * plays no part.
 */
class PropensityModelTest {

    static final FeatureSchema SCHEMA = new FeatureSchema(List.of("paid_before", "days_past_due", "noise"),
            List.of("last_outcome", "contact"));

    private static Dataset data;

    private static Map<String, PropensityModel> models;

    @BeforeAll
    static void train() {
        data = synthetic(3000, 11);
        models = Map.of("logistic", LogisticBaseline.defaults().train(data), "logistic+boosted-trees",
                PropensityTrainer.production(7).train(data));
    }

    @AfterAll
    static void free() {
        models.values().forEach(PropensityModel::close);
    }

    @ParameterizedTest
    @ValueSource(strings = { "logistic", "logistic+boosted-trees" })
    void ranksHeldOutAccountsCloseToTheTruth(String algorithm) {
        Dataset holdout = synthetic(2000, 99);
        ModelMetrics metrics = ModelMetrics.evaluate(models.get(algorithm), holdout);
        double[] truth = holdout.examples().stream().mapToDouble((e) -> trueProbability(e.row())).toArray();
        boolean[] outcomes = new boolean[holdout.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = holdout.positive(i);
        }
        assertThat(metrics.auc()).isGreaterThan(ModelMetrics.auc(truth, outcomes) - 0.02);
        // calibrated: each decile's mean prediction near its observed rate
        assertThat(metrics.deciles())
            .allSatisfy((d) -> assertThat(d.meanPredicted()).isCloseTo(d.observedRate(), within(0.08)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "logistic", "logistic+boosted-trees" })
    void namesTheFeaturesThatRaiseOrLowerAnAccountsScore(String algorithm) {
        PropensityModel model = models.get(algorithm);
        // truth, relative to the population: paid_before +1.5, last_outcome +0.6,
        // days_past_due +0.5
        Row goodPayer = account(2.0, 45.0, 0.1, "promise_kept", "reached");
        List<ReasonCode> reasons = model.reasons(goodPayer, 3);
        assertThat(reasons).hasSize(3);
        assertThat(reasons.get(0).feature()).isEqualTo("paid_before");
        assertThat(reasons).extracting(ReasonCode::feature).doesNotContain("noise");
        assertThat(reasons).allSatisfy((r) -> assertThat(r.direction()).isEqualTo(Direction.RAISES));

        // truth: days_past_due -2.1 (150 is clipped to the training maximum, 120),
        // paid_before -1.5,
        // contact -0.6, last_outcome -0.2
        Row poorPayer = account(0.0, 150.0, 0.1, "broken_promise", null);
        List<ReasonCode> against = model.reasons(poorPayer, 4);
        assertThat(against).extracting(ReasonCode::feature)
            .startsWith("days_past_due")
            .contains("paid_before", "contact")
            .doesNotContain("noise");
        assertThat(against).allSatisfy((r) -> assertThat(r.direction()).isEqualTo(Direction.LOWERS));
        assertThat(against).allSatisfy((r) -> assertThat(r.contribution()).isNegative());
        assertThat(Math.abs(against.get(0).contribution()))
            .isGreaterThanOrEqualTo(Math.abs(against.get(1).contribution()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "logistic", "logistic+boosted-trees" })
    void reasonContributionsAddUpToTheShiftFromTheTrainingPopulation(String algorithm) {
        PropensityModel model = models.get(algorithm);
        for (Row row : List.of(account(2.0, 10.0, -1.0, "promise_kept", "reached"),
                account(null, null, null, null, null), data.row(17))) {
            double sum = model.contributions(row).values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(sum).isCloseTo(model.logOdds(row) - model.baselineLogOdds(), within(1e-3));
        }
    }

    @Test
    void logisticReasonIsCoefficientTimesDistanceFromTheMean() {
        PropensityModel model = models.get("logistic");
        Row base = account(1.0, 30.0, 0.0, "promise_kept", "reached");
        Row more = account(2.0, 30.0, 0.0, "promise_kept", "reached");
        double perUnit = model.contributions(more).get("paid_before") - model.contributions(base).get("paid_before");
        // linear in the value: the step from 1 to 2 equals the change in log-odds
        assertThat(perUnit).isCloseTo(model.logOdds(more) - model.logOdds(base), within(1e-4));
        assertThat(perUnit).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = { "logistic", "logistic+boosted-trees" })
    void scoresRowsWithMissingValues(String algorithm) {
        PropensityModel model = models.get(algorithm);
        double empty = model.probability(Row.builder().build());
        assertThat(empty).isStrictlyBetween(0.0, 1.0);
        // a missing phone was a bad sign in training
        double reached = model.probability(account(1.0, 30.0, 0.0, "promise_kept", "reached"));
        double noPhone = model.probability(account(1.0, 30.0, 0.0, "promise_kept", null));
        assertThat(noPhone).isLessThan(reached);
        // a level never seen in training scores without failing
        assertThat(model.probability(account(1.0, 30.0, 0.0, "legal_hold", "reached"))).isStrictlyBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = { "logistic", "logistic+boosted-trees" })
    void readsBackFromBytesWithIdenticalPredictionsAndReasons(String algorithm) {
        PropensityModel model = models.get(algorithm);
        byte[] bytes = model.toBytes();
        try (PropensityModel loaded = PropensityModel.fromBytes(bytes)) {
            List<Row> rows = data.examples().stream().limit(200).map(Example::row).toList();
            assertThat(loaded.probabilities(rows)).containsExactly(model.probabilities(rows));
            assertThat(loaded.reasons(data.row(3), 5)).isEqualTo(model.reasons(data.row(3), 5));
            assertThat(loaded.baselineLogOdds()).isEqualTo(model.baselineLogOdds());
            assertThat(loaded.algorithm()).isEqualTo(algorithm);
            assertThat(loaded.schema()).isEqualTo(SCHEMA);
            assertThat(loaded.toBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void batchAndSingleRowScoringAgree() {
        PropensityModel model = models.get("logistic+boosted-trees");
        List<Row> rows = data.examples().stream().limit(50).map(Example::row).toList();
        double[] batch = model.probabilities(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(model.probability(rows.get(i))).isEqualTo(batch[i]);
        }
    }

    @Test
    void trainingIsDeterministicForASeed() {
        Dataset small = synthetic(500, 3);
        try (PropensityModel a = PropensityTrainer.production(5).train(small);
                PropensityModel b = PropensityTrainer.production(5).train(small)) {
            assertThat(a.toBytes()).isEqualTo(b.toBytes());
        }
    }

    @Test
    void rejectsBytesThatAreNotAModel() {
        assertThatIllegalArgumentException().isThrownBy(() -> PropensityModel.fromBytes(new byte[] { 1, 2, 3 }));
        byte[] truncated = java.util.Arrays.copyOf(models.get("logistic").toBytes(), 40);
        assertThatIllegalArgumentException().isThrownBy(() -> PropensityModel.fromBytes(truncated));
    }

    @Test
    void refusesToTrainOnOneOutcome() {
        Dataset allPaid = new Dataset(SCHEMA,
                data.examples().stream().map((e) -> new Example(e.row(), true)).limit(50).toList());
        assertThatIllegalArgumentException().isThrownBy(() -> LogisticBaseline.defaults().train(allPaid))
            .withMessageContaining("both outcomes");
    }

    @Test
    void measuresAHoldoutSplitOfTheRequestedSize() {
        CrossValidation.Holdout holdout = CrossValidation.holdout(data, LogisticBaseline.defaults(), 0.25, 1);
        try (PropensityModel model = holdout.model()) {
            assertThat(holdout.holdoutRows()).isEqualTo(750);
            assertThat(holdout.trainingRows()).isEqualTo(2250);
            assertThat(holdout.metrics().count()).isEqualTo(750);
            assertThat(holdout.metrics().auc()).isGreaterThan(0.75);
            assertThat(holdout.metrics().baseRate()).isCloseTo((double) data.positives() / data.size(), within(0.01));
        }
    }

    static double trueLogit(Row row) {
        double paid = Double.isNaN(row.number("paid_before")) ? 1.0 : row.number("paid_before");
        double dpd = Double.isNaN(row.number("days_past_due")) ? 60.0 : row.number("days_past_due");
        return 0.3 + 1.5 * (paid - 1.0) - 1.2 * (dpd - 60.0) / 35.0
                + ("promise_kept".equals(row.category("last_outcome")) ? 0.8 : 0)
                - ((row.category("contact") == null || "unreachable".equals(row.category("contact"))) ? 0.8 : 0);
    }

    static double trueProbability(Row row) {
        return 1 / (1 + Math.exp(-trueLogit(row)));
    }

    /**
     * paid_before ~ U(0, 2), days_past_due ~ U(0, 120), 10 % of both missing, 15 %
     * without a phone.
     */
    static Dataset synthetic(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] outcomes = { "promise_kept", "broken_promise", "no_answer", "refused" };
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Double paid = (random.nextDouble() < 0.1) ? null : random.nextDouble() * 2;
            Double dpd = (random.nextDouble() < 0.1) ? null : random.nextDouble() * 120;
            double contactDraw = random.nextDouble();
            String contact = (contactDraw < 0.15) ? null : (contactDraw < 0.3) ? "unreachable" : "reached";
            Row row = account(paid, dpd, random.nextDouble() * 2 - 1, outcomes[random.nextInt(outcomes.length)],
                    contact);
            examples.add(new Example(row, random.nextDouble() < trueProbability(row)));
        }
        return new Dataset(SCHEMA, examples);
    }

    static Row account(Double paidBefore, Double daysPastDue, Double noise, String lastOutcome, String contact) {
        return Row.builder()
            .number("paid_before", paidBefore)
            .number("days_past_due", daysPastDue)
            .number("noise", noise)
            .category("last_outcome", lastOutcome)
            .category("contact", contact)
            .build();
    }

}
