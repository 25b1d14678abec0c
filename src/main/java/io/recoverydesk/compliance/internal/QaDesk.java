package io.recoverydesk.compliance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue and reviews. Reviewers see only items whose account they may see; one
 * review per item.
 */
@Service
class QaDesk {

    private final QaStore store;

    private final QaScorecards scorecards;

    private final ContactLedger ledger;

    private final AccountDirectory accounts;

    private final AuditLog audit;

    private final Clock clock;

    QaDesk(QaStore store, QaScorecards scorecards, ContactLedger ledger, AccountDirectory accounts, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.scorecards = scorecards;
        this.ledger = ledger;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A queued item with the account it concerns. */
    record QueueRow(QaStore.Item item, AccountDirectory.AccountRef account) {
    }

    /** An item as a reviewer opens it. */
    record ItemView(QaStore.Item item, AccountDirectory.AccountRef account, ContactDoor.Recorded contact,
            QaScorecardStore.Scorecard scorecard, QaStore.Review review) {
    }

    /**
     * What a reviewer submits; {@code scorecardVersion} (optional) is the version the
     * form showed, refused when the scorecard has changed since.
     */
    record Submission(Map<String, Integer> scores, String comment, boolean coachingNeeded, Integer scorecardVersion) {
    }

    static final List<String> REASONS = List.of(QaSampling.SAMPLE, QaSampling.VIOLATION, QaSampling.NOTE_FINDING,
            QaSampling.COMPLAINT);

    /** The queued items the user may see, newest contact first; reason null = all. */
    List<QueueRow> queue(CurrentUser user, String reason, int limit) {
        if (reason != null && !REASONS.contains(reason)) {
            throw new BadRequestException("invalid-reason", "A reason is one of " + REASONS + ".");
        }
        List<QaStore.Item> items = store.queue(user.tenantId(), 2000)
            .stream()
            .filter(item -> reason == null || item.reasons().contains(reason))
            .toList();
        Map<UUID, AccountDirectory.AccountRef> seen = accounts.visible(user,
                items.stream().map(QaStore.Item::accountId).toList());
        return items.stream()
            .filter(item -> seen.containsKey(item.accountId()))
            .limit(limit)
            .map(item -> new QueueRow(item, seen.get(item.accountId())))
            .toList();
    }

    ItemView item(CurrentUser user, UUID itemId) {
        QaStore.Item item = store.item(user.tenantId(), itemId)
            .orElseThrow(() -> new NotFoundException("No QA item " + itemId + "."));
        AccountDirectory.AccountRef account = accounts.visible(user, item.accountId())
            .orElseThrow(() -> new NotFoundException("No QA item " + itemId + "."));
        ContactDoor.Recorded contact = ledger.byId(user.tenantId(), item.contactId()).orElseThrow();
        QaStore.Review review = store.reviewOfItem(user.tenantId(), itemId).orElse(null);
        QaScorecardStore.Scorecard card = review == null ? scorecards.scorecard(user.tenantId())
                : scorecards.scorecardVersion(user.tenantId(), review.scorecardId());
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
        QaScorecardStore.Scorecard card = view.scorecard();
        if (submission.scorecardVersion() != null && submission.scorecardVersion() != card.version()) {
            throw new ConflictException("scorecard-changed",
                    "The scorecard is now version " + card.version() + "; reopen the contact and score it again.");
        }
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
        List<Map.Entry<QaStore.Review, UUID>> reviews = store.recentReviews(user.tenantId(), 500);
        Map<UUID, AccountDirectory.AccountRef> seen = accounts.visible(user,
                reviews.stream().map(Map.Entry::getValue).toList());
        return reviews.stream()
            .filter(e -> seen.containsKey(e.getValue()))
            .limit(limit)
            .map(e -> new ReviewRow(e.getKey(), seen.get(e.getValue())))
            .toList();
    }

    /** A team lead's team's reviews (for coaching); none without a team. */
    List<QaStore.Review> team(CurrentUser user) {
        return user.teamId() == null ? List.of() : store.reviewsOfTeam(user.tenantId(), user.teamId(), 200);
    }

    List<QaStore.Review> mine(CurrentUser user) {
        return store.reviewsOfAgent(user.tenantId(), user.username(), 200);
    }

}
