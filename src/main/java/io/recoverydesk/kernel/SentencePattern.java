package io.recoverydesk.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English sentence with {@code %s}/{@code %d} placeholders and the message key that
 * says it in other languages. What the API and the stored records carry is the English
 * sentence; {@link #parse} reads one back into its values, so a page can show it in the
 * reader's language.
 */
public final class SentencePattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("%([ds])");

    private final String key;

    private final String english;

    private final Pattern parser;

    public SentencePattern(String key, String english) {
        this.key = key;
        this.english = english;
        this.parser = Pattern.compile(regex(english), Pattern.DOTALL);
    }

    public String key() {
        return key;
    }

    public String english() {
        return english;
    }

    public String format(Object... args) {
        return String.format(Locale.ROOT, english, args);
    }

    /** The values, as text and in order, when this pattern wrote {@code text}. */
    public Optional<List<String>> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = parser.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            args.add(m.group(i));
        }
        return Optional.of(List.copyOf(args));
    }

    private static String regex(String english) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(english);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(at, m.start())));
            regex.append("d".equals(m.group(1)) ? "(-?\\d+)" : "(.+?)");
            at = m.end();
        }
        return regex.append(Pattern.quote(english.substring(at))).toString();
    }

}
