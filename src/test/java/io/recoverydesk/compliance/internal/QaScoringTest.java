package io.recoverydesk.compliance.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.recoverydesk.kernel.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QaScoringTest {

    static final List<QaScoring.Criterion> CARD = QaScoring.DEFAULT;

    static Map<String, Integer> all(int score) {
        Map<String, Integer> scores = new HashMap<>();
        CARD.forEach(c -> scores.put(c.code(), score));
        return scores;
    }

    @Test
    void theDefaultScorecardIsValidAndItsWeightsSumTo100() {
        assertThat(QaScoring.validate(CARD)).hasSize(6);
        assertThat(CARD.stream().mapToInt(QaScoring.Criterion::weight).sum()).isEqualTo(100);
    }

    @Test
    void fullMarksAre100AndZeroIs0() {
        assertThat(QaScoring.score(CARD, all(5))).isEqualByComparingTo("100.0");
        assertThat(QaScoring.score(CARD, all(0))).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void theWeightedScoreIsExactAtScaleOne() {
        List<QaScoring.Criterion> card = List.of(new QaScoring.Criterion("A", "a", 33),
                new QaScoring.Criterion("B", "b", 67));
        // 33*4/5 + 67*1/5 = (132 + 67) / 5 = 39.8
        assertThat(QaScoring.score(card, Map.of("A", 4, "B", 1))).isEqualTo(new BigDecimal("39.8"));
        // 33*3/5 = 19.8, 67*2/5 = 26.8 -> 46.6
        assertThat(QaScoring.score(card, Map.of("A", 3, "B", 2))).isEqualTo(new BigDecimal("46.6"));
        Map<String, Integer> scores = all(5);
        scores.put("EMPATHY", 2); // loses 10 * 3/5 = 6
        assertThat(QaScoring.score(CARD, scores)).isEqualTo(new BigDecimal("94.0"));
    }

    @Test
    void missingOutOfRangeAndUnknownScoresAreRefused() {
        Map<String, Integer> missing = all(3);
        missing.remove("EMPATHY");
        assertThatThrownBy(() -> QaScoring.score(CARD, missing)).isInstanceOf(BusinessRuleException.class);
        Map<String, Integer> high = all(3);
        high.put("EMPATHY", 6);
        assertThatThrownBy(() -> QaScoring.score(CARD, high)).isInstanceOf(BusinessRuleException.class);
        Map<String, Integer> unknown = all(3);
        unknown.put("X", 1);
        assertThatThrownBy(() -> QaScoring.score(CARD, unknown)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void weightsMustSumTo100AndCodesBeUnique() {
        assertThatThrownBy(() -> QaScoring
            .validate(List.of(new QaScoring.Criterion("A", "a", 50), new QaScoring.Criterion("B", "b", 40))))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessageContaining("not valid");
        assertThatThrownBy(() -> QaScoring
            .validate(List.of(new QaScoring.Criterion("A", "a", 50), new QaScoring.Criterion("a", "b", 50))))
            .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> QaScoring.validate(List.of(new QaScoring.Criterion("A", "", 100))))
            .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> QaScoring.validate(List.of())).isInstanceOf(BusinessRuleException.class);
        assertThat(QaScoring.validate(List.of(new QaScoring.Criterion(" greet ", " Hello ", 100))).get(0))
            .isEqualTo(new QaScoring.Criterion("GREET", "Hello", 100));
    }

    @Test
    void averagesRoundHalfUpAtScaleOne() {
        assertThat(QaScoring.average(new BigDecimal("200.0"), 3)).isEqualTo(new BigDecimal("66.7"));
        assertThat(QaScoring.average(new BigDecimal("0.5"), 2)).isEqualTo(new BigDecimal("0.3"));
        assertThat(QaScoring.average(BigDecimal.ZERO, 0)).isNull();
    }

}
