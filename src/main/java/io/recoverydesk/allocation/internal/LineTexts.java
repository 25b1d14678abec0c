package io.recoverydesk.allocation.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Placement explanations in the reader's language ({@link LineText}), with product and
 * skill codes named as the pages name them elsewhere (信用卡, 法务…).
 */
@Component
class LineTexts {

    private final MessageSource messages;

    LineTexts(MessageSource messages) {
        this.messages = messages;
    }

    String of(String text) {
        Locale locale = LocaleContextHolder.getLocale();
        return LineText.of(text, locale, code -> {
            String product = messages.getMessage("product." + code, null, null, locale);
            return product != null ? product : messages.getMessage("skill." + code, null, null, locale);
        });
    }

}
