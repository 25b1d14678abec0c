package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.util.UUID;

import io.recoverydesk.casework.PriorityPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InterimPriorityTest {

    final InterimPriority policy = new InterimPriority();

    @ParameterizedTest
    @CsvSource({ "1000, M0, 500.0000", "1000, M1, 1000.0000", "1000, M2, 900.0000", "1000, M3, 800.0000",
            "1000, M4, 600.0000", "1000, M5, 500.0000", "1000, M6, 400.0000", "1000, M6+, 200.0000", "0, M1, 0.0000",
            "1234.56, M2, 1111.1040" })
    void balanceTimesBucketWeight(BigDecimal balance, String bucket, BigDecimal expected) {
        PriorityPolicy.Priority p = policy.score(new PriorityPolicy.Facts(UUID.randomUUID(), balance, 10, bucket, 0));
        assertThat(p.score()).isEqualByComparingTo(expected);
        assertThat(p.reasons()).anySatisfy(r -> assertThat(r).startsWith("bucket " + bucket + " × "));
    }

    @Test
    void aPromiseOrCallbackDueNowOutranksAnyBalance() {
        PriorityPolicy.Priority due = policy
            .score(new PriorityPolicy.Facts(UUID.randomUUID(), new BigDecimal("10"), 400, "M6+", 1));
        PriorityPolicy.Priority rich = policy
            .score(new PriorityPolicy.Facts(UUID.randomUUID(), new BigDecimal("999999999"), 10, "M1", 0));
        assertThat(due.score()).isGreaterThan(rich.score());
        assertThat(due.reasons().get(0)).contains("due now");
    }

    @Test
    void biggerBalanceInAFresherBucketComesFirst() {
        BigDecimal m1 = policy.score(new PriorityPolicy.Facts(null, new BigDecimal("1000"), 10, "M1", 0)).score();
        BigDecimal m6 = policy.score(new PriorityPolicy.Facts(null, new BigDecimal("1000"), 200, "M6+", 0)).score();
        assertThat(m1).isGreaterThan(m6);
    }

}
