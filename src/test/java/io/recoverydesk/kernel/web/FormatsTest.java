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

}
