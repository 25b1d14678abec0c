package io.recoverydesk.kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class CompletedPublicationDeletesTest {

    final EventPublicationRepository repository = mock(EventPublicationRepository.class);

    final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

    final DatabaseVendor vendor = mock(DatabaseVendor.class);

    /** What each call of the repository was asked to delete. */
    final List<List<UUID>> batches = new CopyOnWriteArrayList<>();

    CompletedPublicationDeletes deletes;

    @AfterEach
    void stop() throws InterruptedException {
        if (deletes != null) {
            deletes.destroy();
        }
    }

    /**
     * What the repository does before it records a call's batch (the call's number from
     * 1).
     */
    interface BeforeDelete {

        void call(int number) throws Exception;

    }

    /** Starts the deletes over the recording repository. */
    private CompletedPublicationDeletes start(Duration linger, BeforeDelete before) {
        AtomicInteger calls = new AtomicInteger();
        doAnswer(call -> {
            before.call(calls.incrementAndGet());
            batches.add(List.copyOf(call.<List<UUID>>getArgument(0)));
            return null;
        }).when(repository).deletePublications(any());
        deletes = new CompletedPublicationDeletes(repository, new TransactionTemplate(transactions), vendor, linger,
                Duration.ofMillis(10));
        return deletes;
    }

    @Test
    void everyQueuedPublicationIsDeletedOnceInBatchesOfAtMostAHundred() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        start(Duration.ZERO, n -> {
            if (n == 1) {
                // the first delete is slow: the others queue meanwhile
                held.await(5, TimeUnit.SECONDS);
            }
        });
        List<UUID> offered = new ArrayList<>();
        for (int i = 0; i < 350; i++) {
            UUID id = UUID.randomUUID();
            offered.add(id);
            assertThat(deletes.offer(id)).isTrue();
        }
        held.countDown();
        awaitDeleted(350);

        assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(CompletedPublicationDeletes.BATCH));
        assertThat(batches.size()).as("batched, not one by one").isLessThanOrEqualTo(5);
        assertThat(batches.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(offered);
        verify(vendor, org.mockito.Mockito.times(batches.size())).commitWithoutWaitingForFlush();
    }

    @Test
    void completionsArrivingWithinTheLingerTimeAreDeletedTogether() throws Exception {
        start(Duration.ofSeconds(1), n -> {
        });
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        deletes.offer(first);
        deletes.offer(second);
        awaitDeleted(2);
        assertThat(batches).containsExactly(List.of(first, second));
    }

    @Test
    void aFailedDeleteIsTriedAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(Duration.ZERO, n -> {
            calls.set(n);
            if (n == 1) {
                throw new QueryTimeoutException("lock timeout");
            }
        });
        UUID id = UUID.randomUUID();
        deletes.offer(id);
        awaitDeleted(1);
        assertThat(batches).containsExactly(List.of(id));
        assertThat(calls).hasValue(2);
    }

    @Test
    void stoppingDeletesWhatIsQueuedAndHandsLaterCompletionsBack() throws Exception {
        start(Duration.ZERO, n -> {
        });
        Set<UUID> offered = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            offered.add(id);
            deletes.offer(id);
        }
        deletes.destroy();
        assertThat(batches.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(offered);
        assertThat(deletes.offer(UUID.randomUUID())).as("stopped: the caller completes it").isFalse();
    }

    private void awaitDeleted(long count) throws InterruptedException {
        for (int i = 0; i < 500 && deletes.deleted() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(deletes.deleted()).isEqualTo(count);
    }

}
