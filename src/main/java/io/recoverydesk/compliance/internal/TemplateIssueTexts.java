package io.recoverydesk.compliance.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A template check's findings in the reader's language, by the rule that found them (the
 * API keeps the English message). A message this does not know is shown as written.
 */
@Component
class TemplateIssueTexts {

    private static final Pattern QUOTED = Pattern.compile("\\S+ \"(.*)\"", Pattern.DOTALL);

    private static final Pattern UNKNOWN_PLACEHOLDER = Pattern.compile("unknown placeholder (\\{\\{.*\\}\\})");

    private static final Pattern THIRD_PARTY = Pattern.compile("(\\{\\{.*\\}\\}) would tell a third party.*");

    private static final Pattern LENGTH = Pattern.compile("An SMS has at most (\\d+) characters \\((\\d+)\\)");

    private final MessageSource messages;

    TemplateIssueTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(List<TemplateDesk.Issue> issues) {
        return issues.stream().map(this::text).toList();
    }

    /** "正文：违规用语（威胁）：“你等着”". */
    String text(TemplateDesk.Issue issue) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = messages.getMessage("tpl.issue.field." + issue.field(), null, issue.field(), locale);
        return messages.getMessage("tpl.issue.at", new Object[] { field, message(issue, locale) },
                field + ": " + message(issue, locale), locale);
    }

    private String message(TemplateDesk.Issue issue, Locale locale) {
        String message = issue.message();
        Matcher m;
        switch (issue.rule()) {
            case "scanner" -> {
                m = QUOTED.matcher(message);
                if (m.matches() && issue.category() != null) {
                    String category = messages.getMessage("scan." + issue.category(), null, issue.category(), locale);
                    return text("tpl.issue.scanner", message, locale, category, m.group(1));
                }
            }
            case "placeholder" -> {
                m = UNKNOWN_PLACEHOLDER.matcher(message);
                if (m.matches()) {
                    return text("tpl.issue.unknownPlaceholder", message, locale, m.group(1));
                }
                if (message.startsWith("braces that are not a placeholder")) {
                    return text("tpl.issue.braces", message, locale);
                }
            }
            case "third-party" -> {
                m = THIRD_PARTY.matcher(message);
                if (m.matches()) {
                    return text("tpl.issue.thirdParty", message, locale, m.group(1));
                }
            }
            case "opt-out" -> {
                return text(message.startsWith("US SMS") ? "tpl.issue.optOut.SMS" : "tpl.issue.optOut.other", message,
                        locale);
            }
            case "length" -> {
                m = LENGTH.matcher(message);
                if (m.matches()) {
                    return text("tpl.issue.length", message, locale, m.group(1), m.group(2));
                }
            }
            default -> {
                return message;
            }
        }
        return message;
    }

    private String text(String key, String asWritten, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, asWritten, locale);
    }

}
