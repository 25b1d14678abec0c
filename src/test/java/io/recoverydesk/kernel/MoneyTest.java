package io.recoverydesk.kernel;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

    @Test
    void keepsTheCurrencyScaleAndAddsWithoutRounding() {
        Money a = Money.of("10.1", "CNY");
        Money b = Money.of("0.25", "CNY");
        assertThat(a.plus(b).amount()).isEqualByComparingTo("10.35");
        assertThat(a.amount().scale()).isEqualTo(2);
        assertThat(Money.of("5", "JPY").amount().scale()).isZero();
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHasAndMixedCurrencies() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.005", "CNY"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")));
        assertThat(new Money(new BigDecimal("1.500"), Currency.getInstance("CNY")).amount())
            .isEqualByComparingTo("1.50");
    }

}
