package io.recoverydesk.casework.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reasons the system writes with an account's status change ("payment …", "promise …
 * broken", "reversal of payment …: …") in the reader's language. They are stored in
 * English, as the audit trail keeps them; a reason a person typed, or one this does not
 * know, is shown as written.
 */
@Component
class StatusReasons {

    private static final String ID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    private static final Pattern REVERSAL = Pattern.compile("reversal of payment " + ID + "(.*?): (.*)",
            Pattern.DOTALL);

    private static final Pattern WRITE_OFF_UNDONE = Pattern.compile("; write-off of settlement " + ID + " undone");

    private static final Pattern CREDIT_APPLIED = Pattern.compile("; credit of ([0-9.]+) from other payments applied");

    private static final Pattern ARRANGEMENT = Pattern
        .compile("(promise|plan) " + ID + "( cancelled| pending again| active again| [a-z_]+)?");

    private static final Pattern PAYMENT = Pattern.compile("payment " + ID);

    private static final Pattern SETTLEMENT_PAID = Pattern.compile("settlement " + ID + " paid; rest written off");

    private final MessageSource messages;

    StatusReasons(MessageSource messages) {
        this.messages = messages;
    }

    /** The reason in the locale's language; null stays null. */
    String text(String reason, Locale locale) {
        if (reason == null) {
            return null;
        }
        Matcher m = PAYMENT.matcher(reason);
        if (m.matches()) {
            return message("reason.payment", locale, m.group(1));
        }
        m = REVERSAL.matcher(reason);
        if (m.matches()) {
            return reversal(m.group(1), m.group(2), m.group(3), locale, reason);
        }
        m = ARRANGEMENT.matcher(reason);
        if (m.matches()) {
            String what = m.group(3) == null ? "" : m.group(3).strip().replace(' ', '_').toUpperCase(Locale.ROOT);
            String key = "reason." + m.group(1) + (what.isEmpty() ? "" : "." + what);
            return messages.getMessage(key, new Object[] { m.group(2) }, reason, locale);
        }
        m = SETTLEMENT_PAID.matcher(reason);
        if (m.matches()) {
            return message("reason.settlementPaid", locale, m.group(1));
        }
        return reason;
    }

    private String reversal(String payment, String notes, String why, Locale locale, String reason) {
        StringBuilder said = new StringBuilder();
        String rest = notes;
        Matcher undone = WRITE_OFF_UNDONE.matcher(rest);
        if (undone.find()) {
            said.append(message("reason.reversal.writeOffUndone", locale, undone.group(1)));
            rest = rest.replace(undone.group(), "");
        }
        Matcher credit = CREDIT_APPLIED.matcher(rest);
        if (credit.find()) {
            said.append(message("reason.reversal.creditApplied", locale, credit.group(1)));
            rest = rest.replace(credit.group(), "");
        }
        if (!rest.isEmpty()) {
            return reason;
        }
        return messages.getMessage("reason.reversal", new Object[] { payment, said.toString(), why }, reason, locale);
    }

    private String message(String key, Locale locale, String argument) {
        return messages.getMessage(key, new Object[] { argument }, locale);
    }

}
