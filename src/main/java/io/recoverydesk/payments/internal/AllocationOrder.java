package io.recoverydesk.payments.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import io.recoverydesk.kernel.BusinessRuleException;

/**
 * The order in which a payment pays the balance parts; every part exactly once. The
 * default is penalty, fees, interest, principal.
 */
record AllocationOrder(List<Part> parts) {

    static final AllocationOrder DEFAULT = new AllocationOrder(
            List.of(Part.PENALTY, Part.FEES, Part.INTEREST, Part.PRINCIPAL));

    AllocationOrder {
        parts = List.copyOf(parts);
        if (parts.size() != Part.values().length || !EnumSet.copyOf(parts).equals(EnumSet.allOf(Part.class))) {
            throw new BusinessRuleException("bad-allocation-order",
                    "The allocation order names each of PENALTY, FEES, INTEREST, PRINCIPAL exactly once.");
        }
    }

    /** Parses names like {@code PENALTY,FEES,INTEREST,PRINCIPAL} (any case). */
    static AllocationOrder parse(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new BusinessRuleException("bad-allocation-order",
                    "The allocation order names each of PENALTY, FEES, INTEREST, PRINCIPAL exactly once.");
        }
        List<Part> parts = new ArrayList<>();
        for (String name : names) {
            try {
                parts.add(Part.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
            catch (IllegalArgumentException | NullPointerException ex) {
                throw new BusinessRuleException("bad-allocation-order",
                        "Unknown balance part " + name + "; the parts are PENALTY, FEES, INTEREST, PRINCIPAL.");
            }
        }
        return new AllocationOrder(parts);
    }

    String asText() {
        return String.join(",", parts.stream().map(Part::name).toList());
    }

    /** A balance part of an account. */
    enum Part {

        PENALTY, FEES, INTEREST, PRINCIPAL

    }

}
