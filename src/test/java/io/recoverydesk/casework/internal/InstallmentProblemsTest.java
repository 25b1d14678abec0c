package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.recoverydesk.Bundles;
import io.recoverydesk.kernel.BusinessRuleException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The panel says what is wrong with each installment the rules refuse, in the reader's
 * language, with the values the rules name.
 */
class InstallmentProblemsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final ResourceBundleMessageSource messages = Bundles.messages("messages-promises");

    private static BusinessRuleException refusal(List<Installment> installments) {
        return catchThrowableOfType(BusinessRuleException.class,
                () -> ArrangementRules.installments(installments, "CNY", TODAY, 30, "installments"));
    }

    @Test
    void aSinglePromiseNamesItsFieldAndTheLimit() {
        BusinessRuleException past = refusal(List.of(new Installment(1, new BigDecimal("100"), TODAY.minusDays(1))));
        assertThat(InstallmentProblems.texts(past, messages, Locale.SIMPLIFIED_CHINESE))
            .containsExactly("日期不能早于今天（2026-03-10）");
        assertThat(InstallmentProblems.texts(past, messages, Locale.ENGLISH))
            .containsExactly("Date is today (2026-03-10) or later");
        BusinessRuleException decimals = refusal(
                List.of(new Installment(1, new BigDecimal("100.123"), TODAY.plusDays(40))));
        assertThat(InstallmentProblems.texts(decimals, messages, Locale.SIMPLIFIED_CHINESE))
            .containsExactly("金额最多 2 位小数", "日期须在 30 天内（最晚 2026-04-09）");
    }

    @Test
    void installmentsAreNumberedFromOne() {
        BusinessRuleException late = refusal(List.of(new Installment(1, new BigDecimal("100"), TODAY.plusDays(3)),
                new Installment(2, new BigDecimal("100"), TODAY.plusDays(31))));
        assertThat(InstallmentProblems.texts(late, messages, Locale.SIMPLIFIED_CHINESE))
            .containsExactly("第 2 期日期须在 30 天内（最晚 2026-04-09）");
        assertThat(InstallmentProblems.texts(late, messages, Locale.ENGLISH))
            .containsExactly("Installment 2 — Date is within 30 days, by 2026-04-09");
    }

    @Test
    void missingValuesAndOtherRefusals() {
        BusinessRuleException missing = catchThrowableOfType(BusinessRuleException.class,
                () -> ArrangementRequests.checked(List.of(new ArrangementRequests.Part(null, null)), ""));
        assertThat(InstallmentProblems.texts(missing, messages, Locale.SIMPLIFIED_CHINESE))
            .containsExactly("金额须填写且大于 0", "日期须填写");
        assertThat(InstallmentProblems.texts(new BusinessRuleException("above-balance", "too much"), messages,
                Locale.SIMPLIFIED_CHINESE))
            .isEmpty();
    }

}
