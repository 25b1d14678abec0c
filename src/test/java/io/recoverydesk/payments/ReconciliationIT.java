package io.recoverydesk.payments;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.TestTenant;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.CREDITOR_VIEWER;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reconciliation per creditor in the tenant's zone: posted, reversed, net,
 * unmatched; the same figures as CSV and XLSX; a creditor viewer sees only its creditor.
 */
class ReconciliationIT extends PaymentsTestSupport {

    /** 2026-06-10 10:00 in Shanghai. */
    static final Instant DAY_ONE = Instant.parse("2026-06-10T02:00:00Z");

    @Test
    void sumsTheDayPerCreditorAndExportsTheSameFigures() throws Exception {
        TestTenant tenant = tenants.create();
        String c1 = account(tenant, "C1", "RC-1", "1000", "0", "0", "0");
        String c2 = account(tenant, "C2", "RC-2", "1000", "0", "0", "0");
        clock.set(DAY_ONE);
        String first = pay(tenant, AGENT, body(c1, "100.00")).json().get("id").asString();
        String second = pay(tenant, AGENT, body(c1, "50.50")).json().get("id").asString();
        pay(tenant, MANAGER, body(c2, "20.00"));
        Api manager = api(tenant.user(MANAGER));
        assertThat(manager.post("/api/v1/payments/" + second + "/reversal", Map.of("reason", "bounced")).status())
            .isEqualTo(200);
        manager.upload("/api/v1/payments/imports", Map.of("creditor", "C1"), "p.csv",
                "creditor_ref,amount,paid_at,reference\nNOBODY,9.99,2026-06-10,U-1\n".getBytes(StandardCharsets.UTF_8));
        // 23:30 in Shanghai is still the same day; 00:30 the next one
        clock.set(Instant.parse("2026-06-10T15:30:00Z"));
        pay(tenant, MANAGER, body(c2, "1.00"));
        clock.set(Instant.parse("2026-06-10T16:30:00Z"));
        manager.post("/api/v1/payments/" + first + "/reversal", Map.of("reason", "chargeback"));

        JsonNode day = manager.get("/api/v1/payments/reconciliation?date=2026-06-10").json();
        assertThat(day.get("zone").asString()).isEqualTo("Asia/Shanghai");
        JsonNode lines = day.get("lines");
        assertThat(lines).hasSize(2);
        JsonNode one = lines.get(0);
        assertThat(one.get("creditor").asString()).isEqualTo("C1");
        assertThat(one.get("postedCount").asLong()).isEqualTo(2);
        assertThat(decimal(one.get("posted"))).isEqualByComparingTo("150.50");
        assertThat(one.get("reversedCount").asLong()).isEqualTo(1);
        assertThat(decimal(one.get("reversed"))).isEqualByComparingTo("50.50");
        assertThat(decimal(one.get("net"))).isEqualByComparingTo("100.00");
        assertThat(one.get("unmatchedCount").asLong()).isEqualTo(1);
        assertThat(decimal(one.get("unmatched"))).isEqualByComparingTo("9.99");
        JsonNode two = lines.get(1);
        assertThat(two.get("creditor").asString()).isEqualTo("C2");
        assertThat(decimal(two.get("posted"))).isEqualByComparingTo("21.00");
        assertThat(decimal(two.get("net"))).isEqualByComparingTo("21.00");

        JsonNode next = manager.get("/api/v1/payments/reconciliation?date=2026-06-11").json().get("lines");
        assertThat(next).hasSize(1);
        assertThat(decimal(next.get(0).get("net"))).isEqualByComparingTo("-100.00");

        PaymentClient downloads = new PaymentClient(port, tenant.user(MANAGER));
        String csv = new String(downloads.bytes("/api/v1/payments/reconciliation.csv?date=2026-06-10"),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFdate,creditor,currency,posted_count");
        assertThat(csv).contains("\"2026-06-10\",\"C1\",\"CNY\",2,150.50,1,50.50,100.00,1,9.99");
        assertThat(csv).contains("\"2026-06-10\",\"C2\",\"CNY\",2,21.00,0,0.00,21.00,0,0.00");

        byte[] xlsx = downloads.bytes("/api/v1/payments/reconciliation.xlsx?date=2026-06-10");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("creditor");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("C1");
            assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(new BigDecimal("150.50"));
            assertThat(rows.get(1).getCellAsNumber(7).orElseThrow()).isEqualByComparingTo(new BigDecimal("100.00"));
            assertThat(rows.get(2).getCellText(1)).isEqualTo("C2");
        }

        JsonNode viewer = api(tenant.user(CREDITOR_VIEWER)).get("/api/v1/payments/reconciliation?date=2026-06-10")
            .json()
            .get("lines");
        assertThat(viewer).hasSize(1);
        assertThat(viewer.get(0).get("creditor").asString()).isEqualTo("C2");
        assertThat(api(tenant.user(AGENT)).get("/api/v1/payments/reconciliation").status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/payments/reconciliation?date=June").status()).isEqualTo(400);
    }

}
