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
        String sentence = messages.getMessage("strategy.finding." + finding.code(), finding.args().toArray(), null,
                locale);
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
