package io.recoverydesk.portfolio.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An import report's row errors and warnings in the reader's language. They are stored in
 * English (the API and the CSV report give them so); the page shows each by its code,
 * with the column and the values the stored text names. A text this does not know is
 * shown as stored.
 */
@Component
class ImportTexts {

    /** What a stored error text says beyond its column: the parts the message quotes. */
    private record Rule(Pattern pattern, Function<Matcher, Object[]> parts) {

        static Rule plain() {
            return new Rule(Pattern.compile("(?s).*"), m -> new Object[0]);
        }

        static Rule quoting(String regex) {
            Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
            return new Rule(pattern, m -> {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return groups;
            });
        }

    }

    private static final Map<String, Rule> ERRORS = Map.ofEntries(Map.entry("REQUIRED", Rule.plain()),
            Map.entry("INVALID_VALUE", Rule.plain()), Map.entry("INVALID_COUNTRY", Rule.plain()),
            Map.entry("INVALID_CURRENCY", Rule.plain()), Map.entry("INVALID_NATIONAL_ID", Rule.plain()),
            Map.entry("INVALID_EMAIL", Rule.plain()), Map.entry("NEGATIVE_AMOUNT", Rule.plain()),
            Map.entry("INVALID_PHONE", Rule.quoting("not a valid phone number for (\\S+): (.*)")),
            Map.entry("TOO_LONG", Rule.quoting(".* is longer than (\\d+) characters")),
            Map.entry("INVALID_AMOUNT", Rule.quoting(".*; got '(.*)'")),
            Map.entry("INVALID_LANGUAGE", Rule.quoting(".*; got '(.*)'")),
            Map.entry("INVALID_DATE", Rule.quoting(".*; got '(.*)'")),
            Map.entry("FUTURE_DATE", Rule.quoting("\\S+ (.*) is in the future")),
            Map.entry("DUPLICATE_REF", Rule.quoting("creditor_ref (.*) already appears in row (\\d+) of this file")));

    private static final List<Map.Entry<Pattern, String>> WARNINGS = List.of(
            Map.entry(Pattern.compile("Unknown column '(.*)' was ignored\\."), "placement.warning.unknownColumn"),
            Map.entry(Pattern.compile("Column '(.*)' appears twice; the first one was used\\."),
                    "placement.warning.twice"));

    private final MessageSource messages;

    ImportTexts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The error's explanation: by its code, the column first, then what the text quotes.
     */
    String error(RowError error) {
        Rule rule = ERRORS.get(error.code());
        if (rule == null || error.message() == null) {
            return error.message();
        }
        Matcher m = rule.pattern().matcher(error.message());
        if (!m.matches()) {
            return error.message();
        }
        Object[] parts = rule.parts().apply(m);
        Object[] args = new Object[parts.length + 1];
        args[0] = error.column();
        System.arraycopy(parts, 0, args, 1, parts.length);
        return messages.getMessage("placement.error." + error.code(), args, error.message(),
                LocaleContextHolder.getLocale());
    }

    String warning(String warning) {
        for (Map.Entry<Pattern, String> known : WARNINGS) {
            Matcher m = known.getKey().matcher(warning);
            if (m.matches()) {
                return messages.getMessage(known.getValue(), new Object[] { m.group(1) }, warning,
                        LocaleContextHolder.getLocale());
            }
        }
        return warning;
    }

}
