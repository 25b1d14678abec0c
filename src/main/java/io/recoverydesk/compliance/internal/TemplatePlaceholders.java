package io.recoverydesk.compliance.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a template may use, {@code {{name}}}, and the US opt-out rule.
 *
 * <p>
 * Opt-out (US pack, SMS and EMAIL): an SMS carries an opt-out when it contains the
 * {@code {{optOutLink}}} placeholder or an instruction "reply/text/send STOP" (any case,
 * STOP may be quoted); an email when it contains {@code {{optOutLink}}}, "unsubscribe",
 * "opt out" or "opt-out".
 */
final class TemplatePlaceholders {

    static final List<String> KNOWN = List.of("debtorName", "creditorName", "creditorRef", "balance", "currency", "dpd",
            "agentName", "optOutLink", "today");

    /**
     * Placeholders a third-party script must not use: each tells the debt or whose it is.
     */
    static final Set<String> DEBT_REVEALING = Set.of("creditorName", "creditorRef", "balance", "currency", "dpd");

    static final String OPT_OUT = "optOutLink";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private static final Pattern SMS_STOP = Pattern.compile("(?i)\\b(reply|text|send)\\s+[\"'“]?stop\\b");

    private static final Pattern EMAIL_OPT_OUT = Pattern.compile("(?i)\\bunsubscribe\\b|\\bopt[\\s-]out\\b");

    private TemplatePlaceholders() {
    }

    /** A placeholder problem: an unknown name, or braces that are no placeholder. */
    record Problem(String message, int start) {
    }

    /** The placeholder names used, in order of first use. */
    static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Unknown placeholders and stray braces. */
    static List<Problem> problems(String text) {
        List<Problem> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder(text);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                problems.add(new Problem("unknown placeholder {{" + m.group(1) + "}}", m.start()));
            }
            for (int i = m.start(); i < m.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        int open = rest.indexOf("{{");
        int close = rest.indexOf("}}");
        if (open >= 0 || close >= 0) {
            int at = open < 0 ? close : close < 0 ? open : Math.min(open, close);
            problems.add(new Problem("braces that are not a placeholder {{name}}", at));
        }
        return problems;
    }

    /** The text with each known placeholder replaced; unknown ones stay as written. */
    static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the US opt-out rule applies to a template of this pack and channel. */
    static boolean optOutRequired(String pack, String channel) {
        return "US".equals(pack) && ("SMS".equals(channel) || "EMAIL".equals(channel));
    }

    /**
     * Whether the text (subject and body together) carries an opt-out for the channel.
     */
    static boolean hasOptOut(String channel, String text) {
        if (text == null) {
            return false;
        }
        if (used(text).contains(OPT_OUT)) {
            return true;
        }
        return switch (channel.toUpperCase(Locale.ROOT)) {
            case "SMS" -> SMS_STOP.matcher(text).find();
            case "EMAIL" -> EMAIL_OPT_OUT.matcher(text).find();
            default -> true;
        };
    }

}
