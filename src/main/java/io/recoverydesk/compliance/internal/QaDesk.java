package io.recoverydesk.compliance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quality assurance: the tenant's scorecard, the weekly sampling into the review queue,
 * reviews, and scores per agent and team. Reviewers see only items whose account they may
 * see.
 */
@Service
class QaDesk {

    static final String SYSTEM = "system";

    private final QaStore store;

    private final ContactLedger ledger;

    private final AccountDirectory accounts;

    private final Tenants tenants;

    private final AuditLog audit;

    private final Clock clock;

    QaDesk(QaStore store, ContactLedger ledger, AccountDirectory accounts, Tenants tenants, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.accounts = accounts;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of a sampling run. */
    record SamplingResult(String week, int percent, int contacts, int queued, int alreadyQueued) {
    }

    /** A queued item with the account it concerns. */
    record QueueRow(QaStore.Item item, AccountDirectory.AccountRef account) {
    }

    /** An item as a reviewer opens it. */
    record ItemView(QaStore.Item item, AccountDirectory.AccountRef account, ContactDoor.Recorded contact,
            QaStore.Scorecard scorecard, QaStore.Review review) {
    }

    /** What a reviewer submits. */
    record Submission(Map<String, Integer> scores, String comment, boolean coachingNeeded) {
    }

    /** One row of the score tables: a week and an agent or team. */
    record ScoreLine(String week, String key, String name, BigDecimal average, long reviews, long coaching) {
    }

    /** Scores per agent and per team and week. */
    record Scores(String from, String to, List<ScoreLine> agents, List<ScoreLine> teams) {
    }

    ZoneId zone(TenantId tenant) {
        return tenants.get(tenant).zone();
    }

    /** The last week that has ended in the tenant's zone. */
    QaSampling.Week lastCompletedWeek(TenantId tenant) {
        return QaSampling.Week.of(clock.instant(), zone(tenant)).previous();
    }

    // scorecard and settings

    /** The current scorecard; the default one is created on first use. */
    @Transactional
    QaStore.Scorecard scorecard(TenantId tenant) {
        Optional<QaStore.Scorecard> current = store.currentScorecard(tenant);
        if (current.isPresent()) {
            return current.get();
        }
        try {
            QaStore.Scorecard created = store.addScorecard(tenant, Ids.newId(), QaScoring.DEFAULT, SYSTEM,
                    clock.instant());
            audit.record(tenant, SYSTEM, "QA_SCORECARD_CREATED", "qa_scorecard", created.id().toString(),
                    "version 1 (default)");
            return created;
        }
        catch (DuplicateKeyException ex) {
            return store.currentScorecard(tenant).orElseThrow();
        }
    }

    QaStore.Scorecard scorecardVersion(TenantId tenant, UUID id) {
        return store.scorecard(tenant, id).orElseThrow();
    }

    /** Saves the criteria as a new version of the scorecard. */
    @Transactional
    QaStore.Scorecard saveScorecard(CurrentUser user, List<QaScoring.Criterion> criteria) {
        List<QaScoring.Criterion> clean = QaScoring.validate(criteria);
        scorecard(user.tenantId());
        QaStore.Scorecard saved;
        try {
            saved = store.addScorecard(user.tenantId(), Ids.newId(), clean, user.username(), clock.instant());
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("concurrent-edit", "The scorecard was changed at the same time; try again.");
        }
        audit.record(user.tenantId(), user.username(), "QA_SCORECARD_SAVED", "qa_scorecard", saved.id().toString(),
                "version " + saved.version() + ": " + clean);
        return saved;
    }

    int samplePercent(TenantId tenant) {
        return store.samplePercent(tenant);
    }

    @Transactional
    int saveSamplePercent(CurrentUser user, Integer percent) {
        if (percent == null || percent < 1 || percent > 100) {
            throw new BusinessRuleException("invalid-settings", "The sample share is a whole percent from 1 to 100.",
                    List.of(new BusinessRuleException.FieldProblem("samplePercent", "1 to 100")));
        }
        store.saveSamplePercent(user.tenantId(), percent, user.username(), clock.instant());
        audit.record(user.tenantId(), user.username(), "QA_SETTINGS_SAVED", "qa_setting", user.tenantId().toString(),
                "samplePercent=" + percent);
        return percent;
    }

    // sampling

    /**
     * Queues the week's contacts for review; running it again queues only what is
     * missing.
     */
    @Transactional
    SamplingResult sample(TenantId tenant, String actor, QaSampling.Week week) {
        ZoneId zone = zone(tenant);
        int percent = store.samplePercent(tenant);
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

    // queue and reviews

    static final List<String> REASONS = List.of(QaSampling.SAMPLE, QaSampling.VIOLATION, QaSampling.NOTE_FINDING,
            QaSampling.COMPLAINT);

    /** The queued items the user may see, newest contact first; reason null = all. */
    List<QueueRow> queue(CurrentUser user, String reason, int limit) {
        if (reason != null && !REASONS.contains(reason)) {
            throw new BadRequestException("invalid-reason", "A reason is one of " + REASONS + ".");
        }
        List<QueueRow> rows = new ArrayList<>();
        for (QaStore.Item item : store.queue(user.tenantId(), 2000)) {
            if (reason != null && !item.reasons().contains(reason)) {
                continue;
            }
            accounts.visible(user, item.accountId()).ifPresent(a -> rows.add(new QueueRow(item, a)));
            if (rows.size() >= limit) {
                break;
            }
        }
        return rows;
    }

    ItemView item(CurrentUser user, UUID itemId) {
        QaStore.Item item = store.item(user.tenantId(), itemId)
            .orElseThrow(() -> new NotFoundException("No QA item " + itemId + "."));
        AccountDirectory.AccountRef account = accounts.visible(user, item.accountId())
            .orElseThrow(() -> new NotFoundException("No QA item " + itemId + "."));
        ContactDoor.Recorded contact = ledger.byId(user.tenantId(), item.contactId()).orElseThrow();
        QaStore.Review review = store.reviewOfItem(user.tenantId(), itemId).orElse(null);
        QaStore.Scorecard card = review == null ? scorecard(user.tenantId())
                : store.scorecard(user.tenantId(), review.scorecardId()).orElseThrow();
        return new ItemView(item, account, contact, card, review);
    }

    @Transactional
    QaStore.Review review(CurrentUser user, UUID itemId, Submission submission) {
        ItemView view = item(user, itemId);
        if (view.review() != null || !QaStore.QUEUED.equals(view.item().status())) {
            throw new ConflictException("already-reviewed", "This contact has been reviewed already.");
        }
        if (submission.comment() != null && submission.comment().length() > 2000) {
            throw new BadRequestException("comment-too-long", "A comment has at most 2000 characters.");
        }
        QaStore.Scorecard card = view.scorecard();
        BigDecimal score = QaScoring.score(card.criteria(), submission.scores());
        if (!store.markReviewed(user.tenantId(), itemId)) {
            throw new ConflictException("already-reviewed", "This contact has been reviewed already.");
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        card.criteria().forEach(c -> scores.put(c.code(), submission.scores().get(c.code())));
        String comment = submission.comment() == null || submission.comment().isBlank() ? null
                : submission.comment().strip();
        QaStore.Review review = new QaStore.Review(Ids.newId(), itemId, view.item().contactId(), view.item().agent(),
                view.item().week(), card.id(), card.version(), score, scores, comment, submission.coachingNeeded(),
                user.username(), clock.instant());
        try {
            store.insertReview(user.tenantId(), review);
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("already-reviewed", "This contact has been reviewed already.");
        }
        audit.record(user.tenantId(), user.username(), "QA_REVIEW_SUBMITTED", "qa_review", review.id().toString(),
                "item=" + itemId + ", agent=" + review.agent() + ", score=" + score + ", coaching=" + review.coaching()
                        + ", scorecardVersion=" + card.version());
        return review;
    }

    /** A review with the account it concerns. */
    record ReviewRow(QaStore.Review review, AccountDirectory.AccountRef account) {
    }

    /** The latest reviews of accounts the user may see. */
    List<ReviewRow> recentReviews(CurrentUser user, int limit) {
        List<ReviewRow> rows = new ArrayList<>();
        for (Map.Entry<QaStore.Review, UUID> e : store.recentReviews(user.tenantId(), 500)) {
            accounts.visible(user, e.getValue()).ifPresent(a -> rows.add(new ReviewRow(e.getKey(), a)));
            if (rows.size() >= limit) {
                break;
            }
        }
        return rows;
    }

    List<QaStore.Review> mine(CurrentUser user) {
        return store.reviewsOfAgent(user.tenantId(), user.username(), 200);
    }

    // scores

    Scores scores(TenantId tenant, String from, String to) {
        QaSampling.Week toWeek = to == null || to.isBlank() ? QaSampling.Week.of(clock.instant(), zone(tenant))
                : QaSampling.Week.parse(to);
        QaSampling.Week fromWeek = from == null || from.isBlank() ? QaSampling.Week.of(toWeek.monday().minusWeeks(7))
                : QaSampling.Week.parse(from);
        if (fromWeek.monday().isAfter(toWeek.monday())) {
            throw new BadRequestException("invalid-range", "from " + fromWeek + " is after to " + toWeek + ".");
        }
        List<QaStore.ScoreRow> rows = store.scoreRows(tenant, fromWeek.toString(), toWeek.toString());
        return new Scores(fromWeek.toString(), toWeek.toString(),
                aggregate(rows, r -> r.agent(), r -> r.agentName() == null ? r.agent() : r.agentName()),
                aggregate(rows.stream().filter(r -> r.team() != null).toList(), r -> r.team(), r -> r.teamName()));
    }

    private static List<ScoreLine> aggregate(List<QaStore.ScoreRow> rows,
            java.util.function.Function<QaStore.ScoreRow, String> key,
            java.util.function.Function<QaStore.ScoreRow, String> name) {
        Map<String, List<QaStore.ScoreRow>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.week() + "\u0000" + key.apply(r), k -> new ArrayList<>()).add(r));
        List<ScoreLine> out = new ArrayList<>();
        groups.values().forEach(g -> {
            BigDecimal total = g.stream().map(QaStore.ScoreRow::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            QaStore.ScoreRow first = g.get(0);
            out.add(new ScoreLine(first.week(), key.apply(first), name.apply(first), QaScoring.average(total, g.size()),
                    g.size(), g.stream().filter(QaStore.ScoreRow::coaching).count()));
        });
        return out;
    }

}
