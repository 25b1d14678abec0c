package io.recoverydesk.scoring.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CrossValidationTest {

    @Test
    void givesTheSameFoldAucsForTheSameSeed() {
        Dataset data = PropensityModelTest.synthetic(400, 21);
        CrossValidation.Result first = CrossValidation.repeatedKFold(data, LogisticBaseline.defaults(), 5, 2, 9);
        CrossValidation.Result again = CrossValidation.repeatedKFold(data, LogisticBaseline.defaults(), 5, 2, 9);
        assertThat(first.aucs()).hasSize(10).isEqualTo(again.aucs());
        assertThat(first.meanAuc()).isBetween(0.7, 0.9);
        assertThat(first.sdAuc()).isPositive();
        assertThat(first.toString()).contains("logistic: AUC 0.").contains("(5-fold × 2)");
    }

    @Test
    void differentSeedsShuffleDifferently() {
        Dataset data = PropensityModelTest.synthetic(400, 21);
        assertThat(CrossValidation.repeatedKFold(data, LogisticBaseline.defaults(), 5, 1, 1).aucs())
            .isNotEqualTo(CrossValidation.repeatedKFold(data, LogisticBaseline.defaults(), 5, 1, 2).aucs());
    }

    @Test
    void refusesFoldsThatCannotHoldBothOutcomes() {
        Dataset data = PropensityModelTest.synthetic(400, 21);
        Dataset fewPositives = data.subset(java.util.stream.IntStream.range(0, data.size())
            .filter((i) -> !data.positive(i) || i < 40 && countPositivesBefore(data, i) < 3)
            .toArray());
        assertThat(fewPositives.positives()).isEqualTo(3);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> CrossValidation.repeatedKFold(fewPositives, LogisticBaseline.defaults(), 5, 1, 1))
            .withMessageContaining("each fold needs both outcomes");
    }

    private static int countPositivesBefore(Dataset data, int index) {
        int count = 0;
        for (int i = 0; i < index; i++) {
            count += data.positive(i) ? 1 : 0;
        }
        return count;
    }

}
