package io.recoverydesk.strategy.segments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What segmentation knows about one account. A missing day count means "never" and counts
 * as +infinity in range conditions; a blank province is unknown and stored as
 * {@code null}.
 */
public record AccountFacts(int dpd, BigDecimal balance, String product, String creditor, @Nullable String province,
        String scoreBand, String arrangement, @Nullable Integer daysSinceContact, @Nullable Integer daysSincePayment,
        String hold) {

    /** Score bands, {@code NONE} when the account is not scored. */
    public static final List<String> SCORE_BANDS = List.of("A", "B", "C", "D", "E", "NONE");

    public static final List<String> ARRANGEMENTS = List.of("NONE", "PROMISE", "PLAN", "SETTLEMENT");

    public static final List<String> HOLDS = List.of("NONE", "DISPUTE", "CEASE", "BANKRUPTCY", "DECEASED", "LEGAL",
            "COMPLAINT", "LAWYER");

    public AccountFacts {
        if (dpd < 0) {
            throw new IllegalArgumentException("dpd must not be negative: " + dpd);
        }
        Objects.requireNonNull(balance, "balance");
        if (balance.signum() < 0) {
            throw new IllegalArgumentException("balance must not be negative: " + balance.toPlainString());
        }
        requireText(product, "product");
        requireText(creditor, "creditor");
        province = (province == null || province.isBlank()) ? null : province;
        requireOneOf(scoreBand, SCORE_BANDS, "scoreBand");
        requireOneOf(arrangement, ARRANGEMENTS, "arrangement");
        requireDays(daysSinceContact, "daysSinceContact");
        requireDays(daysSincePayment, "daysSincePayment");
        requireOneOf(hold, HOLDS, "hold");
    }

    private static void requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static void requireOneOf(@Nullable String value, List<String> universe, String name) {
        if (value == null || !universe.contains(value)) {
            throw new IllegalArgumentException(name + " must be one of " + universe + ": " + value);
        }
    }

    private static void requireDays(@Nullable Integer days, String name) {
        if (days != null && days < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + days);
        }
    }

}
