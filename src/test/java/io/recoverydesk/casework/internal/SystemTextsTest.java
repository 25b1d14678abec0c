package io.recoverydesk.casework.internal;

import java.util.Locale;

import io.recoverydesk.Bundles;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts the system stores with a status change (written by Promises, Plans,
 * PaymentPosting, PaymentReversal and the settlement write-off) and with an arrangement's
 * events (Promises, Plans, Settlements), in English, read in Chinese and English;
 * anything else is shown as written.
 */
class SystemTextsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static final String ID = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

    static final String OTHER = "0193a1b2-c3d4-7e5f-8a9b-ffffffffffff";

    final SystemTexts texts = new SystemTexts(messages());

    static ResourceBundleMessageSource messages() {
        return Bundles.messages("messages-caseview", "messages-promises");
    }

    @Test
    void paymentsAndReversals() {
        assertThat(texts.reason("payment " + ID, ZH)).isEqualTo("还款入账");
        assertThat(texts.reason("payment " + ID, Locale.ENGLISH)).isEqualTo("Payment posted");
        assertThat(texts.reason("reversal of payment " + ID + ": 银行退票", ZH)).isEqualTo("还款冲正：银行退票");
        assertThat(texts.reason("reversal of payment " + ID + "; write-off of settlement " + OTHER
                + " undone; credit of 12.50 from other payments applied: chargeback: card", ZH))
            .isEqualTo("还款冲正，和解 " + OTHER + " 的核销已撤销，已用其他还款的余额 12.50 抵扣：chargeback: card");
        assertThat(texts.reason("reversal of payment " + ID + "; credit of 3 from other payments applied: bounced",
                Locale.ENGLISH))
            .isEqualTo("Payment reversed; credit of 3 from other payments applied: bounced");
        assertThat(texts.reason("settlement " + ID + " paid; rest written off", ZH)).isEqualTo("减免金额已还清，余额核销");
    }

    @Test
    void promisesAndPlans() {
        assertThat(texts.reason("promise " + ID, ZH)).isEqualTo("承诺还款");
        assertThat(texts.reason("promise " + ID + " cancelled", ZH)).isEqualTo("承诺已取消");
        assertThat(texts.reason("promise " + ID + " pending again", ZH)).isEqualTo("承诺恢复待履约");
        assertThat(texts.reason("promise " + ID + " broken", ZH)).isEqualTo("承诺跳票");
        assertThat(texts.reason("promise " + ID + " partially_kept", Locale.ENGLISH))
            .isEqualTo("Promise partially kept");
        assertThat(texts.reason("plan " + ID, ZH)).isEqualTo("建立分期");
        assertThat(texts.reason("plan " + ID + " active again", ZH)).isEqualTo("分期恢复进行");
        assertThat(texts.reason("plan " + ID + " defaulted", Locale.ENGLISH)).isEqualTo("Plan defaulted");
    }

    @Test
    void whatItDoesNotKnowIsShownAsWritten() {
        assertThat(texts.reason(null, ZH)).isNull();
        assertThat(texts.reason("债务人来电确认", ZH)).isEqualTo("债务人来电确认");
        assertThat(texts.reason("payment 12345", ZH)).isEqualTo("payment 12345");
        assertThat(texts.reason("promise " + ID + " eaten", ZH)).isEqualTo("promise " + ID + " eaten");
        assertThat(texts.reason("reversal of payment " + ID + "; something new: why", ZH))
            .isEqualTo("reversal of payment " + ID + "; something new: why");
    }

    @Test
    void arrangementDetails() {
        assertThat(texts.detail("due 2026-12-06", ZH)).isEqualTo("2026-12-06 到期");
        assertThat(texts.detail("3 installments to 2027-02-01", ZH)).isEqualTo("共 3 期，最后一期 2027-02-01 到期");
        assertThat(texts.detail("6 × MONTHLY from 2026-12-15", ZH)).isEqualTo("共 6 期，每月，2026-12-15 起");
        assertThat(texts.detail("6 × MONTHLY from 2026-12-15", Locale.ENGLISH))
            .isEqualTo("6 installments, Monthly, from 2026-12-15");
        assertThat(texts.detail("installment 2 due 2027-01-15", ZH)).isEqualTo("第 2 期（2027-01-15 到期）");
        assertThat(texts.detail("was PENDING", ZH)).isEqualTo("此前：待履约");
        assertThat(texts.detail("discount 30.0 %, needs MANAGER: 失业，一次性结清", ZH)).isEqualTo("减免 30.0 %，需主管审批：失业，一次性结清");
        assertThat(texts.detail("within own limit", ZH)).isEqualTo("在本人审批权限内");
        assertThat(texts.detail("valid until 2026-12-31", ZH)).isEqualTo("有效期至 2026-12-31");
        assertThat(texts.detail("a payment was reversed: 300.00 of 800.00 CNY paid since the approval;"
                + " open again until 2026-12-31", ZH))
            .isEqualTo("还款被冲正：批准后已还 300.00 / 800.00 CNY；重新生效，有效期至 2026-12-31");
        assertThat(texts.detail("the balance was paid in full; nothing written off", ZH)).isEqualTo("余额已全额还清，无需核销");
        assertThat(texts.detail("客户要求改期", ZH)).isEqualTo("客户要求改期");
        assertThat(texts.detail(null, ZH)).isNull();
    }

}
