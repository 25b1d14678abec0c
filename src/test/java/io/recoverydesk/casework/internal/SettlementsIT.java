package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static io.recoverydesk.casework.internal.ArrangementFixtures.await;
import static io.recoverydesk.casework.internal.ArrangementFixtures.csv;
import static io.recoverydesk.casework.internal.ArrangementFixtures.pay;
import static io.recoverydesk.identity.Role.ADMIN;
import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.CREDITOR_VIEWER;
import static io.recoverydesk.identity.Role.MANAGER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settlements over HTTP: the discount decides who approves (agent ≤ 10 % by themselves,
 * team lead ≤ 25 %, manager ≤ 50 %, admin above, or the tenant's own limits); the inbox
 * shows each approver what they may decide and nobody else anything; approve and reject
 * are audited; expiry; the write-off once the amount is paid (payments posted over HTTP),
 * undone when that payment bounces (the settlement open again, or expired), none when the
 * balance is paid in full.
 */
class SettlementsIT extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Tenants directory;

    @Autowired
    ArrangementEvaluator evaluator;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Settlements settlements;

    TestTenant tenant;

    Api agent;

    Api lead;

    Api manager;

    Api admin;

    LocalDate today;

    int refs;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(SHANGHAI).plusDays(1);
        clock.set(today.atTime(10, 0).atZone(SHANGHAI).toInstant());
        tenant = tenants.create();
        agent = api(tenant.user(AGENT));
        lead = api(tenant.user(TEAM_LEAD));
        manager = api(tenant.user(MANAGER));
        admin = api(tenant.user(ADMIN));
    }

    String account() {
        String ref = "ST-" + (++refs);
        return importAccount(tenant, "C1", ref, csv(ref, "张伟", "1380013801" + refs % 10, "1000"));
    }

    Api.Response request(Api who, String account, String amount) {
        return who.post("/api/v1/accounts/" + account + "/settlements",
                Map.of("amount", amount, "validUntil", today.plusDays(10), "reason", "hardship, lump sum offer"));
    }

    JsonNode inbox(Api who) {
        return who.get("/api/v1/approvals").json().get("items");
    }

    @Test
    void theDiscountDecidesWhoApproves() {
        Api.Response small = request(agent, account(), "950");
        assertThat(small.status()).as(small.body()).isEqualTo(201);
        assertThat(small.json().get("status").asString()).as("5 %: the agent's own limit").isEqualTo("APPROVED");
        assertThat(small.json().get("decidedBy").asString()).isEqualTo(tenant.user(AGENT));

        String a20 = account();
        JsonNode twenty = request(agent, a20, "800").json();
        assertThat(twenty.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(twenty.get("requiredRole").asString()).isEqualTo("TEAM_LEAD");
        assertThat(twenty.get("discount").decimalValue()).isEqualByComparingTo("0.2");
        JsonNode forty = request(agent, account(), "600").json();
        assertThat(forty.get("requiredRole").asString()).isEqualTo("MANAGER");
        JsonNode seventy = request(agent, account(), "300").json();
        assertThat(seventy.get("requiredRole").asString()).isEqualTo("ADMIN");

        assertThat(inbox(lead)).extracting(n -> n.get("id").asString()).containsExactly(twenty.get("id").asString());
        assertThat(inbox(manager)).extracting(n -> n.get("id").asString())
            .containsExactly(twenty.get("id").asString(), forty.get("id").asString());
        assertThat(inbox(admin)).hasSize(3);
        assertThat(agent.get("/api/v1/approvals").status()).isEqualTo(403);

        assertThat(lead.post("/api/v1/settlements/" + forty.get("id").asString() + "/approve", Map.of()).status())
            .as("above the lead's limit")
            .isEqualTo(403);
        Api.Response approved = lead.post("/api/v1/settlements/" + twenty.get("id").asString() + "/approve",
                Map.of("reason", "ok"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo(tenant.user(TEAM_LEAD));
        assertThat(lead.post("/api/v1/settlements/" + twenty.get("id").asString() + "/approve", Map.of()).status())
            .isEqualTo(409);
        assertThat(request(agent, a20, "700").status()).as("one open settlement per account").isEqualTo(409);

        assertThat(manager.post("/api/v1/settlements/" + seventy.get("id").asString() + "/reject", Map.of()).status())
            .isEqualTo(403);
        assertThat(admin.post("/api/v1/settlements/" + seventy.get("id").asString() + "/reject", Map.of()).status())
            .as("a reason is required")
            .isEqualTo(422);
        Api.Response rejected = admin.post("/api/v1/settlements/" + seventy.get("id").asString() + "/reject",
                Map.of("reason", "too deep a discount"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(inbox(admin)).hasSize(1);
        Long audited = jdbc
            .sql("select count(*) from audit_entry where tenant_id = ? and action in ('SETTLEMENT_APPROVED',"
                    + " 'SETTLEMENT_REJECTED')")
            .param(tenant.id().value())
            .query(Long.class)
            .single();
        assertThat(audited).isEqualTo(3);
    }

    @Test
    void othersNeverSeeOrDecide() {
        directory.createTeam(tenant.id(), "T2", "Team two", Set.of("C1"));
        String otherLead = "lead2-" + tenant.code();
        directory.createUser(tenant.id(), otherLead, "Lead Two", "password-9", EnumSet.of(Role.TEAM_LEAD), Set.of(),
                "T2");
        Api lead2 = new Api(port, otherLead, "password-9");
        String account = account();
        String id = request(agent, account, "800").json().get("id").asString();

        assertThat(inbox(lead2)).as("another team's lead").isEmpty();
        assertThat(lead2.post("/api/v1/settlements/" + id + "/approve", Map.of()).status()).isEqualTo(403);
        Api viewer = api(tenant.user(CREDITOR_VIEWER));
        assertThat(viewer.get("/api/v1/approvals").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/accounts/" + account + "/settlements").status()).isEqualTo(404);
        TestTenant other = tenants.create();
        Api otherManager = api(other.user(MANAGER));
        assertThat(inbox(otherManager)).isEmpty();
        assertThat(otherManager.post("/api/v1/settlements/" + id + "/approve", Map.of()).status()).isEqualTo(404);
        assertThat(api(other.user(ADMIN)).get("/api/v1/accounts/" + account + "/settlements").status()).isEqualTo(404);

        // a lead's own request above their limit waits for a manager, and never for
        // themselves
        String mine = request(lead, account(), "700").json().get("id").asString();
        assertThat(inbox(lead)).extracting(n -> n.get("id").asString()).containsExactly(id);
        assertThat(lead.post("/api/v1/settlements/" + mine + "/approve", Map.of()).status()).isEqualTo(403);
        assertThat(inbox(manager)).extracting(n -> n.get("id").asString()).contains(id, mine);

        // withdrawing: the requester or a manager, with a reason; never another team's
        // lead
        assertThat(lead2.post("/api/v1/settlements/" + id + "/cancel", Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(agent.post("/api/v1/settlements/" + id + "/cancel", Map.of()).status()).isEqualTo(422);
        Api.Response withdrawn = agent.post("/api/v1/settlements/" + id + "/cancel",
                Map.of("reason", "debtor changed their mind"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(agent.post("/api/v1/settlements/" + id + "/cancel", Map.of("reason", "again")).status())
            .isEqualTo(409);
        assertThat(inbox(lead)).isEmpty();
        assertThat(request(agent, account, "900").status()).as("the account is free again").isEqualTo(201);
    }

    @Test
    void aTenantSetsItsOwnLimitsAndRequestsExpire() {
        assertThat(manager.put("/api/v1/settlement-limits", Map.of("AGENT", "0.3")).status()).isEqualTo(403);
        assertThat(admin.put("/api/v1/settlement-limits", Map.of("AGENT", "0.3")).status()).as("above the lead's")
            .isEqualTo(422);
        Api.Response set = admin.put("/api/v1/settlement-limits",
                Map.of("AGENT", "0.05", "TEAM_LEAD", "0.30", "MANAGER", "0.60"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(agent.get("/api/v1/settlement-limits").json().get("TEAM_LEAD").decimalValue())
            .isEqualByComparingTo("0.30");
        JsonNode eight = request(agent, account(), "920").json();
        assertThat(eight.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(eight.get("requiredRole").asString()).isEqualTo("TEAM_LEAD");

        clock.set(today.plusDays(11).atTime(1, 0).atZone(SHANGHAI).toInstant());
        JsonNode checked = manager.post("/api/v1/arrangements/daily-check", Map.of()).json();
        assertThat(checked.get("settlementsExpired").asInt()).isEqualTo(1);
        assertThat(inbox(lead)).isEmpty();
        assertThat(manager.get("/api/v1/accounts/" + eight.get("accountId").asString() + "/settlements")
            .json()
            .get("items")
            .get(0)
            .get("status")
            .asString()).isEqualTo("EXPIRED");
    }

    @Test
    void anApprovedSettlementPaidInFullIsWrittenOff() {
        String account = account();
        UUID accountId = UUID.fromString(account);
        String id = request(agent, account, "800").json().get("id").asString();
        // paid before the approval: not counted towards the settlement
        Instant requested = clock.instant();
        pay(manager, account, "100.00", requested.minusSeconds(60));
        clock.set(requested.plusSeconds(120));
        assertThat(lead.post("/api/v1/settlements/" + id + "/approve", Map.of()).status()).isEqualTo(200);
        // two payments after the approval add up to the amount; had the first payment
        // counted, the 750 alone would have settled (and written off 150)
        Instant paidAt = requested.plusSeconds(180);
        clock.set(paidAt.plusSeconds(60));
        pay(manager, account, "750.00", paidAt);
        pay(manager, account, "50.00", paidAt.plusSeconds(1));
        await("settlement paid", () -> settlementStatus(account).equals("PAID"));
        await("account settled",
                () -> manager.get("/api/v1/accounts/" + account).json().get("status").asString().equals("SETTLED"));
        assertThat(manager.get("/api/v1/accounts/" + account).json().get("balance").get("total").decimalValue())
            .isZero();
        JsonNode history = agent.get("/api/v1/accounts/" + account + "/arrangement-history").json().get("items");
        assertThat(history.get(0).get("event").asString()).isEqualTo("PAID");
        assertThat(history.get(0).get("amount").decimalValue()).as("paid since the approval")
            .isEqualByComparingTo("800");

        // a redelivered payment event finds nothing open: written off exactly once
        tx.executeWithoutResult(s -> evaluator.account(tenant.id(), accountId));
        assertThat(settlementStatus(account)).isEqualTo("PAID");
        List<Map<String, Object>> writeOffs = jdbc
            .sql("select settlement_id, amount from write_off where tenant_id = ? and account_id = ?")
            .params(tenant.id().value(), accountId)
            .query()
            .listOfRows();
        assertThat(writeOffs).singleElement().satisfies(w -> {
            assertThat(w.get("settlement_id").toString()).isEqualTo(id);
            assertThat((BigDecimal) w.get("amount")).as("the rest after 900 paid").isEqualByComparingTo("100");
        });
        assertThat(manager.get("/api/v1/accounts/" + account + "/payments").json().get("writeOffs")).hasSize(1);
    }

    @Test
    void aBouncedSettlementPaymentUndoesTheWriteOffAndTheSettlementIsOpenAgain() {
        String account = account();
        UUID accountId = UUID.fromString(account);
        Instant approved = clock.instant();
        String id = request(agent, account, "950").json().get("id").asString();
        assertThat(settlementStatus(account)).as("within the agent's own limit").isEqualTo("APPROVED");
        clock.set(approved.plusSeconds(120));
        String paying = pay(manager, account, "950.00", approved.plusSeconds(60)).get("id").asString();
        await("settlement paid", () -> settlementStatus(account).equals("PAID"));
        await("account settled", () -> accountStatus(account).equals("SETTLED"));

        Api.Response reversed = lead.post("/api/v1/payments/" + paying + "/reversal", Map.of("reason", "bounced"));
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(200);
        // in the reversal's own transaction: the write-off undone, the balance as before
        // the write-off, the account worked again
        assertThat(accountStatus(account)).isEqualTo("ACTIVE");
        assertThat(balance(account)).isEqualByComparingTo("1000");
        List<Map<String, Object>> first = writeOffs(accountId);
        assertThat(first).singleElement().satisfies(w -> {
            assertThat(w.get("reversed_at")).as("marked reversed, never deleted").isNotNull();
            assertThat(w.get("live_settlement_id")).isNull();
            assertThat((BigDecimal) w.get("principal")).isEqualByComparingTo("50");
        });
        await("settlement approved again", () -> settlementStatus(account).equals("APPROVED"));
        JsonNode history = agent.get("/api/v1/accounts/" + account + "/arrangement-history").json().get("items");
        assertThat(history.get(0).get("event").asString()).isEqualTo(Settlements.REOPENED);
        assertThat(manager.get("/api/v1/accounts/" + account + "/settlements")
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asString()).isEqualTo(id);

        // a redelivered reversal finds the settlement open: nothing changes
        tx.executeWithoutResult(s -> settlements.reopenAfterReversal(tenant.id(), accountId, "system"));
        assertThat(settlementStatus(account)).isEqualTo("APPROVED");

        // the debtor pays again: settled again, exactly one write-off stands
        clock.set(approved.plusSeconds(300));
        pay(manager, account, "950.00", approved.plusSeconds(240));
        await("settlement paid again", () -> settlementStatus(account).equals("PAID"));
        await("account settled again", () -> accountStatus(account).equals("SETTLED"));
        assertThat(balance(account)).isZero();
        List<Map<String, Object>> all = writeOffs(accountId);
        assertThat(all).hasSize(2);
        assertThat(all).filteredOn(w -> w.get("reversed_at") == null).singleElement().satisfies(w -> {
            assertThat(w.get("settlement_id").toString()).isEqualTo(id);
            assertThat((BigDecimal) w.get("amount")).isEqualByComparingTo("50");
        });
        // and a redelivered reversal now finds a write-off standing
        tx.executeWithoutResult(s -> settlements.reopenAfterReversal(tenant.id(), accountId, "system"));
        assertThat(settlementStatus(account)).isEqualTo("PAID");
        assertThat(accountStatus(account)).isEqualTo("SETTLED");
    }

    @Test
    void aSettlementWhoseValidityEndedExpiresWhenItsPaymentBounces() {
        String account = account();
        Instant approved = clock.instant();
        request(agent, account, "950");
        clock.set(approved.plusSeconds(120));
        String paying = pay(manager, account, "950.00", approved.plusSeconds(60)).get("id").asString();
        await("account settled", () -> accountStatus(account).equals("SETTLED"));

        clock.set(today.plusDays(11).atTime(10, 0).atZone(SHANGHAI).toInstant());
        assertThat(lead.post("/api/v1/payments/" + paying + "/reversal", Map.of("reason", "chargeback")).status())
            .isEqualTo(200);
        assertThat(accountStatus(account)).isEqualTo("ACTIVE");
        assertThat(balance(account)).isEqualByComparingTo("1000");
        await("settlement expired", () -> settlementStatus(account).equals("EXPIRED"));
        Api.Response again = agent.post("/api/v1/accounts/" + account + "/settlements",
                Map.of("amount", "900", "validUntil", today.plusDays(20), "reason", "a new offer"));
        assertThat(again.status()).as("the account is free for a new offer: " + again.body()).isEqualTo(201);
    }

    @Test
    void aBalancePaidInFullClosesTheSettlementWithoutAWriteOffAndStaysPaid() {
        String account = account();
        UUID accountId = UUID.fromString(account);
        Instant approved = clock.instant();
        String before = accountStatus(account);
        request(agent, account, "950");
        clock.set(approved.plusSeconds(120));
        String paying = pay(manager, account, "1000.00", approved.plusSeconds(60)).get("id").asString();
        await("settlement paid", () -> settlementStatus(account).equals("PAID"));
        assertThat(accountStatus(account)).as("paid, not relabelled SETTLED").isEqualTo("PAID");
        assertThat(writeOffs(accountId)).isEmpty();
        JsonNode history = agent.get("/api/v1/accounts/" + account + "/arrangement-history").json().get("items");
        assertThat(history.get(0).get("event").asString()).isEqualTo(Settlements.PAID_IN_FULL);

        // its payment bounces: the account is worked again and the offer stands
        assertThat(lead.post("/api/v1/payments/" + paying + "/reversal", Map.of("reason", "bounced")).status())
            .isEqualTo(200);
        assertThat(accountStatus(account)).as("its status before the payment").isEqualTo(before);
        await("settlement approved again", () -> settlementStatus(account).equals("APPROVED"));
        assertThat(writeOffs(accountId)).isEmpty();
    }

    String accountStatus(String account) {
        return manager.get("/api/v1/accounts/" + account).json().get("status").asString();
    }

    BigDecimal balance(String account) {
        return manager.get("/api/v1/accounts/" + account).json().get("balance").get("total").decimalValue();
    }

    List<Map<String, Object>> writeOffs(UUID accountId) {
        return jdbc
            .sql("select settlement_id, live_settlement_id, amount, principal, reversed_at from write_off"
                    + " where tenant_id = ? and account_id = ? order by created_at")
            .params(tenant.id().value(), accountId)
            .query()
            .listOfRows();
    }

    String settlementStatus(String account) {
        return manager.get("/api/v1/accounts/" + account + "/settlements")
            .json()
            .get("items")
            .get(0)
            .get("status")
            .asString();
    }

}
