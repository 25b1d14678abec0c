package io.recoverydesk.compliance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static io.recoverydesk.identity.Role.ADMIN;
import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.COMPLIANCE;
import static io.recoverydesk.identity.Role.MANAGER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality assurance over HTTP: weekly sampling of contacts recorded through the door,
 * reviews, the agent's own reviews, scores per agent and team, roles and scope.
 */
class QaIT extends IntegrationTest {

    /** Monday 23 November 2026, 10:00 in Shanghai: week 2026-W47 has just ended. */
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    /** Monday 16 November 2026, 10:00 in Shanghai. */
    static final Instant W47_MONDAY = Instant.parse("2026-11-16T02:00:00Z");

    static final long DAY = 86_400;

    @Autowired
    Tenants tenantAdmin;

    TestTenant tenant;

    Api agent;

    Api lead;

    Api compliance;

    String account;

    String phone;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        agent = api(tenant.user(AGENT));
        lead = api(tenant.user(TEAM_LEAD));
        compliance = api(tenant.user(COMPLIANCE));
        Api manager = api(tenant.user(MANAGER));
        String csv = "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n"
                + "QA-1,韩梅梅,13800138001,1000,2026-01-15\n";
        JsonNode report = manager
            .upload("/api/v1/placements", Map.of("creditor", "C1"), "qa.csv", csv.getBytes(StandardCharsets.UTF_8))
            .json();
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("COMPLETED");
        account = manager.get("/api/v1/accounts?ref=QA-1").json().get("items").get(0).get("id").asString();
        phone = agent.get("/api/v1/accounts/" + account).json().get("contactPoints").get(0).get("id").asString();
        clock.set(NOW);
    }

    JsonNode report(Api api, Instant startedAt, String notes) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountId", account);
        body.put("channel", "CALL");
        body.put("direction", "OUTBOUND");
        body.put("contactPointId", phone);
        body.put("outcome", "NO_ANSWER");
        body.put("startedAt", startedAt.toString());
        body.put("durationSeconds", 30);
        if (notes != null) {
            body.put("notes", notes);
        }
        Api.Response r = api.post("/api/v1/contacts", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /**
     * The agent: four clean contacts, one at 23:00 local (a violation), one with a threat
     * in the notes; the team lead two clean ones; one contact of the week before.
     */
    void recordWeek() {
        for (int d = 0; d < 4; d++) {
            assertThat(report(agent, W47_MONDAY.plusSeconds(d * DAY), null).get("violations")).isEmpty();
        }
        JsonNode late = report(agent, Instant.parse("2026-11-20T15:00:00Z"), null);
        assertThat(late.get("violations").get(0).asString()).isEqualTo("CN.TIME");
        JsonNode threat = report(agent, W47_MONDAY.plusSeconds(5 * DAY), "客户拒绝还款，我说再不还就通知你单位");
        assertThat(threat.get("noteFindings")).isNotEmpty();
        report(lead, W47_MONDAY.plusSeconds(6 * DAY), null);
        report(lead, W47_MONDAY.plusSeconds(6 * DAY + 3600), null);
        report(agent, W47_MONDAY.minusSeconds(DAY), null); // Sunday of 2026-W46
    }

    List<JsonNode> queue(Api api) {
        Api.Response r = api.get("/api/v1/qa/queue");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().forEach(out::add);
        return out;
    }

    static Set<String> reasons(JsonNode item) {
        Set<String> out = new HashSet<>();
        item.get("reasons").forEach(n -> out.add(n.asString()));
        return out;
    }

    static Map<String, Object> review(int empathy, boolean coaching, String comment) {
        Map<String, Integer> scores = new HashMap<>(Map.of("GREETING", 5, "DISCLOSURE", 5, "NO_PROHIBITED_LANGUAGE", 5,
                "ACCURATE_INFORMATION", 5, "EMPATHY", empathy, "OUTCOME_CODED", 5));
        Map<String, Object> body = new HashMap<>();
        body.put("scores", scores);
        body.put("comment", comment);
        body.put("coachingNeeded", coaching);
        return body;
    }

    @Test
    void samplingQueuesAShareOfEachAgentPlusEveryFlaggedContactAndIsIdempotent() {
        recordWeek();
        Api.Response first = compliance.post("/api/v1/qa/sampling?week=2026-W47", "{}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("contacts").asInt()).isEqualTo(8);
        List<JsonNode> items = queue(compliance);
        assertThat(first.json().get("queued").asInt()).isEqualTo(items.size());
        assertThat(items).allSatisfy(i -> assertThat(i.get("week").asString()).isEqualTo("2026-W47"));
        assertThat(items.stream().filter(i -> reasons(i).contains("VIOLATION")).count()).isEqualTo(1);
        assertThat(items.stream().filter(i -> reasons(i).contains("NOTE_FINDING")).count()).isEqualTo(1);
        assertThat(items.stream()
            .filter(i -> reasons(i).contains("SAMPLE") && i.get("agent").asString().equals(tenant.user(AGENT)))
            .count()).isEqualTo(1);
        assertThat(items.stream()
            .filter(i -> reasons(i).contains("SAMPLE") && i.get("agent").asString().equals(tenant.user(TEAM_LEAD)))
            .count()).isEqualTo(1);
        assertThat(items.stream().map(i -> i.get("contactId").asString()).distinct()).hasSize(items.size());
        JsonNode violations = compliance.get("/api/v1/qa/queue?reason=VIOLATION").json();
        assertThat(violations).hasSize(1);
        assertThat(compliance.get("/api/v1/qa/queue?reason=BOGUS").status()).isEqualTo(400);

        Api.Response again = api(tenant.user(MANAGER)).post("/api/v1/qa/sampling?week=2026-W47", "{}");
        assertThat(again.json().get("queued").asInt()).isZero();
        assertThat(again.json().get("alreadyQueued").asInt()).isEqualTo(items.size());
        List<JsonNode> after = queue(compliance);
        assertThat(after.stream().map(i -> i.get("id").asString()).toList())
            .containsExactlyInAnyOrderElementsOf(items.stream().map(i -> i.get("id").asString()).toList());
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'QA_SAMPLED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(2);

        assertThat(compliance.post("/api/v1/qa/sampling?week=2026-W99", "{}").status()).isEqualTo(400);
        assertThat(compliance.post("/api/v1/qa/sampling?week=nope", "{}").contentType())
            .startsWith("application/problem+json");
    }

    @Test
    void aReviewIsStoredOnceLeavesTheQueueAndOnlyItsAgentSeesIt() {
        recordWeek();
        compliance.post("/api/v1/qa/sampling?week=2026-W47", "{}");
        List<JsonNode> items = queue(compliance);
        JsonNode agentItem = items.stream()
            .filter(i -> i.get("agent").asString().equals(tenant.user(AGENT)))
            .findFirst()
            .orElseThrow();
        JsonNode leadItem = items.stream()
            .filter(i -> i.get("agent").asString().equals(tenant.user(TEAM_LEAD)))
            .findFirst()
            .orElseThrow();
        String agentId = agentItem.get("id").asString();

        JsonNode opened = compliance.get("/api/v1/qa/queue/" + agentId).json();
        assertThat(opened.get("contact").get("channel").asString()).isEqualTo("CALL");
        assertThat(opened.get("contact").get("durationSeconds").asInt()).isEqualTo(30);
        assertThat(opened.get("scorecard").get("version").asInt()).isEqualTo(1);
        assertThat(opened.get("scorecard").get("criteria")).hasSize(6);
        assertThat(opened.get("item").get("debtorName").asString()).isEqualTo("韩梅梅");

        Api.Response bad = compliance.post("/api/v1/qa/queue/" + agentId + "/review", review(6, false, null));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");

        Map<String, Object> stale = review(5, false, null);
        stale.put("scorecardVersion", 7);
        assertThat(compliance.post("/api/v1/qa/queue/" + agentId + "/review", stale).status()).isEqualTo(409);
        Map<String, Object> good = review(5, false, "很好");
        good.put("scorecardVersion", 1);
        Api.Response done = compliance.post("/api/v1/qa/queue/" + agentId + "/review", good);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(done.json().get("score").decimalValue()).isEqualByComparingTo("100.0");
        Api.Response twice = api(tenant.user(ADMIN)).post("/api/v1/qa/queue/" + agentId + "/review",
                review(1, true, null));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(queue(compliance).stream().map(i -> i.get("id").asString())).doesNotContain(agentId)
            .hasSize(items.size() - 1);
        assertThat(compliance.get("/api/v1/qa/queue/" + agentId).json().get("review").get("reviewer").asString())
            .isEqualTo(tenant.user(COMPLIANCE));

        Api.Response leadReview = compliance.post("/api/v1/qa/queue/" + leadItem.get("id").asString() + "/review",
                review(2, true, "多一些同理心"));
        assertThat(leadReview.json().get("score").decimalValue()).isEqualByComparingTo("94.0");

        JsonNode mine = agent.get("/api/v1/qa/reviews/mine").json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("comment").asString()).isEqualTo("很好");
        assertThat(mine.get(0).get("coaching").asBoolean()).isFalse();
        JsonNode teamReviews = lead.get("/api/v1/qa/reviews/team").json();
        assertThat(teamReviews).hasSize(2);
        assertThat(agent.get("/api/v1/qa/reviews/team").status()).isEqualTo(403);
        JsonNode leads = lead.get("/api/v1/qa/reviews/mine").json();
        assertThat(leads).hasSize(1);
        assertThat(leads.get(0).get("coaching").asBoolean()).isTrue();
        assertThat(leads.get(0).get("scores").get("EMPATHY").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'QA_REVIEW_SUBMITTED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(2);

        JsonNode scores = compliance.get("/api/v1/qa/scores?from=2026-W46&to=2026-W47").json();
        assertThat(scores.get("agents")).hasSize(2);
        JsonNode team = scores.get("teams").get(0);
        assertThat(scores.get("teams")).hasSize(1);
        assertThat(team.get("key").asString()).isEqualTo("T1");
        assertThat(team.get("week").asString()).isEqualTo("2026-W47");
        assertThat(team.get("average").decimalValue()).isEqualByComparingTo("97.0");
        assertThat(team.get("reviews").asInt()).isEqualTo(2);
        assertThat(team.get("coaching").asInt()).isEqualTo(1);
        assertThat(compliance.get("/api/v1/qa/scores?from=2026-W48&to=2026-W47").status()).isEqualTo(400);
    }

    @Test
    void aNewScorecardVersionIsUsedByNewReviewsAndOldReviewsKeepTheirs() {
        assertThat(compliance.get("/api/v1/qa/scorecard").json().get("version").asInt()).isEqualTo(1);
        Map<String, Object> wrong = Map.of("criteria", List.of(Map.of("code", "A", "label", "a", "weight", 60),
                Map.of("code", "B", "label", "b", "weight", 30)));
        Api.Response refused = compliance.put("/api/v1/qa/scorecard", wrong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("100");
        Map<String, Object> body = Map.of("criteria",
                List.of(Map.of("code", "GREETING", "label", "Greeting", "weight", 40),
                        Map.of("code", "TONE", "label", "Tone", "weight", 60)));
        Api.Response saved = compliance.put("/api/v1/qa/scorecard", body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(2);
        assertThat(agent.put("/api/v1/qa/scorecard", body).status()).isEqualTo(403);
        assertThat(api(tenant.user(MANAGER)).put("/api/v1/qa/scorecard", body).status()).isEqualTo(403);

        report(agent, W47_MONDAY, null);
        compliance.post("/api/v1/qa/sampling?week=2026-W47", "{}");
        String item = queue(compliance).get(0).get("id").asString();
        Api.Response review = compliance.post("/api/v1/qa/queue/" + item + "/review",
                Map.of("scores", Map.of("GREETING", 5, "TONE", 3), "coachingNeeded", false));
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        // 40 * 5/5 + 60 * 3/5 = 76
        assertThat(review.json().get("score").decimalValue()).isEqualByComparingTo("76.0");
        assertThat(review.json().get("scorecardVersion").asInt()).isEqualTo(2);
        compliance.put("/api/v1/qa/scorecard",
                Map.of("criteria", List.of(Map.of("code", "X", "label", "x", "weight", 100))));
        assertThat(compliance.get("/api/v1/qa/queue/" + item).json().get("scorecard").get("version").asInt())
            .isEqualTo(2);

        assertThat(compliance.put("/api/v1/qa/scorecard", "{}").status()).isBetween(400, 422);
        assertThat(compliance.put("/api/v1/qa/scorecard", "{\"criteria\": [{\"code\": \"A\", \"weight\": \"x\"}]}")
            .status()).isBetween(400, 422);
        assertThat(compliance.post("/api/v1/qa/queue/" + item + "/review", "not json").status()).isEqualTo(400);
        assertThat(compliance.post("/api/v1/qa/queue/not-a-uuid/review", "{}").status()).isEqualTo(400);
        assertThat(compliance.put("/api/v1/qa/settings", Map.of("samplePercent", 0)).status()).isEqualTo(422);
        assertThat(compliance.put("/api/v1/qa/settings", Map.of("samplePercent", 100)).status()).isEqualTo(200);
        assertThat(compliance.get("/api/v1/qa/settings").json().get("samplePercent").asInt()).isEqualTo(100);
    }

    @Test
    void reviewersSeeOnlyItemsOfAccountsTheyMaySee() {
        recordWeek();
        compliance.post("/api/v1/qa/sampling?week=2026-W47", "{}");
        String item = queue(compliance).get(0).get("id").asString();
        String narrow = "qa-c2-" + tenant.code();
        tenantAdmin.createUser(tenant.id(), narrow, "C2 reviewer", TestTenant.PASSWORD, EnumSet.of(Role.COMPLIANCE),
                Set.of("C2"), null);
        Api other = api(narrow);
        assertThat(queue(other)).isEmpty();
        assertThat(other.get("/api/v1/qa/queue/" + item).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/qa/queue/" + item + "/review", review(5, false, null)).status()).isEqualTo(404);
        assertThat(compliance.get("/api/v1/qa/queue/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);

        TestTenant stranger = tenants.create();
        assertThat(api(stranger.user(COMPLIANCE)).get("/api/v1/qa/queue/" + item).status()).isEqualTo(404);
        assertThat(queue(api(stranger.user(COMPLIANCE)))).isEmpty();
    }

    @Test
    void eachRoleMayDoOnlyItsPartOfQa() {
        for (Role role : Role.values()) {
            Api api = api(tenant.user(role));
            boolean reviewer = EnumSet.of(ADMIN, MANAGER, COMPLIANCE).contains(role);
            boolean configurer = EnumSet.of(ADMIN, COMPLIANCE).contains(role);
            boolean ownReviews = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD, AGENT, Role.LEGAL).contains(role);
            boolean readsCard = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD, AGENT, COMPLIANCE, Role.LEGAL).contains(role);
            assertThat(api.get("/api/v1/qa/queue").status()).as(role + " queue").isEqualTo(reviewer ? 200 : 403);
            assertThat(api.get("/api/v1/qa/scores").status()).as(role + " scores").isEqualTo(reviewer ? 200 : 403);
            assertThat(api.post("/api/v1/qa/sampling?week=2026-W40", "{}").status()).as(role + " sampling")
                .isEqualTo(reviewer ? 200 : 403);
            assertThat(api.get("/api/v1/qa/scorecard").status()).as(role + " scorecard")
                .isEqualTo(readsCard ? 200 : 403);
            assertThat(api.put("/api/v1/qa/settings", Map.of("samplePercent", 5)).status()).as(role + " settings")
                .isEqualTo(configurer ? 200 : 403);
            assertThat(api.get("/api/v1/qa/reviews/mine").status()).as(role + " mine")
                .isEqualTo(ownReviews ? 200 : 403);
            assertThat(api.get("/api/v1/qa/reviews/team").status()).as(role + " team")
                .isEqualTo(role == TEAM_LEAD ? 200 : 403);
            assertThat(api.post("/api/v1/qa/queue/" + java.util.UUID.randomUUID() + "/review", review(5, false, null))
                .status()).as(role + " review").isEqualTo(reviewer ? 404 : 403);
        }
        assertThat(Api.anonymous(port).get("/api/v1/qa/queue").status()).isEqualTo(401);
    }

}
