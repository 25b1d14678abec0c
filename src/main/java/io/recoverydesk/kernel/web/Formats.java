package io.recoverydesk.kernel.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recoverydesk.kernel.SentencePattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for the pages ({@code ${@fmt.money(...)}}): money with currency and
 * separators, never rounded.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Set<String> SYSTEM_ACTORS = Set.of("system", "strategy", "demo");

    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * A priority part as the strategy writes it: a name and its points, e.g. "balance
     * 23.42".
     */
    private static final Pattern PRIORITY_PART = Pattern
        .compile("(balance|propensity|dpd|due|recency|complexity) (-?[0-9]+(\\.[0-9]+)?)");

    /** The interim priority's parts, as it writes them and as pages read them back. */
    public static final SentencePattern DUE_NOW = new SentencePattern("queue.reason.dueNow",
            "%d promise(s)/callback(s) due now");

    public static final SentencePattern BUCKET = new SentencePattern("queue.reason.bucket", "bucket %s × %s");

    private final MessageSource messages;

    @Autowired
    public Formats(MessageSource messages) {
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
        for (SentencePattern sentence : List.of(DUE_NOW, BUCKET)) {
            Optional<List<String>> args = sentence.parse(reason.strip());
            if (args.isPresent()) {
                return messages.getMessage(sentence.key(), args.get().toArray(), reason,
                        LocaleContextHolder.getLocale());
            }
        }
        Matcher part = PRIORITY_PART.matcher(reason.strip());
        if (!part.matches()) {
            return reason;
        }
        String name = messages.getMessage("strategy.part." + part.group(1), null, part.group(1),
                LocaleContextHolder.getLocale());
        return name + " " + part.group(2);
    }

    /**
     * A hold the contact's outcome placed, as the compliance module writes its reason.
     */
    public static final SentencePattern HOLD_BY_OUTCOME = new SentencePattern("system.holdByOutcome",
            "Outcome %s recorded on contact %s");

    /** A system task's title for an arrangement falling due: "PROMISE 500.00 CNY". */
    private static final Pattern DUE_TITLE = Pattern
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
        Locale locale = LocaleContextHolder.getLocale();
        Optional<List<String>> hold = HOLD_BY_OUTCOME.parse(text);
        if (hold.isPresent()) {
            String code = hold.get().get(0);
            String outcome = messages.getMessage("outcome." + code, null, code, locale);
            return messages.getMessage(HOLD_BY_OUTCOME.key(), new Object[] { outcome }, text, locale);
        }
        Matcher due = DUE_TITLE.matcher(text);
        if (due.matches()) {
            return messages.getMessage("system.dueTitle." + due.group(1),
                    new Object[] { money(new BigDecimal(due.group(2)), due.group(3)) }, text, locale);
        }
        return text;
    }

    public List<String> reasons(List<String> reasons) {
        return reasons == null ? List.of() : reasons.stream().map(this::reason).toList();
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

    /**
     * An amount whose currency is not known (a payment file's row before it is matched):
     * separators of the reader's locale, at least two decimals, never rounded.
     */
    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(Math.max(2, amount.scale()));
        format.setMaximumFractionDigits(Math.max(2, amount.scale()));
        return format.format(amount);
    }

    /**
     * Who did something, as a page shows it: a person by their username, the system's own
     * jobs ({@code system}, {@code strategy}, {@code demo}) by a name in the reader's
     * language.
     */
    public String actor(String actor) {
        if (actor == null || messages == null || !SYSTEM_ACTORS.contains(actor)) {
            return actor;
        }
        return messages.getMessage("actor." + actor, null, actor, LocaleContextHolder.getLocale());
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }

    public String instant(Instant instant, String zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.of(zone)));
    }

    /**
     * When a payment arrived: a payment given by its date alone is stored at the day's
     * last second in the tenant's zone (so that it counts for that day), and is shown as
     * that date, without a made-up time.
     */
    public String paidAt(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        java.time.ZonedDateTime local = instant.atZone(ZoneId.of(zone));
        return local.toLocalTime().equals(java.time.LocalTime.of(23, 59, 59)) ? local.toLocalDate().toString()
                : DATE_TIME.format(local);
    }

    /** To the second, where the order of close events matters (the audit log). */
    public String instantSeconds(Instant instant, String zone) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(ZoneId.of(zone)));
    }

}
