package io.recoverydesk.kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes completed event publications in batches, on a thread of its own (ADR 0022).
 * Spring Modulith marks a publication completed in a transaction of its own once its
 * listener returned; with {@code completion-mode: delete} that is a delete, and for a
 * payment it was one of three transactions. Here the completion is queued, and the thread
 * deletes what arrived within the linger time after the first (up to {@value #BATCH}) in
 * one statement and one transaction whose commit does not wait for the disk. Until then
 * the publication is still incomplete in the table: a crash (or a batch that fails
 * {@value #ATTEMPTS} times) leaves it there, and the restart or the resubmission of old
 * incomplete publications delivers it again — every listener here evaluates the same
 * facts again (ADR 0012), as after a crash between a listener's commit and Modulith's own
 * completion.
 */
final class CompletedPublicationDeletes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CompletedPublicationDeletes.class);

    /** Publications one statement deletes (Modulith's repository splits larger lists). */
    static final int BATCH = 100;

    static final int ATTEMPTS = 3;

    private final BlockingQueue<UUID> queue = new LinkedBlockingQueue<>();

    private final EventPublicationRepository repository;

    private final TransactionTemplate tx;

    private final DatabaseVendor vendor;

    private final Duration linger;

    private final Duration retryAfter;

    private final Thread thread;

    private final AtomicLong deleted = new AtomicLong();

    private volatile boolean stopped;

    CompletedPublicationDeletes(EventPublicationRepository repository, TransactionTemplate tx, DatabaseVendor vendor,
            Duration linger, Duration retryAfter) {
        this.linger = linger;
        this.repository = repository;
        this.tx = tx;
        this.vendor = vendor;
        this.retryAfter = retryAfter;
        this.thread = new Thread(this::run, "publication-deletes");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues the completed publication for deletion; false once stopped (the caller then
     * completes it itself).
     */
    boolean offer(UUID publication) {
        if (stopped) {
            return false;
        }
        queue.add(publication);
        // stopped meanwhile and the thread already gone: nobody deletes it but the caller
        return !(stopped && !thread.isAlive() && queue.remove(publication));
    }

    /** Publications deleted since the start. */
    long deleted() {
        return deleted.get();
    }

    private void run() {
        List<UUID> batch = new ArrayList<>(BATCH);
        while (!stopped || !queue.isEmpty()) {
            try {
                UUID first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
                delete(batch);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            finally {
                batch.clear();
            }
        }
    }

    /**
     * Adds what arrives within the linger time after the batch's first completion, up to
     * a full batch (at once when stopping).
     */
    private void gather(List<UUID> batch) throws InterruptedException {
        long deadline = System.nanoTime() + linger.toNanos();
        queue.drainTo(batch, BATCH - batch.size());
        while (batch.size() < BATCH && !stopped) {
            long left = deadline - System.nanoTime();
            UUID next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, BATCH - batch.size());
        }
    }

    private void delete(List<UUID> batch) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                tx.executeWithoutResult(s -> {
                    vendor.commitWithoutWaitingForFlush();
                    repository.deletePublications(batch);
                });
                deleted.addAndGet(batch.size());
                return;
            }
            catch (RuntimeException ex) {
                if (attempt >= ATTEMPTS || stopped) {
                    log.warn(
                            "Deleting {} completed event publications failed; they stay incomplete and are"
                                    + " delivered again later (restart or resubmission): {}",
                            batch.size(), ex.toString());
                    return;
                }
                Thread.sleep(retryAfter.toMillis());
            }
        }
    }

    /** Deletes what is queued, then stops; later completions are the caller's again. */
    @Override
    public void destroy() throws InterruptedException {
        stopped = true;
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }

}
