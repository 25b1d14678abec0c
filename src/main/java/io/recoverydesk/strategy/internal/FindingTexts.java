package io.recoverydesk.strategy.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The strategy check's findings in the reader's language: each by its code with the
 * values it names ({@code strategy.finding.<CODE>}), where it was found ("segment 3",
 * "path CALL_FIRST step 2") by its parts. The API keeps the English message; a finding
 * without a text shows it.
 */
@Component
class FindingTexts {

    private static final Pattern SEGMENT = Pattern.compile("segment (\\d+)");

    private static final Pattern PATH_STEP = Pattern.compile("path (\\S+) step (\\d+)");

    private static final Pattern PATH = Pattern.compile("path (\\S+)");

    private final MessageSource messages;

    FindingTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Which of a finding's values are channel codes. */
    private static int[] channelArgs(String code) {
        return switch (code) {
            case "STEP_TEMPLATE", "STEP_TEMPLATE_UNUSED" -> new int[] { 0 };
            case "STEP_TEMPLATE_CHANNEL" -> new int[] { 1, 2 };
            default -> new int[0];
        };
    }

    /** A finding as the page shows it: where (with its colon) and what. */
    record Shown(String where, String sentence) {
    }

    /** Each finding as shown, by finding. */
    Map<DefinitionCheck.Finding, Shown> of(List<DefinitionCheck.Finding> findings) {
        Map<DefinitionCheck.Finding, Shown> texts = new LinkedHashMap<>();
        findings.forEach(f -> texts.put(f, shown(f)));
        return texts;
    }

    Shown shown(DefinitionCheck.Finding finding) {
        Locale locale = LocaleContextHolder.getLocale();
        String where = where(finding.where(), locale);
        Object[] args = finding.args().toArray();
        if (!"en".equals(locale.getLanguage())) {
            // the uncovered or impossible conditions, named in the reader's words
            if (finding.code().equals("GAP") && args.length > 0) {
                args[0] = bounds(String.valueOf(args[0]), locale);
            }
            if (finding.code().equals("INVALID") && args.length > 1) {
                args[1] = bounds(String.valueOf(args[1]), locale);
            }
        }
        // channels by name (短信, 邮件…): a step's, and a template's made for another
        for (int i : channelArgs(finding.code())) {
            if (i < args.length) {
                args[i] = messages.getMessage("strategy.channel." + args[i], null, String.valueOf(args[i]), locale);
            }
        }
        String sentence = messages.getMessage("strategy.finding." + finding.code(), args, null, locale);
        if (sentence == null) {
            return new Shown(where, finding.message());
        }
        if (finding.example() != null) {
            sentence += (sentence.endsWith("。") ? "" : " ") + messages.getMessage("strategy.finding.example",
                    new Object[] { example(finding.example(), locale) }, locale);
        }
        return new Shown(where, sentence);
    }

    /**
     * An example account in the reader's words ("逾期 31 天、余额 2,000、产品 其他…"); as written
     * when it is not one the check wrote.
     */
    String example(String english, Locale locale) {
        return SegmentFindings.EXAMPLE.parse(english).map(v -> {
            Object[] args = { v.get(0), amount(v.get(1), locale), other(v.get(2), "product.", locale),
                    other(v.get(3), null, locale), other(v.get(4), null, locale), code("scoreBands", v.get(5), locale),
                    code("arrangements", v.get(6), locale), days("contact", v.get(7), locale),
                    days("payment", v.get(8), locale), hold(v.get(9), locale) };
            return messages.getMessage(SegmentFindings.EXAMPLE.key(), args, english, locale);
        }).orElse(english);
    }

    /**
     * A condition of the check's sentences ("dpd: 31..90", "hold in {NONE}") and its key.
     */
    private static final Pattern BOUND = Pattern.compile(
            "(dpd|balance|product|creditor|province|scoreBand|arrangement|daysSinceContact|daysSincePayment|hold):? "
                    + "(.+?)(?=(?:;|,) (?:dpd|balance|product|creditor|province|scoreBand|arrangement|daysSinceContact"
                    + "|daysSincePayment|hold):? |$)");

    private static final Pattern VALUES = Pattern.compile("(not in|in) \\{(.*)}");

    private static final Map<String, String> LABELS = Map.of("dpd", "dpd", "balance", "balance", "product", "products",
            "creditor", "creditors", "province", "provinces", "scoreBand", "scoreBands", "arrangement", "arrangements",
            "daysSinceContact", "contact", "daysSincePayment", "payment", "hold", "holds");

    /**
     * The conditions a gap or an impossible rule is bounded by, as the reader says them
     * ("逾期天数 31–90；还款协议 无协议"); as written when they cannot be read.
     */
    String bounds(String english, Locale locale) {
        if (english.equals("every account")) {
            return messages.getMessage("strategy.bound.every", null, english, locale);
        }
        Matcher m = BOUND.matcher(english);
        List<String> parts = new java.util.ArrayList<>();
        int end = 0;
        while (m.find()) {
            if (m.start() != end && !english.substring(end, m.start()).matches("[;,] ")) {
                return english;
            }
            String key = LABELS.get(m.group(1));
            parts.add(messages.getMessage("strategy.cond." + key, null, key, locale) + " "
                    + value(key, m.group(2), locale));
            end = m.end();
        }
        if (parts.isEmpty() || end != english.length()) {
            return english;
        }
        return String.join(messages.getMessage("strategy.bound.sep", null, "; ", locale), parts);
    }

    private String value(String key, String english, Locale locale) {
        Matcher set = VALUES.matcher(english);
        if (set.matches()) {
            String sep = messages.getMessage("strategy.code.sep", null, ", ", locale);
            String named = java.util.Arrays.stream(set.group(2).split(", "))
                .filter(v -> !v.isEmpty())
                .map(code -> messages.getMessage("strategy.code." + key + "." + code, null,
                        messages.getMessage("hold.type." + code, null, other(code, "product.", locale), locale),
                        locale))
                .collect(java.util.stream.Collectors.joining(sep));
            return set.group(1).equals("in") ? named
                    : messages.getMessage("strategy.bound.notIn", new Object[] { named }, locale);
        }
        String never = messages.getMessage("strategy.bound.never", null, "never", locale);
        return english.replaceAll("^\\[(.+), (.+)\\)$", "$1–$2")
            .replace("..", "–")
            .replace(" or never", messages.getMessage("strategy.bound.orNever", null, " or never", locale))
            .replace("never", never);
    }

    private String days(String since, String days, Locale locale) {
        return "never".equals(days) ? messages.getMessage("strategy.example." + since + "Never", null, locale)
                : messages.getMessage("strategy.example." + since, new Object[] { days }, locale);
    }

    private static String amount(String plain, Locale locale) {
        try {
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(new java.math.BigDecimal(plain));
        }
        catch (NumberFormatException ex) {
            return plain;
        }
    }

    /** The check's made-up values ("OTHER-1": any value no rule names) as "other". */
    private String other(String value, String prefix, Locale locale) {
        if (value.startsWith("OTHER-")) {
            return messages.getMessage("strategy.example.other", null, value, locale);
        }
        return prefix == null ? value : messages.getMessage(prefix + value, null, value, locale);
    }

    private String code(String set, String value, Locale locale) {
        return messages.getMessage("strategy.code." + set + "." + value, null, value, locale);
    }

    private String hold(String value, Locale locale) {
        String named = messages.getMessage("strategy.code.holds." + value, null, null, locale);
        return named != null ? named : messages.getMessage("hold.type." + value, null, value, locale);
    }

    private String where(String where, Locale locale) {
        if (where == null) {
            return "";
        }
        if (where.equals("segments")) {
            return messages.getMessage("strategy.where.segments", null, where, locale);
        }
        Matcher step = PATH_STEP.matcher(where);
        if (step.matches()) {
            return messages.getMessage("strategy.where.pathStep", new Object[] { step.group(1), step.group(2) }, where,
                    locale);
        }
        Matcher path = PATH.matcher(where);
        if (path.matches()) {
            return messages.getMessage("strategy.where.path", new Object[] { path.group(1) }, where, locale);
        }
        StringBuilder out = new StringBuilder();
        for (String part : where.split(", ")) {
            Matcher segment = SEGMENT.matcher(part);
            if (!segment.matches()) {
                return where;
            }
            out.append(out.isEmpty() ? "" : messages.getMessage("strategy.where.and", null, ", ", locale))
                .append(messages.getMessage("strategy.where.segment", new Object[] { segment.group(1) }, part, locale));
        }
        return out + messages.getMessage("strategy.where.colon", null, ":", locale);
    }

}
