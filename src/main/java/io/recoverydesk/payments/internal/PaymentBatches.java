package io.recoverydesk.payments.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.kernel.web.Admission;
import io.recoverydesk.payments.internal.PaymentPosting.Answer;
import io.recoverydesk.payments.internal.PaymentPosting.Posting;
import io.recoverydesk.payments.internal.PaymentPosting.Prepared;
import io.recoverydesk.payments.internal.PaymentPosting.Replayed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Group commit for payments posted one at a time (the API and the pages; ADR 0027). A
 * request hands its posting to one of {@code rd.payments.batch.workers} workers and
 * waits; a worker takes every posting waiting (at most
 * {@code rd.payments.batch.max-size}) and posts them in one transaction, in account
 * order, each exactly as it would be posted alone ({@link PaymentPosting#decide}, then
 * {@link PaymentPosting#write}): its account locked, its key and reference read under the
 * lock — a later posting in the batch sees what an earlier one wrote. One commit and one
 * audit write serve the whole batch, and no posting waits longer than the batch before
 * it.
 * <p>
 * A posting refused while deciding (unknown account, taken reference, reused key, wrong
 * currency) is answered with its refusal; nothing of it was written and the others go on.
 * Anything else that fails — a key or reference taken by a transaction outside the batch,
 * a deadlock, a lost connection — rolls the whole batch back and every posting in it is
 * posted alone, as before batching, by its own request. A commit whose outcome is unknown
 * is safe to repeat for a posting with an idempotency key (the key answers if it did
 * commit); one without a key gets the failure.
 * <p>
 * A posting made inside a caller's transaction (settlements, the demo) is not batched: it
 * belongs to that transaction.
 */
@Component
class PaymentBatches implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PaymentBatches.class);

    /** Deadlock-free across batches: every batch locks its accounts in this order. */
    private static final Comparator<Pending> LOCK_ORDER = Comparator.comparing((Pending p) -> p.tenant().value())
        .thenComparing(p -> p.posting().accountId());

    private final PaymentPosting posting;

    private final PlatformTransactionManager transactions;

    private final int workers;

    private final int maxSize;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

    private final List<Thread> threads = new ArrayList<>();

    private volatile boolean running;

    PaymentBatches(PaymentPosting posting, PlatformTransactionManager transactions,
            @Value("${rd.payments.batch.workers:2}") int workers,
            @Value("${rd.payments.batch.max-size:64}") int maxSize) {
        this.posting = posting;
        this.transactions = transactions;
        this.workers = Math.max(0, workers);
        this.maxSize = Math.max(1, maxSize);
    }

    /**
     * A posting waiting for its batch; its result is empty when it is to be posted alone.
     */
    record Pending(TenantId tenant, Posting posting, CompletableFuture<Optional<Answer>> result) {

        Pending(TenantId tenant, Posting posting) {
            this(tenant, posting, new CompletableFuture<>());
        }

    }

    /**
     * Posts in the next batch and answers as
     * {@link PaymentPosting#post(TenantId, Posting)} would (a refusal is thrown); empty
     * when the caller is to post it alone: batching is off or stopped, the caller is
     * inside a transaction, or the batch failed.
     */
    Optional<Answer> post(TenantId tenant, Posting p) {
        if (!running || TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        Pending pending = new Pending(tenant, p);
        queue.add(pending);
        if (!running && queue.remove(pending)) {
            return Optional.empty();
        }
        // nothing for this request's thread to do until the batch has committed
        Admission.stepAside();
        try {
            return pending.result().join();
        }
        catch (CompletionException ex) {
            if (ex.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw ex;
        }
    }

    /**
     * Posts the batch in one transaction and completes each posting's result (package
     * visible for the tests, which make batches of their own).
     */
    void run(List<Pending> batch) {
        List<Pending> ordered = new ArrayList<>(batch);
        ordered.sort(LOCK_ORDER);
        Map<Pending, Object> outcomes = new IdentityHashMap<>();
        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            for (Pending p : ordered) {
                outcomes.put(p, outcome(p));
            }
        }
        catch (RuntimeException | Error failure) {
            rollback(tx, failure);
            log.debug("A batch of {} payments failed; each is posted alone", batch.size(), failure);
            batch.forEach(p -> p.result().complete(Optional.empty()));
            return;
        }
        try {
            transactions.commit(tx);
        }
        catch (UnexpectedRollbackException rolledBack) {
            batch.forEach(p -> p.result().complete(Optional.empty()));
            return;
        }
        catch (RuntimeException unknown) {
            log.warn("The commit of a batch of {} payments failed", batch.size(), unknown);
            for (Pending p : batch) {
                if (p.posting().idempotencyKey() != null) {
                    p.result().complete(Optional.empty());
                }
                else {
                    p.result().completeExceptionally(unknown);
                }
            }
            return;
        }
        for (Pending p : batch) {
            Object outcome = outcomes.get(p);
            if (outcome instanceof Answer answer) {
                p.result().complete(Optional.of(answer));
            }
            else {
                p.result().completeExceptionally((RuntimeException) outcome);
            }
        }
    }

    /** The posting's answer, or its refusal; anything else fails the batch. */
    private Object outcome(Pending p) {
        PaymentPosting.Decision decision;
        try {
            decision = posting.decide(p.tenant(), p.posting());
        }
        catch (BusinessRuleException | ConflictException | BadRequestException | NotFoundException refusal) {
            return refusal;
        }
        return decision instanceof Prepared prepared ? posting.write(p.tenant(), prepared, null)
                : ((Replayed) decision).answer();
    }

    private void rollback(TransactionStatus tx, Throwable failure) {
        try {
            transactions.rollback(tx);
        }
        catch (RuntimeException ex) {
            failure.addSuppressed(ex);
        }
    }

    private void work() {
        List<Pending> batch = new ArrayList<>(maxSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxSize - 1);
                run(batch);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException | Error ex) {
                log.error("A payment batch worker failed; its postings are posted alone", ex);
            }
            finally {
                // whatever happened, nobody waits for ever
                batch.forEach(p -> p.result().complete(Optional.empty()));
                batch.clear();
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running || workers == 0) {
            return;
        }
        running = true;
        for (int i = 1; i <= workers; i++) {
            Thread thread = new Thread(this::work, "payment-batch-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        // a posting queued as the workers ended is posted alone by its request
        for (Pending p; (p = queue.poll()) != null;) {
            p.result().complete(Optional.empty());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stops after the web server (its graceful shutdown lets requests in flight
        // finish
        // their batches) and before the data source closes; starts before the web server
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

}
