package io.recoverydesk.compliance.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ledger slice a decision reads.
 *
 * @param entries the debtor's entries (all accounts) with {@code startedAt} in
 * {@code [at - lookback, at)}, any order; others are ignored
 * @param thirdPartyContactsEver location contacts with each third party (by contact
 * point) before {@code at}, ever: US.THIRD_PARTY allows one per third party
 * @param refusedThirdParties third-party contact points whose person refused further
 * contact, ever (CN.THIRD_PARTY); refusals inside the slice are found in the entries too
 */
public record ContactHistory(List<LedgerEntry> entries, Map<UUID, Integer> thirdPartyContactsEver,
        Set<UUID> refusedThirdParties) {

    public ContactHistory {
        entries = entries == null ? List.of() : List.copyOf(entries);
        thirdPartyContactsEver = thirdPartyContactsEver == null ? Map.of() : Map.copyOf(thirdPartyContactsEver);
        refusedThirdParties = refusedThirdParties == null ? Set.of() : Set.copyOf(refusedThirdParties);
    }

    public ContactHistory(List<LedgerEntry> entries, Map<UUID, Integer> thirdPartyContactsEver) {
        this(entries, thirdPartyContactsEver, Set.of());
    }

    public static ContactHistory of(List<LedgerEntry> entries) {
        return new ContactHistory(entries, Map.of(), Set.of());
    }

}
