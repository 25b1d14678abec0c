package io.recoverydesk.strategy.experiments;

import java.util.List;
import java.util.Objects;

/**
 * A sentence for the strategist, in English and as a message key with arguments so
 * screens can translate it. Metric verdicts have the key
 * {@code experiments.<metric key>.<higher|lower|no-difference|not-estimable>} and the
 * arguments difference, lower, upper (BigDecimal, rounded as shown) and the p-value
 * (BigDecimal, 4 decimals; the English text writes "p < 0.001" below 0.001);
 * not-estimable verdicts have none.
 *
 * @param message the English text, e.g. "challenger recovers more: +2.1 pp [0.4, 3.8], p
 * = 0.012"
 */
public record Verdict(String messageKey, List<Object> args, String message) {

    public Verdict {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
        args = List.copyOf(args);
    }

}
