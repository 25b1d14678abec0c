package io.recoverydesk.payments;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    @ApplicationModuleListener
    void posted(PaymentPosted event) {
        events.add(event);
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
