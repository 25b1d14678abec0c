package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import io.recoverydesk.payments.internal.AllocationOrder.Part;
import io.recoverydesk.portfolio.AccountBalances.Parts;

/**
 * What one payment paid of each balance part, and the credit it left (the overpayment).
 * Parts never go negative; the applied amounts and the credit add up to the payment.
 */
record Allocation(BigDecimal penalty, BigDecimal fees, BigDecimal interest, BigDecimal principal, BigDecimal credit) {

    /** Pays the parts in the given order, each as far as the money goes. */
    static Allocation of(Parts balance, BigDecimal amount, AllocationOrder order) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a payment is positive: " + amount.toPlainString());
        }
        Map<Part, BigDecimal> applied = new EnumMap<>(Part.class);
        BigDecimal left = amount;
        for (Part part : order.parts()) {
            BigDecimal pay = left.min(owed(balance, part));
            applied.put(part, pay);
            left = left.subtract(pay);
        }
        return new Allocation(applied.get(Part.PENALTY), applied.get(Part.FEES), applied.get(Part.INTEREST),
                applied.get(Part.PRINCIPAL), left);
    }

    BigDecimal applied() {
        return penalty.add(fees).add(interest).add(principal);
    }

    /** The balance after this allocation was paid. */
    Parts paidFrom(Parts balance) {
        return new Parts(balance.principal().subtract(principal), balance.interest().subtract(interest),
                balance.fees().subtract(fees), balance.penalty().subtract(penalty));
    }

    /** The balance with this allocation given back (a reversal). */
    Parts restoredTo(Parts balance) {
        return new Parts(balance.principal().add(principal), balance.interest().add(interest), balance.fees().add(fees),
                balance.penalty().add(penalty));
    }

    private static BigDecimal owed(Parts balance, Part part) {
        return switch (part) {
            case PENALTY -> balance.penalty();
            case FEES -> balance.fees();
            case INTEREST -> balance.interest();
            case PRINCIPAL -> balance.principal();
        };
    }

}
