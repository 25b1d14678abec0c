package io.recoverydesk.allocation.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Placement explanations in the reader's language ({@link LineText}), with product and
 * skill codes named as the pages name them elsewhere (信用卡, 法务, 粤语…).
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
            // the engine upper-cases skills: a language skill is "YUE" for language.yue
            for (String key : new String[] { "product." + code, "skill." + code,
                    "language." + code.toLowerCase(Locale.ROOT) }) {
                String name = messages.getMessage(key, null, null, locale);
                if (name != null) {
                    return name;
                }
            }
            return null;
        });
    }

}
