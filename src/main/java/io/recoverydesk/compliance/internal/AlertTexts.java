package io.recoverydesk.compliance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recoverydesk.compliance.policy.ReasonText;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An alert's detail in the reader's language. Alerts keep the English sentence the API
 * gives; the desk shows a broken rule's reason by its key and values
 * ({@link ReasonText#parse}), a flagged note's categories by their names, an overdue
 * complaint by its kind. A text this does not know is shown as stored.
 */
@Component
class AlertTexts {

    private static final Pattern RULE_PART = Pattern.compile("([A-Z][A-Z0-9_.]*): (.*)", Pattern.DOTALL);

    private static final Pattern NOTE = Pattern.compile("(?:case note [0-9a-f-]{36}: )?(.*)", Pattern.DOTALL);

    private static final Pattern COMPLAINT = Pattern
        .compile("Complaint [0-9a-f-]{36} not (acknowledged|resolved) in time");

    private final MessageSource messages;

    AlertTexts(MessageSource messages) {
        this.messages = messages;
    }

    String detail(ComplianceAlerts.Alert alert) {
        String detail = alert.detail();
        if (detail == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return switch (alert.kind()) {
            case "VIOLATION" -> parts(detail, locale, this::reason);
            case "NOTE_FLAGGED" -> {
                Matcher note = NOTE.matcher(detail);
                yield note.matches() ? parts(note.group(1), locale, this::category) : detail;
            }
            case ComplaintDesk.ALERT_KIND -> {
                Matcher complaint = COMPLAINT.matcher(detail);
                yield complaint.matches()
                        ? messages.getMessage("alert.complaint." + complaint.group(1), null, detail, locale) : detail;
            }
            default -> detail;
        };
    }

    private interface Part {

        String text(String code, String rest, Locale locale);

    }

    private String parts(String text, Locale locale, Part part) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split("; ")) {
            Matcher m = RULE_PART.matcher(piece);
            out.add(m.matches() ? part.text(m.group(1), m.group(2), locale) : piece);
        }
        return String.join(messages.getMessage("alert.partsJoin", null, "; ", locale), out);
    }

    /** "CN.TIME: 22:05 in Asia/Shanghai is outside 08:00–21:00 local time". */
    private String reason(String rule, String message, Locale locale) {
        String text = ReasonText.parse(message)
            .map(p -> messages.getMessage(p.key(), p.args().toArray(), message, locale))
            .orElse(message);
        return messages.getMessage("alert.part", new Object[] { rule, text }, rule + ": " + text, locale);
    }

    /** "THREAT: 你等着". */
    private String category(String category, String term, Locale locale) {
        String name = messages.getMessage("scan." + category, null, category, locale);
        return messages.getMessage("alert.part", new Object[] { name, term }, name + ": " + term, locale);
    }

}
