package io.recoverydesk.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static io.recoverydesk.casework.internal.ArrangementFixtures.await;
import static io.recoverydesk.casework.internal.ArrangementFixtures.csv;
import static io.recoverydesk.casework.internal.ArrangementFixtures.pay;
import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.CREDITOR_VIEWER;
import static io.recoverydesk.identity.Role.MANAGER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promises over HTTP: the rules (balance, horizon, one open per account, also under a
 * race), scope, cancelling, the account status following, the daily check after the grace
 * days, and evaluation on the events of payments posted and reversed over HTTP.
 */
class PromisesIT extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ArrangementEvaluator evaluator;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ArrangementJob job;

    @Autowired
    DueArrangements due;

    @Autowired
    ArrangementHistory timeline;

    TestTenant tenant;

    Api agent;

    Api manager;

    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(SHANGHAI).plusDays(1);
        clock.set(today.atTime(10, 0).atZone(SHANGHAI).toInstant());
        tenant = tenants.create();
        agent = api(tenant.user(AGENT));
        manager = api(tenant.user(MANAGER));
    }

    String account(String ref) {
        return importAccount(tenant, "C1", ref, csv(ref, "王芳", "13800138011", "1000"));
    }

    Api.Response promise(Api who, String account, String amount, LocalDate due) {
        return who.post("/api/v1/accounts/" + account + "/promises", Map.of("amount", amount, "dueDate", due));
    }

    String status(String account) {
        return manager.get("/api/v1/accounts/" + account).json().get("status").asString();
    }

    JsonNode promises(String account) {
        return manager.get("/api/v1/accounts/" + account + "/promises").json().get("items");
    }

    @Test
    void refusesPromisesOutsideTheRulesWithClearProblems() {
        String account = account("PR-1");
        Api.Response above = promise(agent, account, "1000.01", today.plusDays(3));
        assertThat(above.status()).as(above.body()).isEqualTo(422);
        assertThat(above.json().get("type").asString()).endsWith("above-balance");
        assertThat(above.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");

        assertThat(promise(agent, account, "0", today.plusDays(3)).status()).isEqualTo(422);
        Api.Response past = promise(agent, account, "100", today.minusDays(1));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
        Api.Response far = promise(agent, account, "100", today.plusDays(31));
        assertThat(far.status()).isEqualTo(422);
        assertThat(far.json().get("errors").get(0).get("message").asString()).contains("30 days");
        assertThat(agent
            .post("/api/v1/accounts/" + account + "/promises", Map.of("amount", "100", "dueDate", today, "installments",
                    List.of(Map.of("amount", "1", "dueDate", today))))
            .status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/accounts/" + account + "/promises", "{\"amount\": \"x\"}").status())
            .isEqualTo(400);
        assertThat(status(account)).isEqualTo("NEW");

        Api.Response made = promise(agent, account, "1000.00", today.plusDays(30));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(status(account)).isEqualTo("PROMISED");
        Api.Response again = promise(api(tenant.user(TEAM_LEAD)), account, "10", today);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("promise-open");

        // scope: a creditor viewer of C2 and another tenant see nothing
        assertThat(api(tenant.user(CREDITOR_VIEWER)).get("/api/v1/accounts/" + account + "/promises").status())
            .isEqualTo(404);
        TestTenant other = tenants.create();
        assertThat(api(other.user(AGENT)).get("/api/v1/accounts/" + account + "/promises").status()).isEqualTo(404);
        assertThat(promise(api(other.user(AGENT)), account, "10", today).status()).isEqualTo(404);
        assertThat(api(tenant.user(CREDITOR_VIEWER))
            .post("/api/v1/accounts/" + account + "/promises", Map.of("amount", "10", "dueDate", today))
            .status()).isEqualTo(403);
    }

    @Test
    void twoConcurrentPromisesOnOneAccountGiveOneCreatedAndOneConflict() throws Exception {
        List<String> accounts = List.of(account("RC-1"), account("RC-2"), account("RC-3"));
        Api lead = api(tenant.user(TEAM_LEAD));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String account : accounts) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (Api who : List.of(agent, lead)) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return promise(who, account, "100", today.plusDays(1)).status();
                    }));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    codes.add(f.get());
                }
                assertThat(codes).containsExactlyInAnyOrder(201, 409);
                assertThat(promises(account)).hasSize(1);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void installmentPromisesAreSortedAndCancellingNeedsAReason() {
        String account = account("PI-1");
        Api.Response made = agent.post("/api/v1/accounts/" + account + "/promises",
                Map.of("installments", List.of(Map.of("amount", "300", "dueDate", today.plusDays(14)),
                        Map.of("amount", "200", "dueDate", today.plusDays(7)))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("amount").decimalValue()).isEqualByComparingTo("500");
        assertThat(made.json().get("installments").get(0).get("dueDate").asString())
            .isEqualTo(today.plusDays(7).toString());
        assertThat(made.json().get("lastDue").asString()).isEqualTo(today.plusDays(14).toString());
        String id = made.json().get("id").asString();

        assertThat(due.dueOn(tenant.id(), today.plusDays(7))).singleElement()
            .satisfies(d -> assertThat(d.kind()).isEqualTo("PROMISE"));
        assertThat(due.dueNowCounts(tenant.id(), List.of(java.util.UUID.fromString(account)), today.plusDays(14)))
            .containsEntry(java.util.UUID.fromString(account), 2);

        assertThat(agent.post("/api/v1/promises/" + id + "/cancel", Map.of()).status()).isEqualTo(422);
        Api.Response cancelled = agent.post("/api/v1/promises/" + id + "/cancel", Map.of("reason", "debtor withdrew"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(status(account)).isEqualTo("ACTIVE");
        assertThat(agent.post("/api/v1/promises/" + id + "/cancel", Map.of("reason", "again")).status()).isEqualTo(409);
        JsonNode history = agent.get("/api/v1/accounts/" + account + "/arrangement-history").json().get("items");
        assertThat(history.get(0).get("event").asString()).isEqualTo("CANCELLED");
        assertThat(history.get(1).get("event").asString()).isEqualTo("CREATED");
        Long audited = jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action like 'PROMISE_%'")
            .param(tenant.id().value())
            .query(Long.class)
            .single();
        assertThat(audited).isEqualTo(2);

        // the case timeline shows both, newest first, with translatable titles
        io.recoverydesk.identity.CurrentUser viewer = new io.recoverydesk.identity.CurrentUser(tenant.id(),
                java.util.UUID.randomUUID(), "viewer", "Viewer", java.util.Set.of(MANAGER), null, null);
        assertThat(timeline.entries(viewer, java.util.UUID.fromString(account), 10)).extracting(TimelineEntry::titleKey)
            .containsExactly("arr.timeline.PROMISE.CANCELLED", "arr.timeline.PROMISE.CREATED");
        assertThat(due.dueNowCounts(tenant.id(), List.of(java.util.UUID.fromString(account)), today.plusDays(14)))
            .as("a cancelled promise is no longer due")
            .isEmpty();
    }

    @Test
    void theDailyCheckBreaksAnUnpaidPromiseAfterTheGraceDaysOnce() {
        String account = account("PD-1");
        String id = promise(agent, account, "400", today.plusDays(1)).json().get("id").asString();
        String partly = account("PD-2");
        promise(agent, partly, "300", today.plusDays(1));
        String kept = account("PD-3");
        promise(agent, kept, "300", today.plusDays(1));

        // on the due date: the whole amount keeps a promise at once, a part leaves it
        // pending until the grace days are over
        Instant dueDay = today.plusDays(1).atTime(9, 0).atZone(SHANGHAI).toInstant();
        clock.set(dueDay);
        pay(manager, kept, "300.00", dueDay);
        pay(manager, partly, "100.00", dueDay);
        await("promise kept", () -> promises(kept).get(0).get("status").asString().equals("KEPT"));
        await("part payment counted", () -> promises(partly).get(0).get("paid").decimalValue().signum() > 0);
        assertThat(promises(kept).get(0).get("paid").decimalValue()).isEqualByComparingTo("300");
        assertThat(status(kept)).isEqualTo("ACTIVE");
        assertThat(promises(partly).get(0).get("status").asString()).isEqualTo("PENDING");
        assertThat(promises(partly).get(0).get("paid").decimalValue()).isEqualByComparingTo("100");
        assertThat(status(partly)).isEqualTo("PROMISED");

        // the last day of grace (due + 2): still pending
        clock.set(today.plusDays(3).atTime(23, 0).atZone(SHANGHAI).toInstant());
        assertThat(manager.post("/api/v1/arrangements/daily-check", Map.of()).json().get("accounts").asInt()).isZero();
        assertThat(promises(account).get(0).get("status").asString()).isEqualTo("PENDING");
        assertThat(promises(partly).get(0).get("status").asString()).isEqualTo("PENDING");

        Instant after = today.plusDays(4).atTime(0, 30).atZone(SHANGHAI).toInstant();
        clock.set(after);
        assertThat(job.claim(tenant.id(), today.plusDays(4))).isTrue();
        assertThat(job.claim(tenant.id(), today.plusDays(4))).as("a second node").isFalse();
        JsonNode checked = manager.post("/api/v1/arrangements/daily-check", Map.of()).json();
        assertThat(checked.get("accounts").asInt()).as("the two pending promises").isEqualTo(2);
        assertThat(promises(account).get(0).get("status").asString()).isEqualTo("BROKEN");
        assertThat(promises(account).get(0).get("paid").decimalValue()).isZero();
        assertThat(status(account)).isEqualTo("ACTIVE");
        assertThat(promises(partly).get(0).get("status").asString()).isEqualTo("PARTIALLY_KEPT");
        assertThat(promises(partly).get(0).get("paid").decimalValue()).isEqualByComparingTo("100");
        assertThat(status(partly)).isEqualTo("ACTIVE");
        assertThat(promises(kept).get(0).get("status").asString()).isEqualTo("KEPT");
        assertThat(promises(kept).get(0).get("paid").decimalValue()).isEqualByComparingTo("300");
        // idempotent: a second run changes nothing
        assertThat(manager.post("/api/v1/arrangements/daily-check", Map.of()).json().get("accounts").asInt()).isZero();
        assertThat(agent.get("/api/v1/accounts/" + account + "/arrangement-history").json().get("items")).hasSize(2);
        assertThat(agent.get("/api/v1/accounts/" + partly + "/arrangement-history").json().get("items"))
            .extracting(h -> h.get("event").asString())
            .containsExactly("PARTIALLY_KEPT", "CREATED");
        assertThat(agent.get("/api/v1/accounts/" + kept + "/arrangement-history").json().get("items"))
            .extracting(h -> h.get("event").asString())
            .containsExactly("KEPT", "CREATED");
        assertThat(agent.post("/api/v1/promises/" + id + "/cancel", Map.of("reason", "late")).status()).isEqualTo(409);
        assertThat(agent.post("/api/v1/arrangements/daily-check", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void paymentEventsKeepAPromiseAndAReversalReopensIt() {
        String account = account("PE-1");
        UUID accountId = UUID.fromString(account);
        promise(agent, account, "500", today.plusDays(5));
        Instant paidAt = clock.instant().plusSeconds(60);
        clock.set(paidAt.plusSeconds(60));
        Map<String, Object> body = Map.of("accountId", account, "amount", "500.00", "currency", "CNY", "paidAt",
                paidAt.toString(), "method", "BANK_TRANSFER", "reference", "REF-" + UUID.randomUUID());
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Api.Response posted = manager.post("/api/v1/payments", body, key);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String paymentId = posted.json().get("id").asString();
        await("promise kept", () -> promises(account).get(0).get("status").asString().equals("KEPT"));
        assertThat(promises(account).get(0).get("paid").decimalValue()).isEqualByComparingTo("500");
        assertThat(status(account)).as("balance left: back to active").isEqualTo("ACTIVE");

        // a retried request is answered from the first, and a redelivered event
        // evaluates the same facts again: nothing changes
        Api.Response retried = manager.post("/api/v1/payments", body, key);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().get("id").asString()).isEqualTo(paymentId);
        tx.executeWithoutResult(s -> evaluator.account(tenant.id(), accountId));
        assertThat(promises(account).get(0).get("status").asString()).isEqualTo("KEPT");
        assertThat(manager.get("/api/v1/accounts/" + account + "/payments").json().get("payments")).hasSize(1);

        Api.Response reversed = manager.post("/api/v1/payments/" + paymentId + "/reversal",
                Map.of("reason", "bounced"));
        assertThat(reversed.status()).as(reversed.body()).isIn(200, 201);
        await("promise pending again", () -> promises(account).get(0).get("status").asString().equals("PENDING"));
        assertThat(promises(account).get(0).get("paid").decimalValue()).isZero();
        assertThat(status(account)).isEqualTo("PROMISED");
        JsonNode history = agent.get("/api/v1/accounts/" + account + "/arrangement-history").json().get("items");
        assertThat(history).extracting(h -> h.get("event").asString()).containsExactly("PENDING", "KEPT", "CREATED");
    }

}
