package io.recoverydesk.strategy.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityScorerTest {

    static PriorityScorer.Priority score(String balance, String band, long dpd, int due, Integer sinceContact,
            String arrangement, String hold) {
        return PriorityScorer.score(new BigDecimal(balance), band, dpd, due, sinceContact, arrangement, hold);
    }

    @Test
    void thePartsAddUpAndNameThemselves() {
        PriorityScorer.Priority p = score("100000", "A", 20, 1, null, "NONE", "NONE");
        assertThat(p.reasons()).containsExactly("balance 30.00", "propensity 22.50", "dpd 15.00", "due 20.00",
                "recency 10.00", "complexity 0.00");
        assertThat(p.score()).isEqualByComparingTo("97.50");
        assertThat(p.text()).startsWith("balance 30.00; propensity 22.50");
    }

    @Test
    void biggerFresherLessRecentlyContactedAccountsComeFirst() {
        assertThat(score("5000", "NONE", 20, 0, 30, "NONE", "NONE").score())
            .isGreaterThan(score("500", "NONE", 20, 0, 30, "NONE", "NONE").score());
        assertThat(score("5000", "NONE", 20, 0, 30, "NONE", "NONE").score())
            .isGreaterThan(score("5000", "NONE", 400, 0, 30, "NONE", "NONE").score());
        assertThat(score("5000", "NONE", 20, 0, 30, "NONE", "NONE").score())
            .isGreaterThan(score("5000", "NONE", 20, 0, 1, "NONE", "NONE").score());
        assertThat(score("5000", "B", 20, 0, 30, "NONE", "NONE").score())
            .isGreaterThan(score("5000", "D", 20, 0, 30, "NONE", "NONE").score());
    }

    @Test
    void holdsAndKeptArrangementsGoBackButADuePromiseComesForward() {
        BigDecimal plain = score("5000", "NONE", 20, 0, 30, "NONE", "NONE").score();
        assertThat(score("5000", "NONE", 20, 0, 30, "NONE", "DISPUTE").score()).isLessThan(plain);
        assertThat(score("5000", "NONE", 20, 0, 30, "PROMISE", "NONE").score()).isLessThan(plain);
        assertThat(score("5000", "NONE", 20, 1, 30, "PROMISE", "NONE").score()).isGreaterThan(plain);
    }

    @Test
    void theScoreStaysWithinZeroAndAHundred() {
        assertThat(score("0", "E", 900, 0, 0, "PLAN", "BANKRUPTCY").score()).isEqualByComparingTo("0");
        assertThat(score("99999999", "A", 10, 5, null, "NONE", "NONE").score())
            .isLessThanOrEqualTo(BigDecimal.valueOf(100));
    }

}
