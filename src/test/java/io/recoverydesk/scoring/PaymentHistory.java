package io.recoverydesk.scoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history a model can learn from: 80 accounts of 1,000; the even ones (40–118 days past
 * due) pay 150 ten, forty and seventy days ago, the odd ones (400+ days) never.
 */
public final class PaymentHistory {

    private PaymentHistory() {
    }

    public static void placeAndPay(java.util.function.Function<String, Api> api, Clock clock, TestTenant tenant) {
        Api manager = api.apply(tenant.user(Role.MANAGER));
        LocalDate today = TestTenant.today(clock);
        StringBuilder csv = new StringBuilder("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n");
        for (int i = 0; i < 80; i++) {
            int dpd = i % 2 == 0 ? 40 + i : 400 + i;
            csv.append("SC-")
                .append(i)
                .append(",客户")
                .append(i)
                .append(",1380015")
                .append(String.format("%04d", i))
                .append(",1000,")
                .append(today.minusDays(dpd))
                .append('\n');
        }
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "sc.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        // the fresher half pays 15 % of its balance in each of the last three months, the
        // older half never
        Instant now = clock.instant();
        for (int i = 0; i < 80; i += 2) {
            for (int month = 0; month < 3; month++) {
                Instant paidAt = now.minus(10 + 30L * month, ChronoUnit.DAYS);
                Api.Response paid = manager.post("/api/v1/payments",
                        Map.of("creditorCode", "C1", "creditorRef", "SC-" + i, "amount", "150.00", "currency", "CNY",
                                "paidAt", paidAt.toString(), "method", "BANK_TRANSFER", "reference",
                                "SCR-" + i + "-" + month),
                        Map.of("Idempotency-Key", "sc-" + tenant.code() + "-" + i + "-" + month));
                assertThat(paid.status()).as(paid.body()).isEqualTo(201);
            }
        }

    }

}
