package io.recoverydesk.kernel;

import java.util.Map;
import java.util.UUID;

import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener's completed publication is deleted by the batch deletes (ADR 0022), not in a
 * transaction of Modulith's own: Modulith's registry completes it through the
 * repository's {@code markCompleted(id, date)}, which the bookkeeping hands over.
 */
class CompletedPublicationDeletesIT extends IntegrationTest {

    @Autowired
    CompletedPublicationDeletes deletes;

    @Test
    void aPaymentsPublicationsAreDeletedByTheBatchDeletes() throws InterruptedException {
        TestTenant tenant = tenants.create();
        String account = importAccount(tenant, "C1", "D-1",
                "creditor_ref,debtor_name,principal,first_delinquency_date\nD-1,债务人甲,100,2026-01-15\n");
        long before = deletes.deleted();
        var answer = api(tenant.user(Role.MANAGER)).post("/api/v1/payments",
                Map.of("accountId", account, "amount", "10.00", "currency", "CNY", "method", "BANK_TRANSFER"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String payment = answer.json().get("id").asString();

        long left = publications(payment);
        for (int i = 0; i < 200 && left > 0; i++) {
            Thread.sleep(50);
            left = publications(payment);
        }
        assertThat(left).as("the payment's publications are gone").isZero();
        assertThat(deletes.deleted()).as("deleted by the batch deletes").isGreaterThan(before);
    }

    private long publications(String paymentId) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
            .param("%" + paymentId + "%")
            .query(Long.class)
            .single();
    }

}
