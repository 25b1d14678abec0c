package io.recoverydesk.kernel.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for the pages ({@code ${@fmt.money(...)}}): money with currency and
 * separators, never rounded.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * A priority part as the strategy writes it: a name and its points, e.g. "balance
     * 23.42".
     */
    private static final java.util.regex.Pattern PRIORITY_PART = java.util.regex.Pattern
        .compile("(balance|propensity|dpd|due|recency|complexity) (-?[0-9]+(\\.[0-9]+)?)");

    /**
     * The interim priority's parts: "2 promise(s)/callback(s) due now", "bucket M3 ×
     * 1.5".
     */
    private static final java.util.regex.Pattern DUE_NOW = java.util.regex.Pattern
        .compile("([0-9]+) promise\\(s\\)/callback\\(s\\) due now");

    private static final java.util.regex.Pattern BUCKET = java.util.regex.Pattern.compile("bucket (\\S+) × (\\S+)");

    private final org.springframework.context.MessageSource messages;

    @org.springframework.beans.factory.annotation.Autowired
    public Formats(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /** Formatting without translations (reasons stay as written). */
    public Formats() {
        this(null);
    }

    /**
     * A queue reason in the reader's language: priority parts ("balance 23.42") by their
     * translated name, anything else as written.
     */
    public String reason(String reason) {
        if (reason == null) {
            return "";
        }
        if (messages == null) {
            return reason;
        }
        java.util.regex.Matcher due = DUE_NOW.matcher(reason.strip());
        if (due.matches()) {
            return messages.getMessage("queue.reason.dueNow", new Object[] { due.group(1) }, reason,
                    LocaleContextHolder.getLocale());
        }
        java.util.regex.Matcher bucket = BUCKET.matcher(reason.strip());
        if (bucket.matches()) {
            return messages.getMessage("queue.reason.bucket", new Object[] { bucket.group(1), bucket.group(2) }, reason,
                    LocaleContextHolder.getLocale());
        }
        java.util.regex.Matcher part = PRIORITY_PART.matcher(reason.strip());
        if (!part.matches()) {
            return reason;
        }
        String name = messages.getMessage("strategy.part." + part.group(1), null, part.group(1),
                LocaleContextHolder.getLocale());
        return name + " " + part.group(2);
    }

    /**
     * A hold the contact's outcome placed: "Outcome DISPUTE recorded on contact 0190…".
     */
    private static final java.util.regex.Pattern HOLD_BY_OUTCOME = java.util.regex.Pattern
        .compile("Outcome ([A-Z_]+) recorded on contact [0-9a-f-]{36}");

    /** A system task's title for an arrangement falling due: "PROMISE 500.00 CNY". */
    private static final java.util.regex.Pattern DUE_TITLE = java.util.regex.Pattern
        .compile("(PROMISE|PLAN|SETTLEMENT) ([0-9]+(?:\\.[0-9]+)?) ([A-Z]{3})");

    /**
     * A text the system wrote in English into a field people write too (a hold's reason,
     * a task's title, a timeline detail): in the reader's language when it is one the
     * system writes, anything else as written.
     */
    public String systemText(String text) {
        if (text == null || messages == null) {
            return text;
        }
        java.util.Locale locale = LocaleContextHolder.getLocale();
        java.util.regex.Matcher hold = HOLD_BY_OUTCOME.matcher(text);
        if (hold.matches()) {
            String outcome = messages.getMessage("outcome." + hold.group(1), null, hold.group(1), locale);
            return messages.getMessage("system.holdByOutcome", new Object[] { outcome }, text, locale);
        }
        java.util.regex.Matcher due = DUE_TITLE.matcher(text);
        if (due.matches()) {
            return messages.getMessage("system.dueTitle." + due.group(1), new Object[] { due.group(2), due.group(3) },
                    text, locale);
        }
        return text;
    }

    public java.util.List<String> reasons(java.util.List<String> reasons) {
        return reasons == null ? java.util.List.of() : reasons.stream().map(this::reason).toList();
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty()
                ? (locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.US) : locale);
        Currency c = Currency.getInstance(currency);
        format.setCurrency(c);
        format.setMinimumFractionDigits(Math.max(2, amount.scale()));
        format.setMaximumFractionDigits(Math.max(2, amount.scale()));
        return format.format(amount);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }

    public String instant(Instant instant, String zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.of(zone)));
    }

}
