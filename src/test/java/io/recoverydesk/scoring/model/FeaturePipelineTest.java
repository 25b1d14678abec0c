package io.recoverydesk.scoring.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class FeaturePipelineTest {

    private static final FeatureSchema SCHEMA = new FeatureSchema(List.of("balance", "age"),
            List.of("product", "channel"));

    /** balance 100, 200, 300, missing; age always present; channel missing once. */
    private static final Dataset TRAINING = new Dataset(SCHEMA,
            List.of(example(100.0, 30.0, "card", "app"), example(200.0, 40.0, "card", "web"),
                    example(300.0, 50.0, "loan", null), example(null, 60.0, "card", "app")));

    @Test
    void laysOutOneColumnPerNumberLevelAndMissingIndicator() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TRAINING);
        assertThat(pipeline.columns()).containsExactly("balance", "balance:missing", "age", "product=card",
                "product=loan", "channel=app", "channel=web", "channel:missing");
        assertThat(pipeline.featureOf(1)).isEqualTo(0);
        assertThat(pipeline.featureOf(4)).isEqualTo(2);
        assertThat(pipeline.featureOf(7)).isEqualTo(3);
    }

    @Test
    void imputesMissingNumberWithTrainingMedianAndFlagsIt() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TRAINING);
        double[] present = pipeline.encode(row(200.0, 45.0, "card", "app"));
        double[] missing = pipeline.encode(row(null, 45.0, "card", "app"));
        // the median of 100, 200, 300 is 200: same standardised value, only the flag
        // differs
        assertThat(missing[0]).isEqualTo(present[0]);
        assertThat(present[1]).isZero();
        assertThat(missing[1]).isEqualTo(1.0);
    }

    @Test
    void standardisesWithTrainingMeanAndDeviation() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TRAINING);
        // training ages 30, 40, 50, 60: mean 45, population sd sqrt(125)
        assertThat(pipeline.encode(row(200.0, 55.0, "card", "app"))[2]).isCloseTo(10 / Math.sqrt(125), within(1e-12));
        double[][] encoded = pipeline.encode(TRAINING);
        double mean = 0;
        for (double[] row : encoded) {
            mean += row[0] / encoded.length;
        }
        assertThat(mean).isCloseTo(0, within(1e-12));
    }

    @Test
    void clipsNumbersToTheTrainingRange() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TRAINING);
        assertThat(pipeline.encode(row(1e9, 45.0, "card", "app"))[0])
            .isEqualTo(pipeline.encode(row(300.0, 45.0, "card", "app"))[0]);
    }

    @Test
    void encodesUnseenLevelAsNoLevelAndMissingLevelAsItsOwnColumn() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TRAINING);
        double[] unseen = pipeline.encode(row(100.0, 30.0, "mortgage", "branch"));
        assertThat(java.util.Arrays.copyOfRange(unseen, 3, 8)).containsExactly(0, 0, 0, 0, 0);
        double[] missing = pipeline.encode(row(100.0, 30.0, "card", null));
        assertThat(java.util.Arrays.copyOfRange(missing, 3, 8)).containsExactly(1, 0, 0, 0, 1);
    }

    @Test
    void imputesWithoutIndicatorWhenTrainingNeverLackedTheFeature() {
        FeaturePipeline pipeline = FeaturePipeline.fit(TRAINING);
        double[] encoded = pipeline.encode(row(100.0, null, null, "app"));
        // age never missing in training: imputed with its median 45, which is also its
        // mean
        assertThat(encoded[2]).isCloseTo(0, within(1e-12));
        // product never missing in training: no level set, no extra column
        assertThat(encoded).hasSize(8);
        assertThat(encoded[3] + encoded[4]).isZero();
    }

    @Test
    void handlesAFeatureMissingInEveryTrainingRow() {
        Dataset training = new Dataset(SCHEMA,
                List.of(example(null, 30.0, null, "app"), example(null, 40.0, null, "web")));
        FeaturePipeline pipeline = FeaturePipeline.fit(training);
        assertThat(pipeline.columns()).contains("balance", "balance:missing", "product:missing");
        assertThat(pipeline.encode(row(500.0, 35.0, "card", "app"))).doesNotContain(Double.NaN);
    }

    @Test
    void rejectsFeaturesTheSchemaDoesNotDeclare() {
        Row stray = Row.builder().number("balance", 1.0).number("income", 2.0).build();
        assertThatIllegalArgumentException().isThrownBy(() -> new Dataset(SCHEMA, List.of(new Example(stray, true))))
            .withMessageContaining("income");
        Row wrongKind = Row.builder().category("balance", "high").build();
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Dataset(SCHEMA, List.of(new Example(wrongKind, true))));
    }

    @Test
    void rejectsDuplicateFeatureNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FeatureSchema(List.of("balance"), List.of("balance")))
            .withMessageContaining("twice");
    }

    @Test
    void readsNaNAsMissing() {
        Row row = Row.builder().number("balance", Double.NaN).build();
        assertThat(row.numbers()).isEmpty();
        assertThat(row.number("balance")).isNaN();
    }

    static Example example(Double balance, Double age, String product, String channel) {
        return new Example(row(balance, age, product, channel), true);
    }

    static Row row(Double balance, Double age, String product, String channel) {
        return Row.builder()
            .number("balance", balance)
            .number("age", age)
            .category("product", product)
            .category("channel", channel)
            .build();
    }

}
