package io.recoverydesk.team;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static io.recoverydesk.identity.Role.ADMIN;
import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.ANALYST;
import static io.recoverydesk.identity.Role.MANAGER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The team over HTTP and through its public interfaces: schedules with defaults and
 * capacity, validated and audited profile changes, absences (overlap, removal), team
 * leads kept to their team, tenants kept apart, and concurrent writers of one agent.
 */
class TeamIT extends IntegrationTest {

    /** Wednesday 4 March 2026, 10:00 in Shanghai. */
    static final Instant WEDNESDAY = Instant.parse("2026-03-04T02:00:00Z");

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    static final LocalDate FRIDAY = MONDAY.plusDays(4);

    @Autowired
    Tenants identity;

    @Autowired
    Roster roster;

    @Autowired
    TeamAdministration administration;

    TestTenant tenant;

    String agent;

    String otherAgent;

    Api manager;

    Api lead;

    @BeforeEach
    void setUp() {
        clock.set(WEDNESDAY);
        tenant = tenants.create();
        agent = tenant.user(AGENT);
        otherAgent = "agent2-" + tenant.code();
        identity.createTeam(tenant.id(), "T2", "Team two", Set.of("C2"));
        identity.createUser(tenant.id(), otherAgent, "李娜", TestTenant.PASSWORD, EnumSet.of(AGENT), Set.of(), "T2");
        manager = api(tenant.user(MANAGER));
        lead = api(tenant.user(TEAM_LEAD));
    }

    static Map<String, Object> profile(List<String> products, List<String> skills, Object maxOpenCases,
            Object weeklyHours) {
        Map<String, Object> body = new HashMap<>();
        body.put("products", products);
        body.put("skills", skills);
        body.put("maxOpenCases", maxOpenCases);
        body.put("weeklyHours", weeklyHours);
        return body;
    }

    static Map<String, Object> absence(LocalDate first, LocalDate last, String kind) {
        return Map.of("firstDay", first.toString(), "lastDay", last.toString(), "kind", kind, "note", "年假");
    }

    JsonNode item(Api who, String query, String username) {
        Api.Response list = who.get("/api/v1/team/agents" + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode item : list.json().get("items")) {
            if (item.get("username").asString().equals(username)) {
                return item;
            }
        }
        return null;
    }

    long audits(String action) {
        return jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = ?")
            .params(tenant.id().value(), action)
            .query(Long.class)
            .single();
    }

    static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }

    @Test
    void listsEveryAgentWithTheDefaultsForAWeekFromTodayInTheTenantsZone() {
        Api.Response list = manager.get("/api/v1/team/agents");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("from").asString()).isEqualTo("2026-03-04");
        assertThat(list.json().get("to").asString()).isEqualTo("2026-03-10");
        assertThat(list.json().get("items")).extracting(n -> n.get("username").asString())
            .containsExactly(agent, otherAgent);
        JsonNode first = list.json().get("items").get(0);
        assertThat(first.get("products")).isEmpty();
        assertThat(first.get("maxOpenCases").asInt()).isEqualTo(400);
        assertThat(decimal(first.get("weeklyHours"))).isEqualByComparingTo("40");
        assertThat(decimal(first.get("hoursShare"))).isEqualByComparingTo("1");
        assertThat(first.get("capacity").asInt()).isEqualTo(400);
        assertThat(first.get("team").asString()).isEqualTo("T1");
        assertThat(first.get("active").asBoolean()).isTrue();
        assertThat(first.get("defaultProfile").asBoolean()).isTrue();

        assertThat(manager.get("/api/v1/team/agents?from=2026-03-06&to=2026-03-05").status()).isEqualTo(400);
        assertThat(manager.get("/api/v1/team/agents?from=2026-01-01&to=2027-01-02").status()).isEqualTo(400);
        assertThat(manager.get("/api/v1/team/agents?from=yesterday").status()).isEqualTo(400);
        assertThat(api(tenant.user(ANALYST)).get("/api/v1/team/agents").status()).isEqualTo(200);
        assertThat(api(agent).get("/api/v1/team/agents").status()).isEqualTo(403);
    }

    @Test
    void aProfileIsValidatedStoredAndAuditedWithBeforeAndAfter() {
        Api.Response saved = manager.put("/api/v1/team/agents/" + agent,
                profile(List.of("LOAN", "CARD", "CARD"), List.of("yue"), 300, new BigDecimal("20.5")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("products")).extracting(JsonNode::asString).containsExactly("CARD", "LOAN");
        JsonNode week = item(manager, "?from=" + MONDAY + "&to=" + FRIDAY, agent);
        // 20.5 / 40 = 0.5125; 300 × 0.5125 = 153.75
        assertThat(decimal(week.get("hoursShare"))).isEqualByComparingTo("0.5125");
        assertThat(week.get("capacity").asInt()).isEqualTo(153);
        assertThat(week.get("skills")).extracting(JsonNode::asString).containsExactly("yue");
        assertThat(week.get("defaultProfile").asBoolean()).isFalse();
        assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'AGENT_PROFILE_CHANGED'")
            .param(tenant.id().value())
            .query(String.class)
            .single()).contains("products: * -> CARD,LOAN")
            .contains("maxOpenCases: 400 -> 300")
            .contains("weeklyHours: 40.00 -> 20.50")
            .contains("before: the defaults");

        Map<String, Object> good = profile(List.of("CARD"), List.of(), 10, 8);
        for (Map<String, Object> bad : List.of(profile(null, null, 5001, 8), profile(null, null, -1, 8),
                profile(null, null, 10, new BigDecimal("60.5")), profile(null, null, 10, new BigDecimal("10.125")),
                profile(List.of("bad code!"), null, 10, 8), profile(List.of("x".repeat(31)), null, 10, 8),
                profile(null, codes(31), 10, 8), profile(null, null, null, 8), profile(null, null, 10, null))) {
            Api.Response refused = manager.put("/api/v1/team/agents/" + agent, bad);
            assertThat(refused.status()).as(bad + " " + refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors")).as(bad.toString()).hasSize(1);
        }
        assertThat(manager.put("/api/v1/team/agents/" + agent, "{\"maxOpenCases\": \"many\"}").status()).isEqualTo(400);
        assertThat(manager.put("/api/v1/team/agents/" + agent, profile(null, codes(30), 10, 8)).status())
            .isEqualTo(200);
        assertThat(audits("AGENT_PROFILE_CHANGED")).isEqualTo(2);

        assertThat(manager.put("/api/v1/team/agents/nobody-" + tenant.code(), good).status()).isEqualTo(404);
        // a user who is not an agent, and an agent of another tenant
        assertThat(manager.put("/api/v1/team/agents/" + tenant.user(ANALYST), good).status()).isEqualTo(404);
        TestTenant foreign = tenants.create();
        assertThat(manager.put("/api/v1/team/agents/" + foreign.user(AGENT), good).status()).isEqualTo(404);
        assertThat(api(foreign.user(MANAGER)).get("/api/v1/team/agents").body()).doesNotContain(agent);
        assertThat(api(tenant.user(ANALYST)).put("/api/v1/team/agents/" + agent, good).status()).isEqualTo(403);
        assertThat(api(agent).put("/api/v1/team/agents/" + agent, good).status()).isEqualTo(403);
        assertThat(api(tenant.user(ADMIN)).put("/api/v1/team/agents/" + otherAgent, good).status()).isEqualTo(200);
    }

    static List<String> codes(int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add("S" + i);
        }
        return codes;
    }

    @Test
    void aTeamLeadSeesAndManagesOnlyTheirOwnTeam() {
        Api.Response list = lead.get("/api/v1/team/agents");
        assertThat(list.json().get("items")).extracting(n -> n.get("username").asString()).containsExactly(agent);
        Map<String, Object> body = profile(List.of("CARD"), List.of(), 200, 30);
        assertThat(lead.put("/api/v1/team/agents/" + agent, body).status()).isEqualTo(200);
        assertThat(lead.put("/api/v1/team/agents/" + otherAgent, body).status()).isEqualTo(403);
        assertThat(
                lead.post("/api/v1/team/agents/" + otherAgent + "/absences", absence(MONDAY, MONDAY, "SICK")).status())
            .isEqualTo(403);
        String id = manager.post("/api/v1/team/agents/" + otherAgent + "/absences", absence(MONDAY, MONDAY, "SICK"))
            .json()
            .get("id")
            .asString();
        assertThat(lead.delete("/api/v1/team/agents/" + otherAgent + "/absences/" + id).status()).isEqualTo(403);
        assertThat(lead.delete("/api/v1/team/agents/nobody-" + tenant.code() + "/absences/" + id).status())
            .isEqualTo(404);

        // the same checks when the system acts as the lead
        assertThatThrownBy(() -> administration.profile(tenant.id(), tenant.user(TEAM_LEAD), otherAgent, Set.of(),
                Set.of(), 1, BigDecimal.ONE))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                () -> administration.profile(tenant.id(), "nobody", agent, Set.of(), Set.of(), 1, BigDecimal.ONE))
            .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void absencesReduceTheShareOverlapsAreRefusedAndRemovalIsAudited() {
        Api.Response added = lead.post("/api/v1/team/agents/" + agent + "/absences",
                absence(MONDAY.plusDays(1), MONDAY.plusDays(2), "LEAVE"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().get("id").asString();
        assertThat(added.json().get("kind").asString()).isEqualTo("LEAVE");

        JsonNode week = item(manager, "?from=" + MONDAY + "&to=" + MONDAY.plusDays(6), agent);
        assertThat(decimal(week.get("hoursShare"))).isEqualByComparingTo("0.6");
        assertThat(week.get("capacity").asInt()).isEqualTo(240);
        assertThat(week.get("absent").asBoolean()).isFalse();
        assertThat(week.get("absences")).hasSize(1);
        assertThat(item(manager, "?from=" + MONDAY.plusDays(2) + "&to=" + FRIDAY, agent).get("absent").asBoolean())
            .isTrue();

        Api.Response overlap = manager.post("/api/v1/team/agents/" + agent + "/absences",
                absence(MONDAY.plusDays(2), MONDAY.plusDays(3), "SICK"));
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.json().get("detail").asString()).contains("overlaps").contains("2026-03-03");
        assertThat(manager
            .post("/api/v1/team/agents/" + agent + "/absences", absence(MONDAY.plusDays(3), FRIDAY, "TRAINING"))
            .status()).isEqualTo(201);
        for (Map<String, ?> bad : List.<Map<String, ?>>of(absence(FRIDAY, MONDAY, "LEAVE"),
                absence(MONDAY.plusDays(30), MONDAY.plusDays(30 + 366), "LEAVE"),
                absence(MONDAY.plusDays(30), MONDAY.plusDays(30), "HOLIDAY"),
                Map.of("firstDay", MONDAY.plusDays(30).toString(), "kind", "LEAVE"),
                Map.of("firstDay", MONDAY.plusDays(30).toString(), "lastDay", MONDAY.plusDays(30).toString(), "kind",
                        "LEAVE", "note", "x".repeat(501)))) {
            Api.Response refused = manager.post("/api/v1/team/agents/" + agent + "/absences", bad);
            assertThat(refused.status()).as(bad + " " + refused.body()).isEqualTo(400);
        }
        assertThat(manager.post("/api/v1/team/agents/nobody-x/absences", absence(MONDAY, MONDAY, "LEAVE")).status())
            .isEqualTo(404);

        assertThat(manager.delete("/api/v1/team/agents/" + agent + "/absences/" + id).status()).isEqualTo(204);
        assertThat(manager.delete("/api/v1/team/agents/" + agent + "/absences/" + id).status()).isEqualTo(404);
        assertThat(manager.delete("/api/v1/team/agents/" + agent + "/absences/" + UUID.randomUUID()).status())
            .isEqualTo(404);
        assertThat(manager.delete("/api/v1/team/agents/" + agent + "/absences/not-a-uuid").status()).isEqualTo(400);
        assertThat(item(manager, "?from=" + MONDAY + "&to=" + FRIDAY, agent).get("absences")).hasSize(1);
        assertThat(audits("AGENT_ABSENCE_ADDED")).isEqualTo(2);
        assertThat(audits("AGENT_ABSENCE_REMOVED")).isEqualTo(1);
        assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'AGENT_ABSENCE_REMOVED'")
            .param(tenant.id().value())
            .query(String.class)
            .single()).isEqualTo("agent=" + agent + " before=LEAVE 2026-03-03..2026-03-04 after=none");
        // another tenant's manager cannot see or remove them
        TestTenant foreign = tenants.create();
        String remaining = item(manager, "?from=" + MONDAY + "&to=" + FRIDAY, agent).get("absences")
            .get(0)
            .get("id")
            .asString();
        assertThat(
                api(foreign.user(MANAGER)).delete("/api/v1/team/agents/" + agent + "/absences/" + remaining).status())
            .isEqualTo(404);
    }

    @Test
    void theRosterShowsProfilesSetByTheSystemAndDisabledAgentsAsInactive() {
        UUID absence = administration.absence(tenant.id(), tenant.user(MANAGER), otherAgent, FRIDAY, FRIDAY, "TRAINING",
                null);
        administration.profile(tenant.id(), tenant.user(MANAGER), otherAgent, Set.of("CARD"), Set.of("LEGAL"), 100,
                new BigDecimal("30"));
        UUID agentId = identity.member(tenant.id(), agent).orElseThrow().id();
        assertThat(api(tenant.user(ADMIN)).post("/api/v1/users/" + agentId + "/disable", "{}").status()).isEqualTo(200);

        List<Roster.AgentSchedule> schedules = roster.schedules(tenant.id(), MONDAY, MONDAY.plusDays(6));
        assertThat(schedules).extracting(Roster.AgentSchedule::username).containsExactly(agent, otherAgent);
        Roster.AgentSchedule other = schedules.get(1);
        assertThat(other.team()).isEqualTo("T2");
        assertThat(other.products()).containsExactly("CARD");
        assertThat(other.skills()).containsExactly("LEGAL");
        // 30 / 40 × 4 / 5
        assertThat(other.hoursShare()).isEqualByComparingTo("0.6");
        assertThat(other.absences()).extracting(Roster.Absence::id).containsExactly(absence);
        assertThat(schedules.get(0).active()).isFalse();
        assertThat(item(manager, "?from=" + MONDAY + "&to=" + FRIDAY, agent).get("capacity").asInt()).isZero();
        assertThat(roster.schedules(tenant.id(), FRIDAY, FRIDAY).get(1).absent()).isTrue();
    }

    @Test
    void concurrentWritersOfOneAgentLeaveOneProfileAndOneOfOverlappingAbsences() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Integer> profiles = run(pool, writers, i -> manager.put("/api/v1/team/agents/" + otherAgent,
                    profile(List.of("CARD"), List.of(), 100 + i, new BigDecimal(20 + i))));
            assertThat(profiles).containsOnly(200);
            assertThat(jdbc.sql("select count(*) from agent_profile where tenant_id = ? and username = ?")
                .params(tenant.id().value(), otherAgent)
                .query(Long.class)
                .single()).isEqualTo(1);
            assertThat(audits("AGENT_PROFILE_CHANGED")).isEqualTo(writers);

            List<Integer> absences = run(pool, writers,
                    i -> manager.post("/api/v1/team/agents/" + otherAgent + "/absences",
                            absence(MONDAY.plusDays(i % 5), FRIDAY, "LEAVE")));
            assertThat(absences).filteredOn(s -> s == 201).hasSize(1);
            assertThat(absences).filteredOn(s -> s != 201).containsOnly(409);
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** Makes {@code n} calls at once; answers their statuses. */
    static List<Integer> run(ExecutorService pool, int n, java.util.function.IntFunction<Api.Response> call)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<Api.Response> task = () -> {
                start.await();
                return call.apply(index);
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> future : futures) {
            Api.Response response = future.get();
            assertThat(response.status()).as(response.body()).isLessThan(500);
            statuses.add(response.status());
        }
        return statuses;
    }

}
