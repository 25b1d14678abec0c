package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plan's total into N installments from a first date: equal amounts rounded down
 * to the currency's scale, the remainder cents on the last one, so the parts sum to the
 * total exactly.
 */
final class InstallmentSchedule {

    static final int MAX_INSTALLMENTS = 120;

    /** How far apart installments fall. */
    enum Frequency {

        WEEKLY, FORTNIGHTLY, MONTHLY;

        /** The date of the installment with index {@code k} (0 = the first). */
        LocalDate nth(LocalDate first, int k) {
            return switch (this) {
                case WEEKLY -> first.plusWeeks(k);
                case FORTNIGHTLY -> first.plusWeeks(2L * k);
                case MONTHLY -> first.plusMonths(k);
            };
        }

    }

    private InstallmentSchedule() {
    }

    static List<Installment> split(BigDecimal total, int count, Frequency frequency, LocalDate first, int scale) {
        if (count < 1 || count > MAX_INSTALLMENTS) {
            throw new IllegalArgumentException("installments must be 1 to " + MAX_INSTALLMENTS);
        }
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("the total must be above zero");
        }
        if (total.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("the total has more than " + scale + " decimals");
        }
        BigDecimal each = total.divide(BigDecimal.valueOf(count), scale, RoundingMode.DOWN);
        if (each.signum() <= 0) {
            throw new IllegalArgumentException("the total is too small for " + count + " installments");
        }
        List<Installment> parts = new ArrayList<>(count);
        BigDecimal rest = total.setScale(scale, RoundingMode.UNNECESSARY);
        for (int k = 0; k < count; k++) {
            BigDecimal amount = k == count - 1 ? rest : each;
            parts.add(new Installment(k + 1, amount, frequency.nth(first, k)));
            rest = rest.subtract(amount);
        }
        return List.copyOf(parts);
    }

    static BigDecimal sum(List<Installment> installments) {
        return installments.stream().map(Installment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
