package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a payment may be: the refusals carry the API's type, the row report's code and the
 * value they name; accepted values come back normalised.
 */
class PaymentRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 12:00 on 2026-03-10 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-03-10T04:00:00Z");

    @Test
    void amountsArePositiveWithAtMostTwoDecimalsAtScaleTwo() {
        assertThat(PaymentRules.amount("300.5")).isEqualByComparingTo("300.50").hasScaleOf(2);
        assertThat(PaymentRules.amount(" 1,200.00 ")).isEqualTo(new BigDecimal("1200.00"));
        assertThat(PaymentRules.amount(new BigDecimal("0.01"))).isEqualTo(new BigDecimal("0.01"));
        assertRefused(() -> PaymentRules.amount(""), "invalid-amount", "amount-required", null);
        assertRefused(() -> PaymentRules.amount("0"), "invalid-amount", "amount-not-positive", "0");
        assertRefused(() -> PaymentRules.amount("-5"), "invalid-amount", "amount-not-positive", "-5");
        assertRefused(() -> PaymentRules.amount("1.234"), "invalid-amount", "amount-decimals", "1.234");
        assertRefused(() -> PaymentRules.amount("1.2.3"), "invalid-amount", "amount-not-a-number", "1.2.3");
        assertRefused(() -> PaymentRules.amount("abc"), "invalid-amount", "amount-not-a-number", "abc");
        assertRefused(() -> PaymentRules.amount("10000000000000000"), "invalid-amount", "amount-too-large",
                "10000000000000000");
    }

    @Test
    void aPaymentFitsAnAccountOfItsCurrencyAndMinorUnit() {
        PaymentRules.fitsAccount("CNY", "CNY", new BigDecimal("10.50"));
        PaymentRules.fitsAccount("JPY", "JPY", new BigDecimal("1000.00"));
        assertRefused(() -> PaymentRules.fitsAccount("CNY", "USD", new BigDecimal("10.00")), "currency-mismatch",
                "currency-mismatch", "CNY");
        assertRefused(() -> PaymentRules.fitsAccount("JPY", "JPY", new BigDecimal("1000.50")), "invalid-amount",
                "amount-minor-unit", "JPY");
    }

    @Test
    void currenciesAreIsoCodes() {
        assertThat(PaymentRules.currency(" cny ")).isEqualTo("CNY");
        assertRefused(() -> PaymentRules.currency(" "), "invalid-currency", "invalid-currency", null);
        assertRefused(() -> PaymentRules.currency("RMB"), "invalid-currency", "invalid-currency", "RMB");
    }

    @Test
    void aDateAloneMeansNowTodayAndTheLastSecondOfAnEarlierDayInTheTenantsZone() {
        assertThat(PaymentRules.paidAt(null, SHANGHAI, NOW)).isEqualTo(NOW);
        assertThat(PaymentRules.paidAt("2026-03-10", SHANGHAI, NOW)).isEqualTo(NOW);
        assertThat(PaymentRules.paidAt("2026-03-09", SHANGHAI, NOW)).isEqualTo(Instant.parse("2026-03-09T15:59:59Z"));
        assertThat(PaymentRules.paidAt("2026-03-10T01:30:00Z", SHANGHAI, NOW))
            .isEqualTo(Instant.parse("2026-03-10T01:30:00Z"));
        // a local time without an offset is the tenant's
        assertThat(PaymentRules.paidAt("2026-03-10T09:30:00", SHANGHAI, NOW))
            .isEqualTo(Instant.parse("2026-03-10T01:30:00Z"));
        assertThat(PaymentRules.paidAt("2026-03-10T09:30:00+08:00", SHANGHAI, NOW))
            .isEqualTo(Instant.parse("2026-03-10T01:30:00Z"));
    }

    @Test
    void aPaymentIsNeverInTheFutureNorAnUnreadableDate() {
        assertRefused(() -> PaymentRules.paidAt("2026-03-11", SHANGHAI, NOW), "paid-in-future", "paid-in-future", null);
        assertRefused(() -> PaymentRules.paidAt("2026-03-10T04:00:01Z", SHANGHAI, NOW), "paid-in-future",
                "paid-in-future", null);
        assertRefused(() -> PaymentRules.paidAt("2026-02-30", SHANGHAI, NOW), "invalid-paid-at", "invalid-paid-at",
                "2026-02-30");
        assertRefused(() -> PaymentRules.paidAt("10/03/2026", SHANGHAI, NOW), "invalid-paid-at", "invalid-paid-at",
                "10/03/2026");
    }

    @Test
    void methodsAndReferences() {
        assertThat(PaymentRules.method(null, "BANK_TRANSFER")).isEqualTo("BANK_TRANSFER");
        assertThat(PaymentRules.method(" wechat_pay ", "OTHER")).isEqualTo("WECHAT_PAY");
        // the names payment-channel files use
        assertThat(PaymentRules.method("微信", "OTHER")).isEqualTo("WECHAT_PAY");
        assertThat(PaymentRules.method("WECHAT", "OTHER")).isEqualTo("WECHAT_PAY");
        assertThat(PaymentRules.method(" 银行转账 ", "OTHER")).isEqualTo("BANK_TRANSFER");
        assertThat(PaymentRules.method("支付宝", "OTHER")).isEqualTo("ALIPAY");
        assertRefused(() -> PaymentRules.method("BITCOIN", "OTHER"), "invalid-method", "invalid-method", "BITCOIN");
        assertThat(PaymentRules.reference("  ")).isNull();
        assertThat(PaymentRules.reference(" WX-1 ")).isEqualTo("WX-1");
        assertThat(PaymentRules.reference("R".repeat(100))).hasSize(100);
        assertRefused(() -> PaymentRules.reference("R".repeat(101)), "invalid-reference", "invalid-reference", null);
    }

    private static void assertRefused(ThrowingCallable call, String type, String code, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PaymentRules.Refusal.class, refusal -> {
            assertThat(refusal.type()).isEqualTo(type);
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.detail()).isEqualTo(detail);
        });
    }

}
