package io.recoverydesk.casework.internal;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reasons the system stores with a status change (written by Promises, Plans,
 * PaymentPosting, PaymentReversal and the settlement write-off, in English) read in
 * Chinese and English; anything else is shown as written.
 */
class StatusReasonsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static final String ID = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

    static final String OTHER = "0193a1b2-c3d4-7e5f-8a9b-ffffffffffff";

    final StatusReasons reasons = new StatusReasons(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages-caseview");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void paymentsAndReversals() {
        assertThat(reasons.text("payment " + ID, ZH)).isEqualTo("还款入账（" + ID + "）");
        assertThat(reasons.text("payment " + ID, Locale.ENGLISH)).isEqualTo("Payment posted (" + ID + ")");
        assertThat(reasons.text("reversal of payment " + ID + ": 银行退票", ZH)).isEqualTo("还款冲正（" + ID + "）：银行退票");
        assertThat(reasons.text("reversal of payment " + ID + "; write-off of settlement " + OTHER
                + " undone; credit of 12.50 from other payments applied: chargeback: card", ZH))
            .isEqualTo("还款冲正（" + ID + "），和解 " + OTHER + " 的核销已撤销，已用其他还款的余额 12.50 抵扣：chargeback: card");
        assertThat(reasons.text("reversal of payment " + ID + "; credit of 3 from other payments applied: bounced",
                Locale.ENGLISH))
            .isEqualTo("Payment reversed (" + ID + "); credit of 3 from other payments applied: bounced");
        assertThat(reasons.text("settlement " + ID + " paid; rest written off", ZH))
            .isEqualTo("减免金额已还清，余额核销（减免 " + ID + "）");
    }

    @Test
    void promisesAndPlans() {
        assertThat(reasons.text("promise " + ID, ZH)).isEqualTo("承诺还款（" + ID + "）");
        assertThat(reasons.text("promise " + ID + " cancelled", ZH)).isEqualTo("承诺已取消（" + ID + "）");
        assertThat(reasons.text("promise " + ID + " pending again", ZH)).isEqualTo("承诺恢复待履约（" + ID + "）");
        assertThat(reasons.text("promise " + ID + " broken", ZH)).isEqualTo("承诺跳票（" + ID + "）");
        assertThat(reasons.text("promise " + ID + " partially_kept", Locale.ENGLISH))
            .isEqualTo("Promise partially kept (" + ID + ")");
        assertThat(reasons.text("plan " + ID, ZH)).isEqualTo("建立分期（" + ID + "）");
        assertThat(reasons.text("plan " + ID + " active again", ZH)).isEqualTo("分期恢复进行（" + ID + "）");
        assertThat(reasons.text("plan " + ID + " defaulted", Locale.ENGLISH)).isEqualTo("Plan defaulted (" + ID + ")");
    }

    @Test
    void whatItDoesNotKnowIsShownAsWritten() {
        assertThat(reasons.text(null, ZH)).isNull();
        assertThat(reasons.text("债务人来电确认", ZH)).isEqualTo("债务人来电确认");
        assertThat(reasons.text("payment 12345", ZH)).isEqualTo("payment 12345");
        assertThat(reasons.text("promise " + ID + " eaten", ZH)).isEqualTo("promise " + ID + " eaten");
        assertThat(reasons.text("reversal of payment " + ID + "; something new: why", ZH))
            .isEqualTo("reversal of payment " + ID + "; something new: why");
    }

}
