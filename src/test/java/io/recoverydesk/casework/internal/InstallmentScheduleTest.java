package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.recoverydesk.casework.internal.InstallmentSchedule.Frequency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plan installments: exact sums, the remainder on the last one, dates by frequency. */
class InstallmentScheduleTest {

    @Test
    void putsTheRemainderCentsOnTheLastInstallment() {
        List<Installment> parts = InstallmentSchedule.split(new BigDecimal("1000.00"), 3, Frequency.MONTHLY,
                LocalDate.of(2026, 1, 31), 2);
        assertThat(parts).extracting(Installment::amount)
            .containsExactly(new BigDecimal("333.33"), new BigDecimal("333.33"), new BigDecimal("333.34"));
        // month ends are clamped, never skipped
        assertThat(parts).extracting(Installment::dueDate)
            .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
    }

    @Test
    void weeklyAndFortnightlyStepBySevenAndFourteenDays() {
        LocalDate first = LocalDate.of(2026, 12, 28);
        assertThat(InstallmentSchedule.split(BigDecimal.TEN, 2, Frequency.WEEKLY, first, 2))
            .extracting(Installment::dueDate)
            .containsExactly(first, LocalDate.of(2027, 1, 4));
        assertThat(InstallmentSchedule.split(BigDecimal.TEN, 2, Frequency.FORTNIGHTLY, first, 2))
            .extracting(Installment::dueDate)
            .containsExactly(first, LocalDate.of(2027, 1, 11));
    }

    @Test
    void rejectsATotalTooSmallToSplit() {
        assertThatThrownBy(
                () -> InstallmentSchedule.split(new BigDecimal("0.05"), 6, Frequency.WEEKLY, LocalDate.now(), 2))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("too small");
        assertThatThrownBy(
                () -> InstallmentSchedule.split(new BigDecimal("10.005"), 2, Frequency.WEEKLY, LocalDate.now(), 2))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void installmentsSumExactlyToTheTotal(@ForAll("totals") BigDecimal total,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll Frequency frequency, @ForAll("dates") LocalDate first) {
        if (total.compareTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(n))) < 0) {
            return;
        }
        List<Installment> parts = InstallmentSchedule.split(total, n, frequency, first, 2);
        assertThat(parts).hasSize(n);
        assertThat(InstallmentSchedule.sum(parts)).isEqualByComparingTo(total);
        BigDecimal each = parts.get(0).amount();
        for (int k = 0; k < n; k++) {
            Installment part = parts.get(k);
            assertThat(part.seq()).isEqualTo(k + 1);
            assertThat(part.amount().scale()).isEqualTo(2);
            assertThat(part.amount().signum()).isPositive();
            if (k < n - 1) {
                assertThat(part.amount()).isEqualTo(each);
            }
            else {
                // the remainder is less than one cent per installment
                assertThat(part.amount().subtract(each)).isBetween(BigDecimal.ZERO,
                        new BigDecimal("0.01").multiply(BigDecimal.valueOf(n)));
            }
            if (k > 0) {
                LocalDate previous = parts.get(k - 1).dueDate();
                long days = ChronoUnit.DAYS.between(previous, part.dueDate());
                switch (frequency) {
                    case WEEKLY -> assertThat(days).isEqualTo(7);
                    case FORTNIGHTLY -> assertThat(days).isEqualTo(14);
                    case MONTHLY -> assertThat(days).isBetween(28L, 31L);
                }
            }
        }
        assertThat(parts.get(0).dueDate()).isEqualTo(first);
    }

    @Provide
    Arbitrary<BigDecimal> totals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("9999999.99")).ofScale(2);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    }

}
