package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a rule may read for one decision: the request, the pack's numbers, the
 * debtor's zones (sorted, never empty) and the ledger slice, already limited to the
 * debtor and to {@code [at - lookback, at)}.
 */
public record RuleContext(ContactRequest request, PackSettings settings, DebtorFacts facts, List<ZoneId> zones,
        List<LedgerEntry> entries, List<LedgerEntry> consents, ContactHistory history, List<ActiveHold> holds) {

    static RuleContext of(ContactRequest request, RulePack pack, DebtorFacts facts, ContactHistory history,
            List<ActiveHold> holds, Duration lookback) {
        List<ZoneId> zones = new ArrayList<>(
                facts.zones().isEmpty() ? ZoneResolver.countryZones(pack.code()) : facts.zones());
        zones.sort(Comparator.comparing(ZoneId::getId));
        Instant from = request.at().minus(lookback);
        List<LedgerEntry> entries = new ArrayList<>();
        List<LedgerEntry> consents = new ArrayList<>(2);
        for (LedgerEntry e : history.entries()) {
            if (e.debtorId().equals(request.debtorId()) && !e.startedAt().isBefore(from)
                    && e.startedAt().isBefore(request.at())) {
                entries.add(e);
                if (e.consentToCallUntil() != null) {
                    consents.add(e);
                }
            }
        }
        return new RuleContext(request, pack.settings(), facts, List.copyOf(zones),
                Collections.unmodifiableList(entries), Collections.unmodifiableList(consents), history,
                holds == null ? List.of() : holds);
    }

}
