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
        java.util.regex.Matcher part = PRIORITY_PART.matcher(reason.strip());
        if (!part.matches() || messages == null) {
            return reason;
        }
        String name = messages.getMessage("strategy.part." + part.group(1), null, part.group(1),
                LocaleContextHolder.getLocale());
        return name + " " + part.group(2);
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
