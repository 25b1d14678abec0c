package io.recoverydesk.kernel.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aPaymentGivenByItsDateShowsTheDateAloneOthersTheirTime() {
        Formats formats = new Formats();
        // 2026-03-01 as a date: the day's last second in Shanghai
        assertThat(formats.paidAt(java.time.Instant.parse("2026-03-01T15:59:59Z"), "Asia/Shanghai"))
            .isEqualTo("2026-03-01");
        assertThat(formats.paidAt(java.time.Instant.parse("2026-03-01T02:30:00Z"), "Asia/Shanghai"))
            .isEqualTo("2026-03-01 10:30");
        assertThat(formats.paidAt(null, "Asia/Shanghai")).isEmpty();
    }

    @Test
    void priorityPartsAreTranslatedAndOtherReasonsKeptAsWritten() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("strategy.part.balance", Locale.SIMPLIFIED_CHINESE, "余额");
        messages.addMessage("strategy.part.complexity", Locale.SIMPLIFIED_CHINESE, "复杂度");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        Formats formats = new Formats(messages);
        assertThat(formats.reasons(List.of("balance 23.42", "complexity -10.00", "1 promise(s)/callback(s) due now")))
            .containsExactly("余额 23.42", "复杂度 -10.00", "1 promise(s)/callback(s) due now");
        assertThat(new Formats().reason("balance 23.42")).isEqualTo("balance 23.42");
    }

    @Test
    void theInterimPrioritysReasonsReadInTheReadersLanguage() {
        org.springframework.context.support.ResourceBundleMessageSource messages = io.recoverydesk.Bundles
            .messages("messages-strategy");
        Formats formats = new Formats(messages);
        List<String> reasons = List.of("2 promise(s)/callback(s) due now", "balance 1200.00", "bucket M3 × 1.5");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.reasons(reasons)).containsExactly("2 个到期的承诺/回访", "余额 1200.00", "账龄段 M3 × 1.5");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.reasons(reasons)).containsExactly("2 promise(s)/callback(s) due now", "balance 1200.00",
                "bucket M3 × 1.5");
    }

    @Test
    void textsTheSystemWritesIntoPeoplesFieldsReadInTheReadersLanguage() {
        org.springframework.context.support.ResourceBundleMessageSource messages = io.recoverydesk.Bundles
            .messages("messages");
        Formats formats = new Formats(messages);
        String hold = "Outcome DISPUTE recorded on contact 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.systemText(hold)).isEqualTo("联系结果为「提出争议」，系统自动暂停");
        assertThat(formats.systemText("PROMISE 500.00 CNY")).isEqualTo("承诺还款到期 ¥500.00");
        assertThat(formats.systemText("PLAN 80 CNY")).isEqualTo("分期到期 ¥80.00");
        assertThat(formats.systemText("客户说月底发工资")).isEqualTo("客户说月底发工资");
        assertThat(formats.systemText(null)).isNull();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.systemText(hold)).isEqualTo("Placed by the system: outcome Dispute recorded");
        assertThat(formats.systemText("SETTLEMENT 1000.00 CNY")).isEqualTo("Settlement due CN¥1,000.00");
    }

    @Test
    void amountsWithoutACurrencyKeepEveryDigitWithTheReadersSeparators() {
        Formats formats = new Formats();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.amount(new java.math.BigDecimal("2734"))).isEqualTo("2,734.00");
        assertThat(formats.amount(new java.math.BigDecimal("1234.567"))).isEqualTo("1,234.567");
        LocaleContextHolder.setLocale(Locale.GERMANY);
        assertThat(formats.amount(new java.math.BigDecimal("1234.5"))).isEqualTo("1.234,50");
        assertThat(formats.amount(null)).isEmpty();
    }

    @Test
    void theSystemsOwnJobsAreNamedPeopleByTheirUsername() {
        Formats formats = new Formats(io.recoverydesk.Bundles.messages("messages"));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.actor("system")).isEqualTo("系统");
        assertThat(formats.actor("strategy")).isEqualTo("策略引擎");
        assertThat(formats.actor("demo.agent")).isEqualTo("demo.agent");
        assertThat(formats.actor(null)).isNull();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.actor("system")).isEqualTo("System");
    }

}
