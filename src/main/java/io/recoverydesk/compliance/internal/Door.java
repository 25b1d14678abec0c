package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.compliance.policy.ContactHistory;
import io.recoverydesk.compliance.policy.ContactPolicy;
import io.recoverydesk.compliance.policy.ContactRequest;
import io.recoverydesk.compliance.policy.Decision;
import io.recoverydesk.compliance.policy.Direction;
import io.recoverydesk.compliance.policy.Party;
import io.recoverydesk.compliance.policy.RulePack;
import io.recoverydesk.compliance.scan.ContentScanner;
import io.recoverydesk.compliance.scan.Finding;
import io.recoverydesk.compliance.scan.ScanContext;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The door: loads what the rules read (the debtor's facts, the ledger slice, the holds,
 * the tenant's pack), asks the engine, and records contacts under a per-debtor lock so
 * that two agents cannot both take the last allowed attempt.
 */
@Service
class Door implements ContactDoor {

    /** A contact that started this recently is live: the door may still stop it. */
    static final Duration LIVE = Duration.ofMinutes(5);

    /**
     * Clocks of dialers and browsers drift; a start this far ahead still counts as now.
     */
    static final Duration SKEW = Duration.ofMinutes(1);

    /** How far ahead a callback may be agreed. */
    static final Duration CALLBACK_HORIZON = Duration.ofDays(180);

    private final ContactPolicy policy = new ContactPolicy();

    private final AccountDirectory accounts;

    private final Tenants tenants;

    private final ContactLedger ledger;

    private final Holds holds;

    private final ComplianceSettings settings;

    private final ComplianceAlerts alerts;

    private final AuditLog audit;

    private final Clock clock;

    private final TransactionTemplate tx;

    private final ContentScanner scanner;

    private final BlockedAttempts blocks;

    private final org.springframework.context.ApplicationEventPublisher events;

    Door(AccountDirectory accounts, Tenants tenants, ContactLedger ledger, Holds holds, ComplianceSettings settings,
            ComplianceAlerts alerts, AuditLog audit, Clock clock, TransactionTemplate tx, ContentScanner scanner,
            BlockedAttempts blocks, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.scanner = scanner;
        this.blocks = blocks;
        this.accounts = accounts;
        this.tenants = tenants;
        this.ledger = ledger;
        this.holds = holds;
        this.settings = settings;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public Verdict check(CurrentUser user, Check check) {
        DoorSubject subject = subject(user, check.accountId());
        Party party = check.party() == null ? Party.DEBTOR : check.party();
        subject.requireFits(check.contactPointId(), check.channel(), party);
        Instant at = check.at() == null ? clock.instant() : check.at();
        ContactRequest request = new ContactRequest(check.accountId(), subject.debtorId(), check.channel(),
                Direction.OUTBOUND, party, check.contactPointId(), at, check.collectors());
        return verdict(decide(user.tenantId(), subject, request), subject.packCode());
    }

    @Override
    public Recorded record(CurrentUser user, Report asked) {
        DoorSubject subject = subject(user, asked.accountId());
        Party party = asked.party() == null ? Party.DEBTOR : asked.party();
        Report report = new Report(asked.accountId(), asked.channel(), asked.direction(), asked.contactPointId(), party,
                asked.startedAt(), asked.outcome(), asked.durationSeconds(), asked.notes(), asked.consentToCallUntil(),
                asked.collectors(), asked.externalId(), asked.callbackAt());
        subject.requireFits(report.contactPointId(), report.channel(), party);
        Instant now = clock.instant();
        Instant started = report.startedAt() == null ? now : report.startedAt();
        if (started.isAfter(now.plus(SKEW))) {
            throw new BusinessRuleException("future-contact",
                    "startedAt " + started + " is in the future; record a contact when it happens.");
        }
        boolean live = !started.isBefore(now.minus(LIVE));
        if (report.callbackAt() != null
                && (!report.callbackAt().isAfter(now) || report.callbackAt().isAfter(now.plus(CALLBACK_HORIZON)))) {
            throw new BusinessRuleException("bad-callback",
                    "callbackAt " + report.callbackAt() + " must be in the future and within 180 days.");
        }
        if (report.externalId() != null) {
            var existing = ledger.byExternalId(user.tenantId(), report.externalId());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        ContactRequest request = new ContactRequest(report.accountId(), subject.debtorId(), report.channel(),
                report.direction(), party, report.contactPointId(), started, report.collectors());
        Outcome outcome;
        try {
            outcome = tx.execute(s -> recordLocked(user, subject, report, request, live, now));
        }
        catch (DuplicateKeyException ex) {
            // the same external id recorded by a parallel retry: that one stands
            return ledger.byExternalId(user.tenantId(), report.externalId()).orElseThrow(() -> ex);
        }
        if (outcome.blocked() != null) {
            List<String> rules = outcome.blocked().reasons().stream().map(Blocking::rule).toList();
            tx.executeWithoutResult(s -> {
                blocks.record(user.tenantId(), subject.debtorId(), report, party, now, rules, user.username());
                audit.record(user.tenantId(), user.username(), "CONTACT_BLOCKED", "account",
                        report.accountId().toString(), report.channel() + " " + String.join(",", rules));
            });
            throw new ContactBlockedException(outcome.blocked());
        }
        return outcome.recorded();
    }

    private record Outcome(Recorded recorded, Verdict blocked) {
    }

    private Outcome recordLocked(CurrentUser user, DoorSubject subject, Report report, ContactRequest request,
            boolean live, Instant now) {
        TenantId tenant = user.tenantId();
        ledger.lockDebtor(tenant, subject.debtorId());
        if (live) {
            // live contacts are ordered by the lock: one that starts in the same instant
            // as
            // the last one still comes after it, so the rules count that one
            Instant last = ledger.latestStart(tenant, subject.debtorId()).orElse(null);
            if (last != null && !last.isBefore(request.at())) {
                request = request.at(last.plusMillis(1));
            }
        }
        Decision decision = decide(tenant, subject, request);
        if (!decision.allowed() && live) {
            return new Outcome(null, verdict(decision, subject.packCode()));
        }
        UUID id = Ids.newId();
        List<String> violations = decision.blockingRules();
        List<Finding> findings = report.notes() == null ? List.of() : scanner.scan(report.notes(), ScanContext.DEFAULT);
        List<String> categories = findings.stream().map(f -> f.category().name()).distinct().toList();
        ledger.insert(new ContactLedger.NewEntry(tenant, id, subject.debtorId(), report, request.at(), !live,
                violations, categories, user.username(), now));
        audit.record(tenant, user.username(), "CONTACT_RECORDED", "account", report.accountId().toString(),
                report.channel() + " " + report.direction() + " " + report.outcome()
                        + (violations.isEmpty() ? "" : " violations=" + String.join(",", violations)));
        if (!violations.isEmpty()) {
            alerts.raise(tenant, report.accountId(), id, "VIOLATION", violations,
                    String.join("; ", decision.reasons().stream().map(r -> r.rule() + ": " + r.message()).toList()),
                    now);
        }
        if (!categories.isEmpty()) {
            // the note is kept as written; quality assurance reviews it
            alerts.raise(tenant, report.accountId(), id, "NOTE_FLAGGED", categories,
                    FlaggedText.of(report.notes(), findings), now);
        }
        Recorded recorded = ledger.byId(tenant, id).orElseThrow();
        events.publishEvent(new io.recoverydesk.compliance.ContactRecorded(user, recorded, report.callbackAt()));
        return new Outcome(recorded, null);
    }

    private DoorSubject subject(CurrentUser user, UUID accountId) {
        if (accountId == null) {
            throw new NotFoundException("account null not found");
        }
        AccountDirectory.ContactFacts facts = accounts.contactFacts(user, accountId)
            .orElseThrow(() -> new NotFoundException("account " + accountId + " not found"));
        return DoorSubject.of(facts, tenants.get(user.tenantId()).country());
    }

    private Decision decide(TenantId tenant, DoorSubject subject, ContactRequest request) {
        Instant at = request.at();
        RulePack pack = settings.pack(tenant, subject.packCode());
        ContactHistory history = ledger.history(tenant, subject.debtorId(), at.minus(policy.lookback(request, pack)),
                at, request.party() == Party.THIRD_PARTY);
        List<io.recoverydesk.compliance.policy.ActiveHold> active = holds
            .activeAt(tenant, request.accountId(), at.isBefore(clock.instant()) ? at : clock.instant())
            .stream()
            .map(Holds.Hold::asRule)
            .toList();
        return policy.decide(request, pack, subject.debtor(), history, active);
    }

    static Verdict verdict(Decision decision, String pack) {
        return new Verdict(decision.allowed(),
                decision.reasons()
                    .stream()
                    .map(r -> new Blocking(r.rule(), r.message(), r.messageKey(), r.args()))
                    .toList(),
                decision.nextAllowedAt(), decision.remaining(), pack);
    }

}
