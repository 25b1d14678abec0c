package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.IsoInstants;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;

/** The checks every payment passes, whether it comes from the API, a page or a file. */
final class PaymentRules {

    static final Set<String> METHODS = Set.of("BANK_TRANSFER", "CARD", "CASH", "ALIPAY", "WECHAT_PAY", "DIRECT_DEBIT",
            "CHEQUE", "OTHER");

    /**
     * The names bank and payment-channel files use for the methods (Chinese and short).
     */
    static final java.util.Map<String, String> ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("银行转账", "BANK_TRANSFER"), java.util.Map.entry("转账", "BANK_TRANSFER"),
            java.util.Map.entry("银行卡", "CARD"), java.util.Map.entry("刷卡", "CARD"), java.util.Map.entry("现金", "CASH"),
            java.util.Map.entry("支付宝", "ALIPAY"), java.util.Map.entry("微信", "WECHAT_PAY"),
            java.util.Map.entry("微信支付", "WECHAT_PAY"), java.util.Map.entry("WECHAT", "WECHAT_PAY"),
            java.util.Map.entry("wechat", "WECHAT_PAY"), java.util.Map.entry("代扣", "DIRECT_DEBIT"),
            java.util.Map.entry("支票", "CHEQUE"), java.util.Map.entry("其他", "OTHER"));

    private PaymentRules() {
    }

    /** A positive amount with at most two decimals, at scale 2. */
    static BigDecimal amount(BigDecimal amount) {
        if (amount == null) {
            throw invalid("invalid-amount", "amount-required", null, "amount", "The amount is required.");
        }
        if (amount.signum() <= 0) {
            throw invalid("invalid-amount", "amount-not-positive", amount.toPlainString(), "amount",
                    "The amount must be greater than zero.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw invalid("invalid-amount", "amount-decimals", amount.toPlainString(), "amount",
                    "The amount has more than two decimals.");
        }
        if (amount.precision() - amount.scale() > 15) {
            throw invalid("invalid-amount", "amount-too-large", amount.toPlainString(), "amount",
                    "The amount is too large.");
        }
        return amount.setScale(2);
    }

    /**
     * A payment of {@code amount} in {@code currency} (both already checked on their own)
     * may be posted to an account kept in {@code accountCurrency}: the same currency, and
     * no more decimals than its minor unit has (none for JPY or KRW).
     */
    static void fitsAccount(String accountCurrency, String currency, BigDecimal amount) {
        if (!accountCurrency.equals(currency)) {
            throw invalid("currency-mismatch", "currency-mismatch", accountCurrency, "currency",
                    "The account is kept in " + accountCurrency + "; a payment in " + currency
                            + " cannot be posted to it.");
        }
        int minorDigits = Currency.getInstance(accountCurrency).getDefaultFractionDigits();
        if (minorDigits >= 0 && amount.stripTrailingZeros().scale() > minorDigits) {
            throw invalid("invalid-amount", "amount-minor-unit", accountCurrency, "amount",
                    accountCurrency + (minorDigits == 0 ? " has no minor unit: the amount must be whole."
                            : " has " + minorDigits + " decimal(s): the amount has more."));
        }
    }

    static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return amount((BigDecimal) null);
        }
        try {
            return amount(new BigDecimal(text.strip().replace(",", "")));
        }
        catch (NumberFormatException ex) {
            throw invalid("invalid-amount", "amount-not-a-number", text.strip(), "amount",
                    "The amount " + text.strip() + " is not a number.");
        }
    }

    static String currency(String code) {
        if (code == null || code.isBlank()) {
            throw invalid("invalid-currency", "currency", "The currency is required (ISO 4217, e.g. CNY).");
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        }
        catch (IllegalArgumentException ex) {
            throw invalid("invalid-currency", "invalid-currency", code.strip(), "currency",
                    "Unknown currency " + code.strip() + ".");
        }
    }

    /**
     * An ISO instant, a date-time with offset, or a date: today's date means now (the
     * moment it is booked), an earlier date the last second of that day in the tenant's
     * zone, so a promise or settlement made that day counts a payment booked by date
     * alone (a bank file, next-day posting), and one made the next day does not. Never
     * after {@code now}. Null or blank = now.
     */
    static Instant paidAt(String text, ZoneId zone, Instant now) {
        if (text == null || text.isBlank()) {
            return now;
        }
        String value = text.strip();
        Instant at;
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                LocalDate today = LocalDate.ofInstant(now, zone);
                if (date.isAfter(today)) {
                    throw future();
                }
                if (date.equals(today)) {
                    return now;
                }
                at = date.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
                return at.isAfter(now) ? now : at;
            }
            at = value.length() == 19 && value.charAt(10) == 'T'
                    // a local time without an offset: the tenant's
                    ? java.time.LocalDateTime.parse(value).atZone(zone).toInstant() : IsoInstants.parse(value);
        }
        catch (DateTimeException ex) {
            throw invalid("invalid-paid-at", "invalid-paid-at", value, "paidAt", "paidAt " + value
                    + " is neither a date (YYYY-MM-DD), a local time (YYYY-MM-DDTHH:MM:SS) nor an ISO instant.");
        }
        if (at.isAfter(now)) {
            throw future();
        }
        return at;
    }

    static String method(String method, String fallback) {
        if (method == null || method.isBlank()) {
            return fallback;
        }
        String m = ALIASES.getOrDefault(method.strip(), method.strip().toUpperCase(Locale.ROOT));
        if (!METHODS.contains(m)) {
            throw invalid("invalid-method", "invalid-method", method.strip(), "method", "Unknown method "
                    + method.strip() + "; one of " + String.join(", ", METHODS.stream().sorted().toList()) + ".");
        }
        return m;
    }

    /** A trimmed reference of at most 100 characters, or null. */
    static String reference(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String r = reference.strip();
        if (r.length() > 100) {
            throw invalid("invalid-reference", "reference", "The reference is longer than 100 characters.");
        }
        return r;
    }

    static Refusal invalid(String type, String field, String message) {
        return new Refusal(type, type, null, field, message);
    }

    /**
     * A refusal whose API {@code type} is broader than its {@code code} (for example
     * every amount problem is {@code invalid-amount}), naming the value it refuses.
     */
    static Refusal invalid(String type, String code, String detail, String field, String message) {
        return new Refusal(type, code, detail, field, message);
    }

    /**
     * A refused payment: the problem type the API answers, a finer code and the value it
     * names for a file's row report (shown in the reader's language), the English
     * message.
     */
    static final class Refusal extends BusinessRuleException {

        private final String code;

        private final String detail;

        Refusal(String type, String code, String detail, String field, String message) {
            super(type, message, List.of(new FieldProblem(field, message)));
            this.code = code;
            this.detail = detail;
        }

        String code() {
            return code;
        }

        String detail() {
            return detail;
        }

    }

    private static BusinessRuleException future() {
        return invalid("paid-in-future", "paidAt", "paidAt is in the future: a payment is posted once it was made.");
    }

}
