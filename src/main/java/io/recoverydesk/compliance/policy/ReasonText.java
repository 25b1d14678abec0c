package io.recoverydesk.compliance.policy;

import java.util.List;
import java.util.Optional;

import io.recoverydesk.kernel.SentencePattern;

/**
 * Every sentence a rule gives as its reason: the message key the pages translate and the
 * English pattern ({@link String#format}) the API and the stored alerts carry. Because
 * both live here, an English sentence stored earlier can be read back into its key and
 * values ({@link #parse}) and shown in the reader's language.
 */
public enum ReasonText {

    OUTSIDE_WINDOW("compliance.outside-window", "%s in %s is outside %s–%s local time"),

    CONVERSATIONS_PER_DAY("compliance.conversations-per-day", "%d conversations with the debtor on %s (%s) (limit %d)"),

    UNANSWERED_PER_NUMBER("compliance.unanswered-per-number",
            "%d unanswered attempts to this number on %s (%s) (limit %d)"),

    CALLS_IN_DAYS("compliance.calls-in-days", "%d calls in the %d days from %s (limit %d)"),

    AFTER_CONVERSATION("compliance.after-conversation",
            "telephone conversation about this debt on %s: no calls through %s (%d days, the conversation day is day 1)"),

    HOLD("compliance.hold", "%s hold in force"),

    THIRD_PARTY_UNKNOWN_CN("compliance.third-party-unknown",
            "the third party's contact point is not given, so a refusal cannot be ruled out"),

    THIRD_PARTY_UNKNOWN_US("compliance.third-party-unknown",
            "the third party's contact point is not given, so earlier inquiries cannot be ruled out"),

    THIRD_PARTY_REFUSED("compliance.third-party-refused", "this third party refused further contact"),

    THIRD_PARTY_DEBTOR_REACHABLE("compliance.third-party-debtor-reachable",
            "%d failed attempts to reach the debtor in the last %d days since the debtor was last spoken to (needs %d)"),

    THIRD_PARTY_CONTACTS("compliance.third-party-contacts",
            "%d location inquiries with this third party already (limit %d)"),

    VISIT_COLLECTORS("compliance.visit-collectors", "a field visit by %d collectors (at least %d)");

    private final SentencePattern pattern;

    ReasonText(String key, String english) {
        this.pattern = new SentencePattern(key, english);
    }

    public String key() {
        return pattern.key();
    }

    /** The English pattern ({@link String#format} placeholders). */
    String english() {
        return pattern.english();
    }

    /** The reason for {@code rule} with these values. */
    Reason reason(String rule, Object... args) {
        return Reason.of(rule, pattern.key(), pattern.english(), args);
    }

    /** A sentence read back: the key and the values, as text, in the pattern's order. */
    public record Parsed(String key, List<String> args) {
    }

    /** The key and values of an English reason sentence, if one of these wrote it. */
    public static Optional<Parsed> parse(String message) {
        for (ReasonText text : values()) {
            Optional<List<String>> args = text.pattern.parse(message);
            if (args.isPresent()) {
                return Optional.of(new Parsed(text.key(), args.get()));
            }
        }
        return Optional.empty();
    }

}
