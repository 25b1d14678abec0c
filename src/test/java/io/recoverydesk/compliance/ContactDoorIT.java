package io.recoverydesk.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.COMPLIANCE;
import static io.recoverydesk.identity.Role.CREDITOR_VIEWER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance door over HTTP, on H2 and PostgreSQL: checks, live and reported
 * contacts, holds, alerts, tightened packs, retries and concurrent agents.
 */
class ContactDoorIT extends IntegrationTest {

    /** Monday 3 June 2026, 10:00 in Shanghai. */
    static final Instant MORNING = Instant.parse("2026-06-03T02:00:00Z");

    TestTenant tenant;

    Api agent;

    String account;

    String phone;

    @BeforeEach
    void importAccount() {
        tenant = tenants.create();
        agent = api(tenant.user(AGENT));
        account = importOne("C1", "CN-1",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nCN-1,李雷,13800138000,1000,2026-01-15\n");
        phone = agent.get("/api/v1/accounts/" + account).json().get("contactPoints").get(0).get("id").asString();
    }

    String importOne(String creditor, String ref, String csv) {
        return importAccount(tenant, creditor, ref, csv);
    }

    Map<String, Object> call(String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountId", account);
        body.put("channel", "CALL");
        body.put("direction", "OUTBOUND");
        body.put("contactPointId", phone);
        body.put("outcome", outcome);
        return body;
    }

    JsonNode check(Api api, Instant at) {
        Map<String, Object> body = new HashMap<>(
                Map.of("accountId", account, "channel", "CALL", "contactPointId", phone));
        if (at != null) {
            body.put("at", at.toString());
        }
        Api.Response response = api.post("/api/v1/compliance/contact-check", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static List<String> rules(JsonNode reasons) {
        List<String> out = new ArrayList<>();
        reasons.forEach(r -> out.add(r.get("rule").asString()));
        return out;
    }

    long ledgerRows() {
        return jdbc.sql("select count(*) from contact_ledger where tenant_id = ?")
            .param(tenant.id().value())
            .query(Long.class)
            .single();
    }

    @Test
    void aFourthConversationInADayIsRefusedLiveAndNothingIsRecorded() {
        clock.set(MORNING);
        JsonNode first = check(agent, null);
        assertThat(first.get("allowed").asBoolean()).isTrue();
        assertThat(first.get("pack").asString()).isEqualTo("CN");
        assertThat(first.get("remaining").get("CN.CONVERSATIONS").asInt()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            clock.set(MORNING.plusSeconds(600L * i));
            Api.Response recorded = agent.post("/api/v1/contacts", call("RIGHT_PARTY_CONTACT"));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            assertThat(recorded.json().get("violations")).isEmpty();
        }
        clock.set(MORNING.plusSeconds(3600));
        Api.Response fourth = agent.post("/api/v1/contacts", call("RIGHT_PARTY_CONTACT"));
        assertThat(fourth.status()).isEqualTo(422);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat(rules(fourth.json().get("reasons"))).contains("CN.CONVERSATIONS");
        assertThat(fourth.json().get("nextAllowedAt").asString()).isEqualTo("2026-06-04T00:00:00Z");
        assertThat(ledgerRows()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'CONTACT_BLOCKED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);
        assertThat(agent.get("/api/v1/accounts/" + account + "/contacts").json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void aCallAt2205LocalTimeIsBlockedUntilEightTheNextMorning() {
        JsonNode late = check(agent, Instant.parse("2026-06-03T14:05:00Z"));
        assertThat(late.get("allowed").asBoolean()).isFalse();
        assertThat(rules(late.get("reasons"))).containsExactly("CN.TIME");
        assertThat(late.get("nextAllowedAt").asString()).isEqualTo("2026-06-04T00:00:00Z");
    }

    @Test
    void aContactReportedAfterTheFactIsAlwaysRecordedWithItsViolationsAndAnAlert() {
        clock.set(MORNING);
        Map<String, Object> body = call("NO_ANSWER");
        body.put("startedAt", "2026-06-02T14:30:00Z"); // 22:30 the evening before
        body.put("externalId", "dialer-42");
        Api.Response recorded = agent.post("/api/v1/contacts", body);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("reported").asBoolean()).isTrue();
        assertThat(recorded.json().get("violations").get(0).asString()).isEqualTo("CN.TIME");

        Api.Response retried = agent.post("/api/v1/contacts", body);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("id")).isEqualTo(recorded.json().get("id"));
        assertThat(ledgerRows()).isEqualTo(1);

        JsonNode alerts = api(tenant.user(COMPLIANCE)).get("/api/v1/compliance/alerts?status=OPEN").json();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("rules").get(0).asString()).isEqualTo("CN.TIME");
        Api compliance = api(tenant.user(COMPLIANCE));
        assertThat(compliance.post("/api/v1/compliance/alerts/" + alerts.get(0).get("id").asString() + "/close", "{}")
            .status()).isEqualTo(200);
        assertThat(compliance.get("/api/v1/compliance/alerts?status=OPEN").json()).isEmpty();
    }

    @Test
    void aHoldStopsContactUntilSomeoneWhoMayLiftsItWithAReason() {
        clock.set(MORNING);
        Api.Response placed = agent.post("/api/v1/accounts/" + account + "/holds",
                Map.of("type", "DISPUTE", "reason", "Debtor disputes the amount by phone"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String holdId = placed.json().get("id").asString();
        JsonNode held = check(agent, null);
        assertThat(held.get("allowed").asBoolean()).isFalse();
        assertThat(rules(held.get("reasons"))).containsExactly("HOLD.DISPUTE");
        assertThat(held.get("nextAllowedAt").isNull()).isTrue();
        assertThat(agent.post("/api/v1/accounts/" + account + "/holds", Map.of("type", "DISPUTE", "reason", "again"))
            .status()).isEqualTo(409);

        assertThat(agent.delete("/api/v1/accounts/" + account + "/holds/" + holdId + "?reason=verified").status())
            .isEqualTo(403);
        Api compliance = api(tenant.user(COMPLIANCE));
        assertThat(compliance.delete("/api/v1/accounts/" + account + "/holds/" + holdId).status()).isEqualTo(422);
        Api.Response lifted = compliance
            .delete("/api/v1/accounts/" + account + "/holds/" + holdId + "?reason=verified");
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(lifted.json().get("liftedBy").asString()).isEqualTo(tenant.user(COMPLIANCE));
        assertThat(compliance.delete("/api/v1/accounts/" + account + "/holds/" + holdId + "?reason=again").status())
            .isEqualTo(409);
        assertThat(check(agent, null).get("allowed").asBoolean()).isTrue();
        assertThat(jdbc
            .sql("select count(*) from audit_entry where tenant_id = ? and action in ('HOLD_PLACED', 'HOLD_LIFTED')")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(2);
    }

    @Test
    void aDoNotCallHoldStopsCallsToThatNumberOnly() {
        clock.set(MORNING);
        assertThat(agent
            .post("/api/v1/accounts/" + account + "/holds",
                    Map.of("type", "DO_NOT_CALL", "reason", "asked not to be called at work", "contactPointId", phone))
            .status()).isEqualTo(201);
        assertThat(rules(check(agent, null).get("reasons"))).containsExactly("HOLD.DO_NOT_CALL");
        JsonNode letter = agent
            .post("/api/v1/compliance/contact-check", Map.of("accountId", account, "channel", "LETTER"))
            .json();
        assertThat(letter.get("allowed").asBoolean()).isTrue();
    }

    @Test
    void concurrentAgentsCannotBothTakeTheLastConversationOfTheDay() throws Exception {
        clock.set(MORNING);
        for (int i = 0; i < 2; i++) {
            assertThat(agent.post("/api/v1/contacts", call("RIGHT_PARTY_CONTACT")).status()).isEqualTo(201);
        }
        Api lead = api(tenant.user(TEAM_LEAD));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Api who = i % 2 == 0 ? agent : lead;
                calls.add(pool.submit(() -> who.post("/api/v1/contacts", call("PROMISE_TO_PAY")).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> c : calls) {
                statuses.add(c.get());
            }
            assertThat(statuses).containsOnly(201, 422);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        }
        finally {
            pool.shutdown();
        }
        assertThat(ledgerRows()).isEqualTo(3);
    }

    @Test
    void aTenantMayTightenAPackButNeverLoosenIt() {
        Api compliance = api(tenant.user(COMPLIANCE));
        Api.Response tightened = compliance.put("/api/v1/compliance/packs/CN", Map.of("windowEnd", "21:00"));
        assertThat(tightened.status()).as(tightened.body()).isEqualTo(200);
        assertThat(tightened.json().get("inForce").get("windowEnd").asString()).isEqualTo("21:00");
        JsonNode late = check(agent, Instant.parse("2026-06-03T13:30:00Z")); // 21:30
                                                                             // local
        assertThat(rules(late.get("reasons"))).containsExactly("CN.TIME");

        Api.Response loosened = compliance.put("/api/v1/compliance/packs/CN", Map.of("windowEnd", "23:00"));
        assertThat(loosened.status()).isEqualTo(422);
        assertThat(loosened.body()).contains("windowEnd");
        assertThat(compliance.put("/api/v1/compliance/packs/CN", Map.of("cnConversationsPerDay", "lots")).status())
            .isEqualTo(422);
        assertThat(compliance.put("/api/v1/compliance/packs/XX", Map.of()).status()).isEqualTo(404);
        assertThat(agent.put("/api/v1/compliance/packs/CN", Map.of("windowEnd", "20:00")).status()).isEqualTo(403);
    }

    @Test
    void anAddressInCaliforniaAndA212NumberAllowCallsOnlyFromElevenNewYorkTime() {
        String us = importOne("C1", "US-1", "creditor_ref,debtor_name,phone_1,country,province,city,address,principal,"
                + "first_delinquency_date\nUS-1,John Doe,2127363100,US,CA,Los Angeles,1 Main St,500,2026-01-15\n");
        Map<String, Object> body = new HashMap<>(Map.of("accountId", us, "channel", "CALL"));
        body.put("at", "2026-06-03T14:30:00Z"); // 10:30 in New York, 07:30 in Los Angeles
        JsonNode early = agent.post("/api/v1/compliance/contact-check", body).json();
        assertThat(early.get("pack").asString()).isEqualTo("US");
        assertThat(rules(early.get("reasons"))).containsExactly("US.TIME");
        assertThat(early.get("nextAllowedAt").asString()).isEqualTo("2026-06-03T15:00:00Z");
        body.put("at", "2026-06-03T15:00:00Z");
        assertThat(agent.post("/api/v1/compliance/contact-check", body).json().get("allowed").asBoolean()).isTrue();
    }

    @Test
    void aNoteWithThreateningWordsIsKeptAndFlaggedForQa() {
        clock.set(MORNING);
        Map<String, Object> body = call("REFUSED_TO_PAY");
        body.put("notes", "客户拒绝还款，我说再不还就通 知 你 单 位");
        Api.Response recorded = agent.post("/api/v1/contacts", body);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("noteFindings").get(0).asString()).isEqualTo("THREAT");
        assertThat(recorded.json().get("notes").asString()).contains("通 知 你 单 位");
        JsonNode alerts = api(tenant.user(COMPLIANCE)).get("/api/v1/compliance/alerts").json();
        assertThat(alerts.get(0).get("kind").asString()).isEqualTo("NOTE_FLAGGED");
        // the alert quotes the note's words, not the lexicon's pattern
        assertThat(alerts.get(0).get("detail").asString()).isEqualTo("THREAT: 通 知 你 单 位");
    }

    @Test
    void theScannerFlagsThreatsAndLeavesOrdinaryLanguageClean() {
        JsonNode threat = agent
            .post("/api/v1/compliance/scan", Map.of("text", "You will be ARRESTED if you do not pay", "locale", "en"))
            .json();
        assertThat(threat.has("clean")).as(threat.toString()).isTrue();
        assertThat(threat.get("clean").asBoolean()).isFalse();
        assertThat(threat.get("findings").get(0).get("category").asString()).isEqualTo("THREAT");
        assertThat(threat.get("findings").get(0).get("start").asInt()).isEqualTo(12);
        assertThat(agent.post("/api/v1/compliance/scan", Map.of("text", "您的账户已逾期30天，请尽快还款。"))
            .json()
            .get("clean")
            .asBoolean()).isTrue();
        assertThat(agent.post("/api/v1/compliance/scan", Map.of("text", "x", "locale", "fr")).status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/compliance/scan", Map.of("locale", "en")).status()).isEqualTo(400);
    }

    @Test
    void contactsPastTheirRetentionArePurgedAndThePurgeIsAudited() {
        clock.set(MORNING);
        for (String started : List.of("2020-06-01T02:00:00Z", "2025-06-01T02:00:00Z")) {
            Map<String, Object> body = call("NO_ANSWER");
            body.put("startedAt", started);
            assertThat(agent.post("/api/v1/contacts", body).status()).isEqualTo(201);
        }
        assertThat(agent.post("/api/v1/compliance/retention/purge", "{}").status()).isEqualTo(403);
        JsonNode purged = api(tenant.user(COMPLIANCE)).post("/api/v1/compliance/retention/purge", "{}").json();
        assertThat(purged.get("pack").asString()).isEqualTo("CN");
        assertThat(purged.get("contacts").asInt()).isEqualTo(1);
        assertThat(ledgerRows()).isEqualTo(1);
        assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'RETENTION_PURGED'")
            .param(tenant.id().value())
            .query(String.class)
            .single()).contains("contacts=1");
        assertThat(api(tenant.user(COMPLIANCE)).post("/api/v1/compliance/retention/purge", "{}")
            .json()
            .get("contacts")
            .asInt()).isZero();
    }

    @Test
    void aDisputeOutcomeHoldsTheAccountAndAWrongNumberIsMarkedInvalid() {
        clock.set(MORNING);
        assertThat(agent.post("/api/v1/contacts", call("WRONG_NUMBER")).status()).isEqualTo(201);
        assertThat(agent.get("/api/v1/accounts/" + account).json().get("contactPoints").get(0).get("valid").asBoolean())
            .isFalse();
        clock.set(MORNING.plusSeconds(600));
        assertThat(agent.post("/api/v1/contacts", call("DISPUTE")).status()).isEqualTo(201);
        JsonNode holds = agent.get("/api/v1/accounts/" + account + "/holds").json();
        assertThat(holds).hasSize(1);
        assertThat(holds.get(0).get("type").asString()).isEqualTo("DISPUTE");
        assertThat(rules(check(agent, null).get("reasons"))).contains("HOLD.DISPUTE");
        assertThat(jdbc
            .sql("select count(*) from audit_entry where tenant_id = ? and action in ('HOLD_PLACED', "
                    + "'CONTACT_POINT_INVALIDATED')")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(2);
    }

    @Test
    void badRequestsGetClear4xxAnswers() {
        clock.set(MORNING);
        assertThat(agent.post("/api/v1/compliance/contact-check", Map.of("channel", "CALL")).status()).isEqualTo(400);
        assertThat(
                agent.post("/api/v1/compliance/contact-check", Map.of("accountId", account, "channel", "FAX")).status())
            .isEqualTo(400);
        assertThat(agent
            .post("/api/v1/compliance/contact-check",
                    Map.of("accountId", java.util.UUID.randomUUID().toString(), "channel", "CALL"))
            .status()).isEqualTo(404);
        assertThat(agent
            .post("/api/v1/compliance/contact-check",
                    Map.of("accountId", account, "channel", "EMAIL", "contactPointId", phone))
            .status()).isEqualTo(422);
        Map<String, Object> future = call("NO_ANSWER");
        future.put("startedAt", MORNING.plusSeconds(3600).toString());
        assertThat(agent.post("/api/v1/contacts", future).status()).isEqualTo(422);
        Map<String, Object> noOutcome = call("NO_ANSWER");
        noOutcome.remove("outcome");
        assertThat(agent.post("/api/v1/contacts", noOutcome).status()).isEqualTo(400);
        assertThat(api(tenant.user(CREDITOR_VIEWER)).post("/api/v1/contacts", call("NO_ANSWER")).status())
            .isEqualTo(403);
        TestTenant other = tenants.create();
        assertThat(api(other.user(AGENT)).post("/api/v1/contacts", call("NO_ANSWER")).status()).isEqualTo(404);
        assertThat(ledgerRows()).isZero();
    }

}
