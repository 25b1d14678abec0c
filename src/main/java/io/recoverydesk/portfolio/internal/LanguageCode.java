package io.recoverydesk.portfolio.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A debtor's preferred language as a placement file gives it: a primary language subtag
 * of two or three letters, optionally one subtag for a region or variant ({@code zh},
 * {@code yue}, {@code en}, {@code zh-hk}, {@code ug}), stored in lower case so that
 * allocation compares it with agents' language skills by plain equality.
 */
final class LanguageCode {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    private LanguageCode() {
    }

    /**
     * The code in lower case, or empty when the text is not a language code (blank text
     * is no code either: the caller treats a blank cell as "not given" before asking).
     */
    static Optional<String> normalise(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

}
