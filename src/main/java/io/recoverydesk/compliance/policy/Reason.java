package io.recoverydesk.compliance.policy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a contact is blocked: the rule id of COMPLIANCE.md, and the numbers used, both as
 * an English sentence and as a message key with arguments so the UI can translate it.
 *
 * @param rule e.g. {@code US.CALLS_7IN7}
 * @param messageKey stable key for translations, e.g. {@code compliance.calls-in-days}
 * @param args the values of the key's placeholders, in order
 * @param message the English text, e.g. "7 calls in the 7 days from 2024-06-03 (limit 7)"
 */
public record Reason(String rule, String messageKey, List<Object> args, String message) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
        args = List.copyOf(args);
    }

    /**
     * {@code englishPattern} uses {@link String#format} placeholders for {@code args}.
     */
    static Reason of(String rule, String messageKey, String englishPattern, Object... args) {
        return new Reason(rule, messageKey, List.of(args), String.format(Locale.ROOT, englishPattern, args));
    }

}
