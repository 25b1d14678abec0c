package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.compliance.CaseHistory;
import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.NoteScreening;
import io.recoverydesk.compliance.scan.ContentScanner;
import io.recoverydesk.compliance.scan.Finding;
import io.recoverydesk.compliance.scan.ScanContext;
import io.recoverydesk.kernel.TenantId;

import org.springframework.stereotype.Service;

/**
 * The compliance module's answers to casework: an account's contacts and holds for the
 * timeline (indexed, limited queries), and the scanner for case notes.
 */
@Service
class CaseHistoryQueries implements CaseHistory, NoteScreening {

    private final ContactLedger ledger;

    private final Holds holds;

    private final ContentScanner scanner;

    private final ComplianceAlerts alerts;

    private final Clock clock;

    CaseHistoryQueries(ContactLedger ledger, Holds holds, ContentScanner scanner, ComplianceAlerts alerts,
            Clock clock) {
        this.ledger = ledger;
        this.holds = holds;
        this.scanner = scanner;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public List<ContactDoor.Recorded> contacts(TenantId tenant, UUID accountId, int limit) {
        return ledger.ofAccount(tenant, accountId, limit, 0);
    }

    @Override
    public List<HoldLine> holds(TenantId tenant, UUID accountId, int limit) {
        return holds.all(tenant, accountId)
            .stream()
            .limit(limit)
            .map(h -> new HoldLine(h.id(), h.type(), h.reason(), h.placedBy(), h.placedAt(), h.liftedBy(), h.liftedAt(),
                    h.liftReason()))
            .toList();
    }

    @Override
    public List<String> screen(TenantId tenant, UUID accountId, UUID noteId, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Finding> findings = scanner.scan(text, ScanContext.DEFAULT);
        List<String> categories = findings.stream().map(f -> f.category().name()).distinct().toList();
        if (!categories.isEmpty()) {
            alerts.raise(tenant, accountId, null, "NOTE_FLAGGED", categories,
                    "case note " + noteId + ": " + FlaggedText.of(text, findings), clock.instant());
        }
        return categories;
    }

}
