package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.payments.PaymentPosted;
import io.recoverydesk.portfolio.AccountBalances;
import io.recoverydesk.portfolio.AccountBalances.Parts;
import io.recoverydesk.portfolio.AccountBalances.Snapshot;
import io.recoverydesk.portfolio.AccountStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts one payment in one transaction: locks the account (concurrent postings queue up),
 * allocates by the creditor's order, keeps an overpayment as credit, closes a paid
 * account as PAID, stores the answer under the idempotency key, audits and publishes
 * {@link PaymentPosted}.
 */
@Service
class PaymentPosting {

    private final AccountBalances balances;

    private final PaymentStore store;

    private final Tenants tenants;

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    private final JsonMapper json;

    private final ImportStore imports;

    private final Clock clock;

    PaymentPosting(AccountBalances balances, PaymentStore store, Tenants tenants, AuditLog audit,
            ApplicationEventPublisher events, JsonMapper json, ImportStore imports, Clock clock) {
        this.balances = balances;
        this.store = store;
        this.imports = imports;
        this.tenants = tenants;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A payment to post; {@code idempotencyKey} and {@code requestHash} may be null;
     * {@code creditorInScope} says whether the poster may see accounts of a creditor
     * (checked under the account's lock: an account out of scope is unknown).
     */
    record Posting(UUID accountId, BigDecimal amount, String currency, Instant paidAt, String method, String reference,
            String source, UUID importId, String actor, String idempotencyKey, String requestHash,
            Predicate<String> creditorInScope) {

        /** A posting whose caller already checked the account is in scope. */
        Posting(UUID accountId, BigDecimal amount, String currency, Instant paidAt, String method, String reference,
                String source, UUID importId, String actor, String idempotencyKey, String requestHash) {
            this(accountId, amount, currency, paidAt, method, reference, source, importId, actor, idempotencyKey,
                    requestHash, creditor -> true);
        }

    }

    /** The answer: the stored payment as JSON, and whether it replays an earlier one. */
    record Answer(int status, String body, UUID paymentId, boolean replayed) {
    }

    /** A payment with this reference was already posted for the creditor. */
    static final class DuplicateReference extends ConflictException {

        private final UUID paymentId;

        DuplicateReference(String reference, UUID paymentId) {
            super("duplicate-reference", "A payment with reference " + reference
                    + " was already posted for this creditor (" + paymentId + ").");
            this.paymentId = paymentId;
        }

        UUID paymentId() {
            return paymentId;
        }

    }

    @Transactional
    Answer post(TenantId tenant, Posting p) {
        return post(tenant, p, null);
    }

    /**
     * As {@link #post(TenantId, Posting)}; {@code matchingRow} is the unmatched file row
     * that a person is matching with this posting (the caller resolves it), else null.
     * Any other unmatched row of the creditor with the payment's reference is matched to
     * the payment here, in the same transaction, audited: it no longer waits for manual
     * matching nor counts as unmatched.
     */
    @Transactional
    Answer post(TenantId tenant, Posting p, UUID matchingRow) {
        Decision decision = decide(tenant, p);
        return decision instanceof Prepared prepared ? write(tenant, prepared, matchingRow)
                : ((Replayed) decision).answer();
    }

    /**
     * What a posting decided under its account's lock; nothing is written yet. A refusal
     * (unknown account, taken reference, reused key, wrong currency) is thrown by
     * {@link #decide} before anything is written, so that a transaction that posts
     * several payments ({@link PaymentBatches}) can refuse one and go on with the others.
     */
    sealed interface Decision permits Replayed, Prepared {

    }

    /** The key's earlier answer, given again. */
    record Replayed(Answer answer) implements Decision {
    }

    /** A payment to write as decided: the account as locked, the row and its answer. */
    record Prepared(Posting posting, Snapshot account, Payment payment, AccountStatus status, Parts after, String body,
            boolean rowsWaiting) implements Decision {
    }

    /**
     * Locks the account (in the caller's transaction), reads what the posting depends on
     * and decides; writes nothing.
     */
    Decision decide(TenantId tenant, Posting p) {
        Snapshot account = balances.lock(tenant, p.accountId())
            .filter(a -> p.creditorInScope().test(a.creditorCode()))
            .orElseThrow(PaymentPosting::unknownAccount);
        // Read under the lock: an earlier request with the same key has committed
        // (and is answered again here) or is still waiting for this lock.
        PaymentStore.PostingFacts facts = store.postingFacts(tenant, account.creditorId(), account.creditorCode(),
                p.reference(), p.idempotencyKey());
        if (facts.answer().isPresent()) {
            return new Replayed(replayed(p.idempotencyKey(), p.requestHash(), facts.answer().get()));
        }
        Optional<UUID> existing = facts.reference().paymentId();
        if (existing.isPresent()) {
            throw new DuplicateReference(p.reference(), existing.get());
        }
        PaymentRules.fitsAccount(account.currency(), p.currency(), p.amount());
        Allocation allocation = Allocation.of(account.parts(), p.amount(), facts.order());
        Parts after = allocation.paidFrom(account.parts());
        AccountStatus status = after.total().signum() == 0 && account.status().isOpen() ? AccountStatus.PAID
                : account.status();
        UUID id = Ids.newId();
        Payment payment = new Payment(id, account.accountId(), account.creditorId(), account.creditorCode(), p.amount(),
                p.currency(), p.paidAt(), p.method(), p.reference(), allocation, after.total(), account.status().name(),
                status.name(), p.source(), p.importId(), p.actor(), clock.instant(), null, null, null);
        return new Prepared(p, account, payment, status, after, json.writeValueAsString(PaymentView.of(payment)),
                facts.reference().rowsWaiting());
    }

    /**
     * Writes a prepared payment in the transaction that decided it: the row with its
     * reference and answer, the account's new balance, credit, audit and event. Refuses
     * nothing; a failure here fails the transaction.
     */
    Answer write(TenantId tenant, Prepared prepared, UUID matchingRow) {
        Posting p = prepared.posting();
        Snapshot account = prepared.account();
        Payment payment = prepared.payment();
        Allocation allocation = payment.allocation();
        UUID id = payment.id();
        Instant now = payment.postedAt();
        store.insert(tenant, payment,
                new PaymentStore.LastPayment(account.lastPaymentDate(), account.lastPaymentAmount()),
                p.idempotencyKey() == null ? null : new PaymentStore.KeyedAnswer(p.idempotencyKey(),
                        new PaymentStore.StoredAnswer(p.requestHash(), id, 201, prepared.body()), now));
        if (prepared.rowsWaiting()) {
            matchWaitingRows(tenant, account.creditorCode(), p.reference(), id, p.actor(), matchingRow, now);
        }
        store.addCredit(tenant, account.accountId(), account.currency(), allocation.credit(), now);
        ZoneId zone = tenants.get(tenant).zone();
        LocalDate paidOn = LocalDate.ofInstant(p.paidAt(), zone);
        boolean latest = account.lastPaymentDate() == null || !paidOn.isBefore(account.lastPaymentDate());
        AccountStatus status = prepared.status();
        balances.apply(tenant, p.actor(), new AccountBalances.Change(account.accountId(), prepared.after(), status,
                latest ? paidOn : null, latest ? p.amount() : null, "payment " + id), account.status());
        audit.record(tenant, p.actor(), "PAYMENT_POSTED", "payment", id.toString(),
                "account=" + account.accountId() + " amount=" + p.amount().toPlainString() + " " + p.currency()
                        + " applied=" + allocation.applied().toPlainString() + " credit="
                        + allocation.credit().toPlainString() + " reference=" + p.reference() + " source=" + p.source()
                        + " status=" + account.status() + "->" + status);
        events.publishEvent(
                new PaymentPosted(tenant, id, account.accountId(), account.creditorCode(), p.amount(), p.currency(),
                        p.paidAt(), allocation.applied(), allocation.credit(), prepared.after().total(), p.actor()));
        return new Answer(201, prepared.body(), id, false);
    }

    private void matchWaitingRows(TenantId tenant, String creditor, String reference, UUID paymentId, String actor,
            UUID matchingRow, Instant now) {
        for (UUID rowId : imports.lockUnmatchedByReference(tenant, creditor, reference)) {
            if (rowId.equals(matchingRow)) {
                continue;
            }
            imports.resolve(tenant, rowId, ImportReport.MATCHED, paymentId,
                    "Matched: a payment with reference " + reference + " was posted.", actor, now);
            audit.record(tenant, actor, "UNMATCHED_PAYMENT_MATCHED", "payment_import_row", rowId.toString(),
                    "payment=" + paymentId + " reference=" + reference + " (posted with the same reference)");
        }
    }

    /**
     * The earlier answer to the key when the request is the same; 409 when the key was
     * used for another request; empty when the key is new.
     */
    Optional<Answer> replay(TenantId tenant, String key, String requestHash) {
        return store.answer(tenant, key).map(stored -> replayed(key, requestHash, stored));
    }

    private static Answer replayed(String key, String requestHash, PaymentStore.StoredAnswer stored) {
        if (!stored.requestHash().equals(requestHash)) {
            throw new ConflictException("idempotency-key-reused",
                    "The Idempotency-Key " + key + " was already used for a different request.");
        }
        return new Answer(stored.status(), stored.body(), stored.paymentId(), true);
    }

    static BusinessRuleException unknownAccount() {
        return PaymentRules.invalid("unknown-account", "accountId",
                "Unknown account: no account with this id or creditor reference that you may see.");
    }

}
