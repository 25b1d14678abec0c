package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts contacts into the review queue: the weekly sampling (idempotent) and single
 * contacts with a reason.
 */
@Service
class QaSampler {

    private final QaStore store;

    private final QaScorecards scorecards;

    private final Tenants tenants;

    private final AuditLog audit;

    private final Clock clock;

    QaSampler(QaStore store, QaScorecards scorecards, Tenants tenants, AuditLog audit, Clock clock) {
        this.store = store;
        this.scorecards = scorecards;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of a sampling run. */
    record SamplingResult(String week, int percent, int contacts, int queued, int alreadyQueued) {
    }

    ZoneId zone(TenantId tenant) {
        return tenants.get(tenant).zone();
    }

    /** The last week that has ended in the tenant's zone. */
    QaSampling.Week lastCompletedWeek(TenantId tenant) {
        return QaSampling.Week.of(clock.instant(), zone(tenant)).previous();
    }

    /**
     * Queues the week's contacts for review; running it again queues only what is
     * missing.
     */
    @Transactional
    SamplingResult sample(TenantId tenant, String actor, QaSampling.Week week) {
        ZoneId zone = zone(tenant);
        int percent = scorecards.samplePercent(tenant);
        List<QaSampling.Candidate> contacts = store.contacts(tenant, week.start(zone), week.end(zone));
        Map<UUID, Set<String>> existing = store.itemReasons(tenant, week.toString());
        Set<UUID> sampled = new LinkedHashSet<>();
        existing.forEach((id, reasons) -> {
            if (reasons.contains(QaSampling.SAMPLE)) {
                sampled.add(id);
            }
        });
        Map<UUID, Set<String>> picked = QaSampling.pick(contacts, percent, tenant.value() + "/" + week, sampled);
        Instant now = clock.instant();
        int queued = 0;
        for (Map.Entry<UUID, Set<String>> e : picked.entrySet()) {
            Set<String> had = existing.get(e.getKey());
            if (had != null) {
                if (!had.containsAll(e.getValue())) {
                    Set<String> merged = new LinkedHashSet<>(had);
                    merged.addAll(e.getValue());
                    store.updateReasons(tenant, e.getKey(), merged);
                }
                continue;
            }
            QaStore.ContactFacts facts = store.contactFacts(tenant, e.getKey()).orElseThrow();
            if (store.insertItem(tenant, Ids.newId(), e.getKey(), facts, week.toString(), e.getValue(), now)) {
                queued++;
            }
        }
        SamplingResult result = new SamplingResult(week.toString(), percent, contacts.size(), queued, existing.size());
        audit.record(tenant, actor, "QA_SAMPLED", "qa_week", week.toString(), "contacts=" + contacts.size()
                + ", queued=" + queued + ", alreadyQueued=" + existing.size() + ", percent=" + percent);
        return result;
    }

    /**
     * Queues one contact for review with a reason (e.g. {@link QaSampling#COMPLAINT}, for
     * the complaints feature), or adds the reason to its queued item; false when the
     * contact is not in the ledger.
     */
    @Transactional
    boolean queueContact(TenantId tenant, String actor, UUID contactId, String reason) {
        Optional<QaStore.ContactFacts> facts = store.contactFacts(tenant, contactId);
        if (facts.isEmpty()) {
            return false;
        }
        String week = QaSampling.Week.of(facts.get().startedAt(), zone(tenant)).toString();
        Set<String> had = store.itemReasons(tenant, week).get(contactId);
        if (had == null) {
            store.insertItem(tenant, Ids.newId(), contactId, facts.get(), week, Set.of(reason), clock.instant());
        }
        else if (!had.contains(reason)) {
            Set<String> merged = new LinkedHashSet<>(had);
            merged.add(reason);
            store.updateReasons(tenant, contactId, merged);
        }
        audit.record(tenant, actor, "QA_CONTACT_QUEUED", "contact", contactId.toString(), "reason=" + reason);
        return true;
    }

}
