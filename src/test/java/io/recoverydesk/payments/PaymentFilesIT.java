package io.recoverydesk.payments;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payment files: a report per row, a re-import that posts nothing twice, GB18030 and BOM
 * files, unmatched rows matched by hand (or dismissed).
 */
class PaymentFilesIT extends PaymentsTestSupport {

    TestTenant tenant;

    Api manager;

    String f1;

    String f2;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        manager = api(tenant.user(MANAGER));
        f1 = account(tenant, "C1", "F-1", "1000.00", "0", "0", "0");
        f2 = account(tenant, "C1", "F-2", "300.00", "0", "0", "0");
    }

    JsonNode upload(String creditor, byte[] file) {
        Api.Response response = manager.upload("/api/v1/payments/imports", Map.of("creditor", creditor), "pay.csv",
                file);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static List<String> outcomes(JsonNode report) {
        List<String> out = new java.util.ArrayList<>();
        report.get("rows").forEach(r -> out.add(r.get("outcome").asString()));
        return out;
    }

    @Test
    void reportsEveryRowAndAReimportPostsNothingTwice() {
        String csv = """
                creditor_ref,amount,paid_at,reference,method
                F-1,100.00,2026-03-01,BANK-1,
                F-2,300,2026-03-02T08:00:00Z,BANK-2,ALIPAY
                NOPE-9,50.00,2026-03-02,BANK-3,
                F-1,abc,2026-03-02,BANK-4,
                F-1,10.00,2026-03-02,,
                F-1,5.00,2999-01-01,BANK-6,
                """;
        JsonNode report = upload("C1", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(outcomes(report)).containsExactly("POSTED", "POSTED", "UNMATCHED", "ERROR", "ERROR", "ERROR");
        assertThat(report.get("posted").asInt()).isEqualTo(2);
        assertThat(report.get("unmatched").asInt()).isEqualTo(1);
        assertThat(report.get("errors").asInt()).isEqualTo(3);
        assertThat(decimal(report.get("amountPosted"))).isEqualByComparingTo("400.00");
        assertThat(report.get("rows").get(3).get("message").asString()).contains("not a number");
        assertThat(report.get("rows").get(3).get("code").asString()).isEqualTo("amount-not-a-number");
        assertThat(report.get("rows").get(3).get("detail").asString()).isEqualTo("abc");
        assertThat(report.get("rows").get(4).get("code").asString()).isEqualTo("reference-required");
        // the refused row still shows its amount and date
        assertThat(decimal(report.get("rows").get(4).get("amount"))).isEqualByComparingTo("10.00");
        assertThat(report.get("rows").get(4).get("paidAt").asString()).startsWith("2026-03-0");
        assertThat(report.get("rows").get(5).get("code").asString()).isEqualTo("paid-in-future");
        assertThat(report.get("rows").get(0).get("code").isNull()).isTrue();
        assertThat(accountJson(tenant, f2).get("status").asString()).isEqualTo("PAID");
        assertThat(payments(tenant, f2).get("payments").get(0).get("method").asString()).isEqualTo("ALIPAY");
        assertThat(payments(tenant, f1).get("payments").get(0).get("source").asString()).isEqualTo("FILE");

        JsonNode again = upload("C1", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(outcomes(again)).containsExactly("DUPLICATE", "DUPLICATE", "DUPLICATE", "ERROR", "ERROR", "ERROR");
        assertThat(manager.get("/api/v1/payments/imports/" + again.get("importId").asString())
            .json()
            .get("rows")
            .get(3)
            .get("code")
            .asString()).isEqualTo("amount-not-a-number");
        assertThat(again.get("posted").asInt()).isZero();
        assertThat(decimal(accountJson(tenant, f1).get("balance").get("total"))).isEqualByComparingTo("900.00");
        assertThat(manager.get("/api/v1/payments/unmatched").json()).hasSize(1);
    }

    @Test
    void aReferenceAlreadyCarriedByAnotherPaymentIsRefusedNotSkipped() {
        String csv = """
                creditor_ref,amount,paid_at,reference
                F-1,100.00,2026-03-01,BANK-7
                F-2,20.00,2026-03-01,BANK-7
                F-1,30.00,2026-03-01,BANK-7
                NOPE-9,40.00,2026-03-01,BANK-7
                F-1,100.00,2026-03-01,BANK-7
                """;
        JsonNode report = upload("C1", csv.getBytes(StandardCharsets.UTF_8));
        // another account, another amount, an unknown account with another amount: each
        // a payment the file would lose if it were skipped; the same payment again is a
        // repeat
        assertThat(outcomes(report)).containsExactly("POSTED", "ERROR", "ERROR", "ERROR", "DUPLICATE");
        for (int i = 1; i <= 3; i++) {
            assertThat(report.get("rows").get(i).get("code").asString()).isEqualTo("reference-conflict");
            assertThat(report.get("rows").get(i).get("detail").asString()).isEqualTo("BANK-7 · F-1 · 100.00");
        }
        assertThat(decimal(accountJson(tenant, f1).get("balance").get("total"))).isEqualByComparingTo("900.00");
        assertThat(decimal(accountJson(tenant, f2).get("balance").get("total"))).isEqualByComparingTo("300.00");
    }

    @Test
    void readsGb18030FilesWithChineseHeadersAndBomFiles() {
        // a Chinese export: GB18030 bytes and Chinese column names
        byte[] gbk = "账号,金额,还款日期,流水号\nF-1,1.00,2026-03-01,流水-一\n".getBytes(Charset.forName("GB18030"));
        JsonNode report = upload("C1", gbk);
        assertThat(outcomes(report)).containsExactly("POSTED");
        assertThat(report.get("rows").get(0).get("reference").asString()).isEqualTo("流水-一");
        byte[] bom = ("\uFEFFcreditor_ref,amount,paid_at,reference\nF-1,2.00,2026-03-01,流水-二\n")
            .getBytes(StandardCharsets.UTF_8);
        assertThat(outcomes(upload("C1", bom))).containsExactly("POSTED");
        assertThat(decimal(accountJson(tenant, f1).get("balance").get("total"))).isEqualByComparingTo("997.00");
    }

    @Test
    void refusesFilesWithoutTheColumnsOrForACreditorOutOfScope() {
        Api.Response columns = manager.upload("/api/v1/payments/imports", Map.of("creditor", "C1"), "p.csv",
                "ref,amount\nF-1,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(columns.status()).isEqualTo(422);
        assertThat(columns.body()).contains("missing-columns");
        // a header and nothing below it: refused, no import recorded
        Api.Response headerOnly = manager.upload("/api/v1/payments/imports", Map.of("creditor", "C1"), "p.csv",
                "creditor_ref,amount,paid_at,reference\n".getBytes(StandardCharsets.UTF_8));
        assertThat(headerOnly.status()).isEqualTo(422);
        assertThat(headerOnly.body()).contains("empty-file");
        assertThat(manager.get("/api/v1/payments/imports").body()).doesNotContain("p.csv");
        Api.Response unknown = manager.upload("/api/v1/payments/imports", Map.of("creditor", "NOPE"), "p.csv",
                "creditor_ref,amount,paid_at,reference\nF-1,1,2026-03-01,R\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(api(tenant.user(AGENT))
            .upload("/api/v1/payments/imports", Map.of("creditor", "C1"), "p.csv",
                    "creditor_ref,amount,paid_at,reference\n".getBytes(StandardCharsets.UTF_8))
            .status()).isEqualTo(403);
    }

    @Test
    void anUnmatchedRowIsMatchedByHandOnceOrDismissed() {
        String csv = "creditor_ref,amount,paid_at,reference\nTYPO-1,250.00,2026-03-01,BANK-U1\n"
                + "STRANGER,9.99,2026-03-01,BANK-U2\n";
        upload("C1", csv.getBytes(StandardCharsets.UTF_8));
        JsonNode waiting = manager.get("/api/v1/payments/unmatched").json();
        assertThat(waiting).hasSize(2);
        String typo = waiting.get(0).get("row").get("id").asString();
        String stranger = waiting.get(1).get("row").get("id").asString();
        assertThat(waiting.get(0).get("row").get("creditorRef").asString()).isEqualTo("TYPO-1");

        String c2 = account(tenant, "C2", "G-1", "100", "0", "0", "0");
        Api.Response otherCreditor = manager.post("/api/v1/payments/unmatched/" + typo + "/match",
                Map.of("accountId", c2));
        assertThat(otherCreditor.status()).isEqualTo(422);
        assertThat(otherCreditor.body()).contains("other-creditor");

        Api.Response matched = manager.post("/api/v1/payments/unmatched/" + typo + "/match", Map.of("accountId", f1));
        assertThat(matched.status()).as(matched.body()).isEqualTo(201);
        assertThat(decimal(accountJson(tenant, f1).get("balance").get("total"))).isEqualByComparingTo("750.00");
        assertThat(manager.post("/api/v1/payments/unmatched/" + typo + "/match", Map.of("accountId", f1)).status())
            .isEqualTo(404);

        assertThat(manager.post("/api/v1/payments/unmatched/" + stranger + "/dismiss", Map.of("reason", "not ours"))
            .status()).isEqualTo(200);
        assertThat(manager.get("/api/v1/payments/unmatched").json()).isEmpty();

        // the matched reference is now posted and the other dismissed: a re-import skips
        // both
        JsonNode again = upload("C1", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(outcomes(again)).containsExactly("DUPLICATE", "DUPLICATE");
        assertThat(decimal(accountJson(tenant, f1).get("balance").get("total"))).isEqualByComparingTo("750.00");
    }

    @Test
    void anUnmatchedRowIsMatchedWhenItsReferenceIsPostedLater() {
        clock.set(java.time.Instant.parse("2026-06-10T02:00:00Z"));
        String csv = "creditor_ref,amount,paid_at,reference\nLATE-1,40.00,2026-06-09,BANK-L1\n"
                + "LATE-2,15.00,2026-06-09,BANK-L2\n";
        assertThat(outcomes(upload("C1", csv.getBytes(StandardCharsets.UTF_8)))).containsExactly("UNMATCHED",
                "UNMATCHED");
        JsonNode waiting = manager.get("/api/v1/payments/unmatched").json();
        assertThat(waiting).hasSize(2);
        String first = waiting.get(0).get("row").get("id").asString();
        String second = waiting.get(1).get("row").get("id").asString();

        // the account is placed and the file imported again: the row posts, and the
        // waiting row is matched to that payment
        String late1 = account(tenant, "C1", "LATE-1", "100.00", "0", "0", "0");
        JsonNode again = upload("C1", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(outcomes(again)).containsExactly("POSTED", "DUPLICATE");
        String posted = again.get("rows").get(0).get("paymentId").asString();
        waiting = manager.get("/api/v1/payments/unmatched").json();
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get("row").get("id").asString()).isEqualTo(second);
        assertThat(row(first)).containsEntry("outcome", "MATCHED").containsEntry("payment_id", posted);
        assertThat(manager.post("/api/v1/payments/unmatched/" + first + "/match", Map.of("accountId", late1)).status())
            .isEqualTo(404);
        assertThat(decimal(accountJson(tenant, late1).get("balance").get("total"))).isEqualByComparingTo("60.00");

        // the payment posted by hand with the other reference
        String late2 = account(tenant, "C1", "LATE-2", "100.00", "0", "0", "0");
        Map<String, Object> body = body(late2, "15.00");
        body.put("reference", "BANK-L2");
        Api.Response byHand = pay(tenant, MANAGER, body);
        assertThat(byHand.status()).as(byHand.body()).isIn(200, 201);
        assertThat(manager.get("/api/v1/payments/unmatched").json()).isEmpty();
        assertThat(row(second)).containsEntry("outcome", "MATCHED")
            .containsEntry("payment_id", byHand.json().get("id").asString());
        assertThat(jdbc
            .sql("select count(*) from audit_entry where tenant_id = ? and action = 'UNMATCHED_PAYMENT_MATCHED'"
                    + " and entity_id in (?, ?)")
            .params(tenant.id().value(), first, second)
            .query(Long.class)
            .single()).isEqualTo(2);

        // reconciliation no longer counts them as unmatched
        JsonNode line = manager.get("/api/v1/payments/reconciliation?date=2026-06-10").json().get("lines").get(0);
        assertThat(line.get("creditor").asString()).isEqualTo("C1");
        assertThat(line.get("unmatchedCount").asLong()).isZero();
    }

    @Test
    void matchingByHandWhileTheSameReferenceIsPostedNeverFailsNorPostsTwice() throws Exception {
        clock.set(java.time.Instant.parse("2026-06-10T02:00:00Z"));
        int rounds = 12;
        StringBuilder csv = new StringBuilder("creditor_ref,amount,paid_at,reference\n");
        for (int i = 0; i < rounds; i++) {
            csv.append("RACE-").append(i).append(",10.00,2026-06-09,BANK-R").append(i).append('\n');
        }
        upload("C1", csv.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, String> rows = new java.util.HashMap<>();
        manager.get("/api/v1/payments/unmatched")
            .json()
            .forEach(w -> rows.put(w.get("row").get("reference").asString(), w.get("row").get("id").asString()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < rounds; i++) {
                String reference = "BANK-R" + i;
                String target = account(tenant, "C1", "RACE-" + i, "100.00", "0", "0", "0");
                Map<String, Object> body = body(target, "10.00");
                body.put("reference", reference);
                java.util.concurrent.Future<Integer> byHand = pool.submit(() -> manager
                    .post("/api/v1/payments/unmatched/" + rows.get(reference) + "/match", Map.of("accountId", target))
                    .status());
                java.util.concurrent.Future<Integer> posted = pool.submit(() -> pay(tenant, MANAGER, body).status());
                // one of them posts; the other finds the row matched (404) or the
                // reference
                // taken (409) — never a failure of the server, never two payments
                assertThat(java.util.List.of(byHand.get(), posted.get())).as(reference)
                    .allMatch(status -> status == 200 || status == 201 || status == 404 || status == 409)
                    .anyMatch(status -> status == 200 || status == 201);
                assertThat(jdbc.sql("select count(*) from payment where tenant_id = ? and reference = ?")
                    .params(tenant.id().value(), reference)
                    .query(Long.class)
                    .single()).as(reference).isEqualTo(1);
                assertThat(row(rows.get(reference))).containsEntry("outcome", "MATCHED");
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    Map<String, Object> row(String id) {
        return jdbc.sql("select outcome, payment_id from payment_import_row where tenant_id = ? and id = ?")
            .params(tenant.id().value(), java.util.UUID.fromString(id))
            .query((rs, n) -> Map.<String, Object>of("outcome", rs.getString("outcome"), "payment_id",
                    String.valueOf(rs.getObject("payment_id"))))
            .single();
    }

}
