package io.recoverydesk.casework.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The texts the system writes into an account's history — the reason of a status change
 * ("payment …", "promise … broken", "reversal of payment …: …") and the detail of an
 * arrangement's event ("due …", "was PENDING", "valid until …") — in the reader's
 * language. They are stored in English, as the audit trail keeps them; a text a person
 * typed, or one this does not know, is shown as written.
 */
@Component
class SystemTexts {

    private static final String ID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";

    private static final Pattern REVERSAL = Pattern.compile("reversal of payment " + ID + "(.*?): (.*)",
            Pattern.DOTALL);

    private static final Pattern WRITE_OFF_UNDONE = Pattern.compile("; write-off of settlement " + ID + " undone");

    private static final Pattern CREDIT_APPLIED = Pattern.compile("; credit of ([0-9.]+) from other payments applied");

    private static final Pattern ARRANGEMENT = Pattern
        .compile("(promise|plan) " + ID + "( cancelled| pending again| active again| [a-z_]+)?");

    private static final Pattern PAYMENT = Pattern.compile("payment " + ID);

    private static final Pattern SETTLEMENT_PAID = Pattern.compile("settlement " + ID + " paid; rest written off");

    private static final Pattern DUE = Pattern.compile("due " + DATE);

    private static final Pattern INSTALLMENTS_TO = Pattern.compile("(\\d+) installments to " + DATE);

    private static final Pattern PLAN_SCHEDULE = Pattern.compile("(\\d+) × ([A-Z]*) from " + DATE);

    private static final Pattern INSTALLMENT_DUE = Pattern.compile("installment (\\d+) due " + DATE);

    private static final Pattern WAS = Pattern.compile("was ([A-Z_]+)");

    private static final Pattern DISCOUNT = Pattern.compile("discount ([0-9.]+ %), needs ([A-Z_]+): (.*)",
            Pattern.DOTALL);

    private static final Pattern VALID_UNTIL = Pattern.compile("valid until " + DATE);

    private static final Pattern REOPENED = Pattern.compile("a payment was reversed: ([0-9.]+) of ([0-9.]+) ([A-Z]{3})"
            + " paid since the approval; (open again until|valid until) " + DATE);

    /**
     * The details the arrangements write (Promises, Plans, Settlements), each with its
     * message key and arguments.
     */
    private static final List<Rule> DETAILS = List.of(new Rule(DUE, "detail.due", m -> new Object[] { m.group(1) }),
            new Rule(INSTALLMENTS_TO, "detail.installmentsTo", m -> new Object[] { m.group(1), m.group(2) }),
            new Rule(PLAN_SCHEDULE, "detail.planSchedule",
                    m -> new Object[] { m.group(1), code("arr.freq.", m.group(2)), m.group(3) }),
            new Rule(INSTALLMENT_DUE, "detail.installmentDue", m -> new Object[] { m.group(1), m.group(2) }),
            new Rule(WAS, "detail.was", m -> new Object[] { code("arr.status.", m.group(1)) }),
            new Rule(DISCOUNT, "detail.discountNeeds",
                    m -> new Object[] { m.group(1), code("arr.role.", m.group(2)), m.group(3) }),
            new Rule(VALID_UNTIL, "detail.validUntil", m -> new Object[] { m.group(1) }),
            new Rule(REOPENED, "detail.reopened",
                    m -> new Object[] { m.group(1), m.group(2), m.group(3),
                            new DefaultMessageSourceResolvable(new String[] {
                                    m.group(4).startsWith("open") ? "detail.openAgainUntil" : "detail.validUntil" },
                                    new Object[] { m.group(5) }) }),
            fixed("within own limit", "detail.withinOwnLimit"),
            fixed("the balance was paid in full; nothing written off", "detail.paidInFull"),
            fixed("still paid after a payment was reversed; the rest written off again", "detail.stillPaid"));

    private final MessageSource messages;

    SystemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A status change's reason in the locale's language; null stays null. */
    String reason(String reason, Locale locale) {
        if (reason == null) {
            return null;
        }
        Matcher m = PAYMENT.matcher(reason);
        if (m.matches()) {
            return message("reason.payment", locale, reason, m.group(1));
        }
        m = REVERSAL.matcher(reason);
        if (m.matches()) {
            return reversal(m.group(1), m.group(2), m.group(3), locale, reason);
        }
        m = ARRANGEMENT.matcher(reason);
        if (m.matches()) {
            String what = m.group(3) == null ? "" : m.group(3).strip().replace(' ', '_').toUpperCase(Locale.ROOT);
            return message("reason." + m.group(1) + (what.isEmpty() ? "" : "." + what), locale, reason, m.group(2));
        }
        m = SETTLEMENT_PAID.matcher(reason);
        if (m.matches()) {
            return message("reason.settlementPaid", locale, reason, m.group(1));
        }
        return reason;
    }

    /** An arrangement event's detail in the locale's language; null stays null. */
    String detail(String detail, Locale locale) {
        if (detail == null) {
            return null;
        }
        for (Rule rule : DETAILS) {
            Matcher m = rule.pattern().matcher(detail);
            if (m.matches()) {
                return message(rule.key(), locale, detail, rule.arguments().apply(m));
            }
        }
        return detail;
    }

    private String reversal(String payment, String notes, String why, Locale locale, String reason) {
        StringBuilder said = new StringBuilder();
        String rest = notes;
        Matcher undone = WRITE_OFF_UNDONE.matcher(rest);
        if (undone.find()) {
            said.append(message("reason.reversal.writeOffUndone", locale, reason, undone.group(1)));
            rest = rest.replace(undone.group(), "");
        }
        Matcher credit = CREDIT_APPLIED.matcher(rest);
        if (credit.find()) {
            said.append(message("reason.reversal.creditApplied", locale, reason, credit.group(1)));
            rest = rest.replace(credit.group(), "");
        }
        if (!rest.isEmpty()) {
            return reason;
        }
        return message("reason.reversal", locale, reason, payment, said.toString(), why);
    }

    /** A code's label ({@code prefix + code}), the code itself when there is none. */
    private static MessageSourceResolvable code(String prefix, String code) {
        return new DefaultMessageSourceResolvable(new String[] { prefix + code }, code);
    }

    private String message(String key, Locale locale, String asWritten, Object... arguments) {
        return messages.getMessage(key, arguments, asWritten, locale);
    }

    /** A text the system writes: its pattern, message key and the key's arguments. */
    private record Rule(Pattern pattern, String key, Function<Matcher, Object[]> arguments) {
    }

    private static Rule fixed(String text, String key) {
        return new Rule(Pattern.compile(Pattern.quote(text)), key, m -> new Object[0]);
    }

}
