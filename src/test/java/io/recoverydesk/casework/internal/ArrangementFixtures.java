package io.recoverydesk.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.recoverydesk.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers for the arrangement ITs. */
final class ArrangementFixtures {

    static final String CSV_HEADER = "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n";

    private ArrangementFixtures() {
    }

    static String csv(String ref, String name, String phone, String principal) {
        return CSV_HEADER + ref + "," + name + "," + phone + "," + principal + ",2026-01-15\n";
    }

    /**
     * Posts a real payment in CNY over HTTP ({@code paidAt} must not be after the app's
     * clock) and answers the created payment; casework sees it through
     * {@code PaymentPosted}, asynchronously after the commit.
     */
    static JsonNode pay(Api who, String account, String amount, Instant paidAt) {
        Api.Response response = who.post("/api/v1/payments",
                Map.of("accountId", account, "amount", amount, "currency", "CNY", "paidAt", paidAt.toString(), "method",
                        "BANK_TRANSFER", "reference", "REF-" + UUID.randomUUID()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** Waits up to ten seconds for an asynchronous listener's effect. */
    static void await(String what, Supplier<Boolean> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(condition.get())) {
                return;
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

}
