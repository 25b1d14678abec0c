package io.recoverydesk.compliance.policy;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * What the engine needs to know about the debtor besides the ledger.
 *
 * @param zones the debtor's possible local zones ({@link ZoneResolver}); empty means
 * unknown, and the engine then uses every zone of the pack's country
 * @param debtorPhoneIds the debtor's own numbers
 * @param invalidPhoneIds those of them known to be invalid
 * @param usState the US state of the address for state packs ("MA" or "Massachusetts"),
 * null when none
 */
public record DebtorFacts(Set<ZoneId> zones, Set<UUID> debtorPhoneIds, Set<UUID> invalidPhoneIds, String usState) {

    public DebtorFacts {
        zones = zones == null ? Set.of() : Set.copyOf(zones);
        debtorPhoneIds = debtorPhoneIds == null ? Set.of() : Set.copyOf(debtorPhoneIds);
        invalidPhoneIds = invalidPhoneIds == null ? Set.of() : Set.copyOf(invalidPhoneIds);
    }

    public static DebtorFacts inZones(ZoneId... zones) {
        return new DebtorFacts(Set.of(zones), Set.of(), Set.of(), null);
    }

    /**
     * No debtor number that could still reach the debtor: every known number is invalid,
     * or there is none at all.
     */
    public boolean allDebtorPhonesInvalid() {
        return invalidPhoneIds.containsAll(debtorPhoneIds);
    }

    public boolean livesInMassachusetts() {
        return usState != null
                && ("MA".equalsIgnoreCase(usState.strip()) || "Massachusetts".equalsIgnoreCase(usState.strip()));
    }

}
