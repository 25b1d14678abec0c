package io.recoverydesk.payments;

import java.util.UUID;

import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

import static io.recoverydesk.identity.Role.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a payment event reaches a listener of another module through the event registry
 * (ADR 0021): the publication waits as PUBLISHED while the listener runs (no PROCESSING
 * mark is written) and is deleted when it returns; a delivery that failed stays, marked
 * FAILED, and is delivered again by a resubmission.
 */
class PaymentEventDeliveryIT extends PaymentsTestSupport {

    @Autowired
    RecordedPaymentEvents events;

    @Autowired
    IncompleteEventPublications incomplete;

    TestTenant tenant;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
    }

    @Test
    void thePublicationIsPublishedWhileTheListenerRunsAndGoneAfter() throws Exception {
        String account = account(tenant, "C1", "D-1", "100", "0", "0", "0");
        RecordedPaymentEvents.Gate gate = events.hold(UUID.fromString(account));
        String payment;
        try {
            payment = pay(tenant, AGENT, body(account, "40")).json().get("id").asString();
            assertThat(gate.awaitEntered()).as("the listener was called").isTrue();
            assertThat(publication(payment)).isEqualTo("PUBLISHED, incomplete");
        }
        finally {
            gate.release();
        }
        assertThat(awaitPublication(payment, "none")).isEqualTo("none");
        assertThat(events.received(UUID.fromString(payment))).isTrue();
    }

    @Test
    void aFailedDeliveryStaysIncompleteAndIsDeliveredAgain() {
        String account = account(tenant, "C1", "D-2", "100", "0", "0", "0");
        events.failFirstDeliveryFor(UUID.fromString(account));
        JsonNode p = pay(tenant, AGENT, body(account, "25")).json();
        String payment = p.get("id").asString();
        assertThat(awaitPublication(payment, "FAILED, incomplete")).isEqualTo("FAILED, incomplete");
        assertThat(events.received(UUID.fromString(payment))).isFalse();

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof PaymentPosted posted
                && posted.paymentId().toString().equals(payment));

        assertThat(awaitPublication(payment, "none")).isEqualTo("none");
        assertThat(events.received(UUID.fromString(payment))).isTrue();
    }

    /**
     * This test listener's publication of the payment: its status and completion, or
     * none.
     */
    private String publication(String paymentId) {
        return jdbc
            .sql("select status || case when completion_date is null then ', incomplete' else ', complete' end"
                    + " from event_publication where serialized_event like ? and listener_id like ?")
            .params("%" + paymentId + "%", "%RecordedPaymentEvents.posted%")
            .query(String.class)
            .optional()
            .orElse("none");
    }

    private String awaitPublication(String paymentId, String expected) {
        String found = publication(paymentId);
        for (int i = 0; i < 200 && !found.equals(expected); i++) {
            PaymentPostingIT.sleep(50);
            found = publication(paymentId);
        }
        return found;
    }

}
