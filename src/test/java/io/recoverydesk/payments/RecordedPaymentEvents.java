package io.recoverydesk.payments;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Collects the payment events after their transaction commits, as a consuming module
 * would (and so through the Modulith event publication registry).
 */
@Component
public class RecordedPaymentEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void posted(PaymentPosted event) {
        events.add(event);
    }

    @TransactionalEventListener
    void reversed(PaymentReversed event) {
        events.add(event);
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

}
