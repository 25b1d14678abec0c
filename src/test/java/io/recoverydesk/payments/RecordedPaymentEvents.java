package io.recoverydesk.payments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Collects the payment events as a consuming module does: after the posting commits,
 * asynchronously, through the Modulith event publication registry.
 */
@Component
public class RecordedPaymentEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    private final Set<UUID> failOnce = ConcurrentHashMap.newKeySet();

    private final Map<UUID, Gate> gates = new ConcurrentHashMap<>();

    @ApplicationModuleListener
    void posted(PaymentPosted event) throws InterruptedException {
        Gate gate = gates.get(event.accountId());
        if (gate != null) {
            gate.entered().countDown();
            gate.released().await(10, TimeUnit.SECONDS);
        }
        if (failOnce.remove(event.accountId())) {
            throw new IllegalStateException("failing the first delivery for account " + event.accountId());
        }
        events.add(event);
    }

    /**
     * Holds this listener's calls for the account's payments until the gate is released
     * (at most ten seconds each).
     */
    public Gate hold(UUID accountId) {
        Gate gate = new Gate(new CountDownLatch(1), new CountDownLatch(1));
        gates.put(accountId, gate);
        return gate;
    }

    /** A listener call has {@code entered} and waits until {@code released}. */
    public record Gate(CountDownLatch entered, CountDownLatch released) {

        public boolean awaitEntered() throws InterruptedException {
            return entered.await(10, TimeUnit.SECONDS);
        }

        public void release() {
            released.countDown();
        }

    }

    /** The first delivery of the next payment event for this account fails. */
    public void failFirstDeliveryFor(UUID accountId) {
        failOnce.add(accountId);
    }

    public boolean received(UUID paymentId) {
        return events.stream().anyMatch(e -> e instanceof PaymentPosted p && p.paymentId().equals(paymentId));
    }

    @ApplicationModuleListener
    void reversed(PaymentReversed event) {
        events.add(event);
    }

    /** The first event of the type that matches, waiting up to ten seconds for it. */
    public <T> T await(Class<T> type, Predicate<T> match) {
        for (int i = 0; i < 200; i++) {
            var found = events.stream().filter(type::isInstance).map(type::cast).filter(match).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " event arrived");
    }

}
