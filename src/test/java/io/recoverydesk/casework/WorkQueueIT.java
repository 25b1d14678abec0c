package io.recoverydesk.casework;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import static io.recoverydesk.identity.Role.ADMIN;
import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.MANAGER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work queues over HTTP: assignment by ids and filter with roles and scope, the next case
 * by priority with a lease, expiry, release, 204 with the status saying why, and 50
 * agents at once never sharing a case.
 */
class WorkQueueIT extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    TestTenant tenant;

    Api agent;

    Api lead;

    Api manager;

    Instant morning;

    @BeforeEach
    void setUp() {
        morning = LocalDate.now(SHANGHAI).plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant();
        clock.set(morning);
        tenant = tenants.create();
        agent = api(tenant.user(AGENT));
        lead = api(tenant.user(TEAM_LEAD));
        manager = api(tenant.user(MANAGER));
    }

    /** Imports accounts R1..Rn of a creditor; balance of Rk is 1000 × k. */
    Map<String, String> importAccounts(String creditor, String prefix, int count, LocalDate firstDelinquency) {
        StringBuilder csv = new StringBuilder("creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n");
        for (int i = 1; i <= count; i++) {
            csv.append(prefix)
                .append(i)
                .append(",债务人")
                .append(prefix)
                .append(i)
                .append(",13")
                .append(String.format("%09d", (prefix.hashCode() & 0xffff) * 1000 + i))
                .append(',')
                .append(1000 * i)
                .append(',')
                .append(firstDelinquency)
                .append('\n');
        }
        JsonNode report = manager
            .upload("/api/v1/placements", Map.of("creditor", creditor), prefix + ".csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8))
            .json();
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("COMPLETED");
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            ids.put(prefix + i,
                    manager.get("/api/v1/accounts?ref=" + prefix + i).json().get("items").get(0).get("id").asString());
        }
        return ids;
    }

    LocalDate daysAgo(int days) {
        return LocalDate.now(SHANGHAI).plusDays(1).minusDays(days);
    }

    Api.Response assign(Api who, List<String> ids, String to) {
        return who.post("/api/v1/assignments", Map.of("accountIds", ids, "agent", to));
    }

    @Test
    void nextGivesTheHighestPriorityWorkableCaseWithALeaseAndReleaseEndsIt() {
        Map<String, String> m1 = importAccounts("C1", "P", 2, daysAgo(10));
        Map<String, String> m6 = importAccounts("C1", "Q", 1, daysAgo(200));
        // P1 1000 × 1.0, P2 2000 × 1.0, Q1 1000 × 0.2
        Api.Response assigned = assign(lead, List.copyOf(concat(m1, m6).values()), tenant.user(AGENT));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("assigned").asInt()).isEqualTo(3);

        Api.Response first = agent.get("/api/v1/work/next");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("accountId").asString()).isEqualTo(m1.get("P2"));
        assertThat(first.json().get("creditorRef").asString()).isEqualTo("P2");
        assertThat(first.json().get("reasons").toString()).contains("balance").contains("dpd 15.00");
        assertThat(first.json().get("verdict").get("allowed").asBoolean()).isTrue();
        assertThat(Instant.parse(first.json().get("leasedUntil").asString()))
            .isEqualTo(morning.plus(Duration.ofMinutes(15)));

        // worked and released: the next call gives another account while others are
        // workable, and the one just worked comes back only after them
        assertThat(agent.post("/api/v1/work/" + m1.get("P2") + "/release", Map.of()).status()).isEqualTo(204);
        clock.set(morning.plus(Duration.ofMinutes(1)));
        assertThat(nextId()).isEqualTo(m1.get("P1"));
        clock.set(morning.plus(Duration.ofMinutes(2)));
        assertThat(nextId()).isEqualTo(m6.get("Q1"));
        clock.set(morning.plus(Duration.ofMinutes(3)));
        assertThat(nextId()).isEqualTo(m1.get("P2"));
        assertThat(agent.get("/api/v1/work/next").status()).isEqualTo(204);
        JsonNode status = agent.get("/api/v1/work/status").json();
        assertThat(status.get("assigned").asInt()).isEqualTo(3);
        assertThat(status.get("leasedByMe").asInt()).isEqualTo(3);

        // the only free one is given even though it was just worked
        assertThat(agent.post("/api/v1/work/" + m1.get("P1") + "/release", Map.of()).status()).isEqualTo(204);
        clock.set(morning.plus(Duration.ofMinutes(4)));
        assertThat(nextId()).isEqualTo(m1.get("P1"));

        // leases expire; all three were worked within the cool-down: least recently first
        clock.set(morning.plus(Duration.ofMinutes(20)));
        assertThat(nextId()).isEqualTo(m6.get("Q1"));
        assertThat(nextId()).isEqualTo(m1.get("P2"));
        assertThat(nextId()).isEqualTo(m1.get("P1"));

        // after the cool-down (2h by default) priority rules again
        clock.set(morning.plus(Duration.ofMinutes(20)).plus(Duration.ofHours(2)).plusSeconds(1));
        assertThat(nextId()).isEqualTo(m1.get("P2"));
    }

    String nextId() {
        Api.Response next = agent.get("/api/v1/work/next");
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        return next.json().get("accountId").asString();
    }

    @Test
    void aCallbackDueNowComesFirstEvenIfWorkedRecently() {
        Map<String, String> ids = importAccounts("C1", "K", 3, daysAgo(10));
        assertThat(assign(lead, List.copyOf(ids.values()), tenant.user(AGENT)).status()).isEqualTo(200);
        assertThat(nextId()).isEqualTo(ids.get("K3"));
        assertThat(agent.post("/api/v1/work/" + ids.get("K3") + "/release", Map.of()).status()).isEqualTo(204);
        Api.Response task = agent.post("/api/v1/accounts/" + ids.get("K3") + "/tasks",
                Map.of("type", "CALLBACK", "dueAt", morning.plus(Duration.ofMinutes(5)).toString()));
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        clock.set(morning.plus(Duration.ofMinutes(1)));
        assertThat(nextId()).isEqualTo(ids.get("K2"));
        // the callback is due: before K1, which was never worked
        clock.set(morning.plus(Duration.ofMinutes(6)));
        assertThat(nextId()).isEqualTo(ids.get("K3"));
        assertThat(nextId()).isEqualTo(ids.get("K1"));
    }

    @Test
    void nextLooksPastTheFirstBatchOfCandidatesBlockedAtTheDoor() {
        // 55 accounts; the 50 with the highest priority (first batch) are on hold
        Map<String, String> ids = importAccounts("C1", "B", 55, daysAgo(10));
        assertThat(assign(manager, List.copyOf(ids.values()), tenant.user(AGENT)).status()).isEqualTo(200);
        for (int i = 6; i <= 55; i++) {
            Api.Response hold = agent.post("/api/v1/accounts/" + ids.get("B" + i) + "/holds",
                    Map.of("type", "DISPUTE", "reason", "债务人否认欠款"));
            assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        }
        JsonNode status = agent.get("/api/v1/work/status").json();
        assertThat(status.get("workable").asInt()).as(status.toString()).isEqualTo(5);
        assertThat(status.get("onHold").asInt()).isEqualTo(50);
        for (int i = 5; i >= 1; i--) {
            assertThat(nextId()).isEqualTo(ids.get("B" + i));
        }
        // 204 only once nothing is workable
        assertThat(agent.get("/api/v1/work/next").status()).isEqualTo(204);
        status = agent.get("/api/v1/work/status").json();
        assertThat(status.get("workable").asInt()).isZero();
        assertThat(status.get("leasedByMe").asInt()).isEqualTo(5);
    }

    @Test
    void anotherAgentCannotReleaseButTheLeadCanAndReassigningDropsTheLease() {
        Map<String, String> ids = importAccounts("C1", "L", 1, daysAgo(10));
        String account = ids.get("L1");
        assertThat(assign(lead, List.of(account), tenant.user(AGENT)).status()).isEqualTo(200);
        assertThat(agent.get("/api/v1/work/next").status()).isEqualTo(200);

        String other = createAgent("other-" + tenant.code(), "T1");
        Api otherApi = new Api(port, other, "password-9");
        assertThat(otherApi.post("/api/v1/work/" + account + "/release", Map.of()).status()).isEqualTo(409);
        assertThat(otherApi.get("/api/v1/work/next").status()).isEqualTo(204);

        // reassign to the other agent: moves the assignment, drops the lease
        Api.Response moved = assign(lead, List.of(account), other);
        assertThat(moved.json().get("reassigned").asInt()).as(moved.body()).isEqualTo(1);
        assertThat(otherApi.get("/api/v1/work/next").json().get("accountId").asString()).isEqualTo(account);
        assertThat(agent.get("/api/v1/work/next").status()).isEqualTo(204);
        assertThat(lead.post("/api/v1/work/" + account + "/release", Map.of()).status()).isEqualTo(204);
        assertThat(agent.post("/api/v1/work/" + java.util.UUID.randomUUID() + "/release", Map.of()).status())
            .isEqualTo(404);

        JsonNode list = lead.get("/api/v1/assignments?agent=" + other).json();
        assertThat(list.get("items").get(0).get("creditorRef").asString()).isEqualTo("L1");
        assertThat(lead.get("/api/v1/assignments").body()).contains(other);
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'WORK_ASSIGNED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(2);
    }

    @Test
    void nothingWorkableAnswers204AndTheStatusSaysWhy() {
        assertThat(agent.get("/api/v1/work/next").status()).isEqualTo(204);
        assertThat(agent.get("/api/v1/work/status").json().get("assigned").asInt()).isZero();

        Map<String, String> ids = importAccounts("C1", "H", 2, daysAgo(10));
        assertThat(assign(lead, List.copyOf(ids.values()), tenant.user(AGENT)).status()).isEqualTo(200);
        Api.Response hold = agent.post("/api/v1/accounts/" + ids.get("H2") + "/holds",
                Map.of("type", "DISPUTE", "reason", "债务人否认欠款"));
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);

        Instant late = LocalDate.now(SHANGHAI).plusDays(1).atTime(23, 0).atZone(SHANGHAI).toInstant();
        clock.set(late);
        assertThat(agent.get("/api/v1/work/next").status()).isEqualTo(204);
        JsonNode status = agent.get("/api/v1/work/status").json();
        assertThat(status.get("assigned").asInt()).isEqualTo(2);
        assertThat(status.get("onHold").asInt()).as(status.toString()).isEqualTo(1);
        assertThat(status.get("blockedByHours").asInt()).isEqualTo(1);
        assertThat(status.get("workable").asInt()).isZero();
        assertThat(Instant.parse(status.get("nextOpensAt").asString())).isAfter(late);

        clock.set(morning);
        Api.Response next = agent.get("/api/v1/work/next");
        assertThat(next.json().get("accountId").asString()).isEqualTo(ids.get("H1"));
        assertThat(agent.get("/api/v1/work/next").status()).isEqualTo(204);
    }

    @Test
    void aCaseAtItsCallLimitIsStillWorkableBySms() {
        String account = importAccounts("C1", "F", 1, daysAgo(10)).get("F1");
        assertThat(assign(lead, List.of(account), tenant.user(AGENT)).status()).isEqualTo(200);
        String phone = agent.get("/api/v1/accounts/" + account).json().get("contactPoints").get(0).get("id").asString();
        for (int i = 0; i < 3; i++) {
            clock.set(morning.plusSeconds(600L * i));
            Api.Response call = agent.post("/api/v1/contacts", Map.of("accountId", account, "channel", "CALL",
                    "direction", "OUTBOUND", "contactPointId", phone, "outcome", "RIGHT_PARTY_CONTACT"));
            assertThat(call.status()).as(call.body()).isEqualTo(201);
        }
        clock.set(morning.plusSeconds(3600));
        Api.Response next = agent.get("/api/v1/work/next");
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().get("channel").asString()).isEqualTo("SMS");
        assertThat(next.json().get("verdict").get("allowed").asBoolean()).isTrue();
        assertThat(agent.post("/api/v1/work/" + account + "/release", Map.of()).status()).isEqualTo(204);
        JsonNode status = agent.get("/api/v1/work/status").json();
        assertThat(status.get("workable").asInt()).isEqualTo(1);
        assertThat(status.get("blockedByFrequency").asInt()).isZero();
    }

    @Test
    void teamLeadsAssignOnlyToTheirTeamAndWithinTheirScopeByIdsOrFilter() {
        Map<String, String> c1 = importAccounts("C1", "S", 3, daysAgo(40));
        Map<String, String> c2 = importAccounts("C2", "X", 1, daysAgo(40));
        // an agent of another team (serving the same creditors)
        assertThat(api(tenant.user(ADMIN))
            .post("/api/v1/teams", Map.of("code", "LONE", "name", "Lone team", "creditorScopes", List.of("C1")))
            .status()).isEqualTo(201);
        String loner = createAgent("loner-" + tenant.code(), "LONE");

        Api.Response otherTeam = assign(lead, List.of(c1.get("S1")), loner);
        assertThat(otherTeam.status()).as(otherTeam.body()).isEqualTo(422);
        assertThat(otherTeam.body()).contains("agent-not-in-team");
        assertThat(assign(lead, List.of(c2.get("X1")), tenant.user(AGENT)).status()).isEqualTo(404);
        assertThat(assign(lead, List.of(c1.get("S1")), tenant.user(MANAGER)).status()).isEqualTo(422);
        assertThat(assign(agent, List.of(c1.get("S1")), tenant.user(AGENT)).status()).isEqualTo(403);
        Api.Response cannotSee = assign(manager, List.of(c2.get("X1")), tenant.user(AGENT));
        assertThat(cannotSee.status()).isEqualTo(422);
        assertThat(cannotSee.body()).contains("agent-cannot-see");

        Api.Response byFilter = lead.post("/api/v1/assignments",
                Map.of("filter", Map.of("creditor", "C1", "bucket", "M2", "minBalance", 2000, "unassignedOnly", true),
                        "agent", tenant.user(AGENT), "limit", 10));
        assertThat(byFilter.status()).as(byFilter.body()).isEqualTo(200);
        assertThat(byFilter.json().get("assigned").asInt()).isEqualTo(2);
        Api.Response again = lead.post("/api/v1/assignments", Map.of("filter",
                Map.of("creditor", "C1", "unassignedOnly", true), "agent", tenant.user(AGENT), "limit", 10));
        assertThat(again.json().get("assigned").asInt()).as(again.body()).isEqualTo(1);

        Api.Response reprioritised = manager.post("/api/v1/assignments/reprioritise", Map.of());
        assertThat(reprioritised.json().get("updated").asInt()).isEqualTo(3);
        assertThat(lead.post("/api/v1/assignments/reprioritise", Map.of()).status()).isEqualTo(403);
        assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'WORK_ASSIGNED'")
            .param(tenant.id().value())
            .query(String.class)
            .list()).anySatisfy(d -> assertThat(d).contains("assigned=2").contains(c1.get("S3")));
    }

    @Test
    void aLeadOfAnotherTeamCannotTakeAccountsFromThisTeam() {
        Map<String, String> ids = importAccounts("C1", "T", 3, daysAgo(10));
        // T1 and T2 are T1's; T3 nobody's
        assertThat(assign(lead, List.of(ids.get("T1"), ids.get("T2")), tenant.user(AGENT)).status()).isEqualTo(200);
        assertThat(nextId()).isEqualTo(ids.get("T2"));
        Api admin = api(tenant.user(ADMIN));
        Api.Response team = admin.post("/api/v1/teams",
                Map.of("code", "T2", "name", "Team two", "creditorScopes", List.of("C1")));
        assertThat(team.status()).as(team.body()).isEqualTo(201);
        String agent2 = createAgent("a2-" + tenant.code(), "T2");
        Api.Response created = admin.post("/api/v1/users", Map.of("username", "lead2-" + tenant.code(), "displayName",
                "lead2", "password", "password-9", "roles", List.of("TEAM_LEAD"), "team", "T2"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api lead2 = new Api(port, "lead2-" + tenant.code(), "password-9");

        // by ids: skipped and reported, never moved; the live lease stays
        Api.Response byIds = assign(lead2, List.of(ids.get("T1"), ids.get("T2"), ids.get("T3")), agent2);
        assertThat(byIds.status()).as(byIds.body()).isEqualTo(200);
        assertThat(byIds.json().get("assigned").asInt()).isEqualTo(1);
        assertThat(byIds.json().get("reassigned").asInt()).isZero();
        assertThat(byIds.json().get("skippedOtherTeams").asInt()).isEqualTo(2);
        assertThat(byIds.json().get("accountIds").toString()).contains(ids.get("T3"))
            .doesNotContain(ids.get("T1"))
            .doesNotContain(ids.get("T2"));
        // by filter: the same
        Api.Response byFilter = lead2.post("/api/v1/assignments",
                Map.of("filter", Map.of("creditor", "C1"), "agent", agent2, "limit", 10));
        assertThat(byFilter.status()).as(byFilter.body()).isEqualTo(200);
        assertThat(byFilter.json().get("reassigned").asInt()).isZero();
        assertThat(byFilter.json().get("unchanged").asInt()).isEqualTo(1);
        assertThat(byFilter.json().get("skippedOtherTeams").asInt()).isEqualTo(2);
        assertThat(jdbc
            .sql("select count(*) from work_assignment where tenant_id = ? and agent_username = ?"
                    + " and leased_by is not null")
            .params(tenant.id().value(), tenant.user(AGENT))
            .query(Long.class)
            .single()).isEqualTo(1);
        assertThat(lead.get("/api/v1/assignments?agent=" + tenant.user(AGENT)).json().get("items")).hasSize(2);

        // the lead of T1 cannot take T3 back from T2 either; a manager can
        Api.Response back = assign(lead, List.of(ids.get("T3")), tenant.user(AGENT));
        assertThat(back.json().get("skippedOtherTeams").asInt()).as(back.body()).isEqualTo(1);
        assertThat(assign(manager, List.of(ids.get("T3")), tenant.user(AGENT)).json().get("reassigned").asInt())
            .isEqualTo(1);
    }

    @Test
    void fiftyAgentsCallingNextAtOnceNeverGetTheSameAccount() throws Exception {
        int agents = 50;
        Map<String, String> ids = importAccounts("C1", "Z", 60, daysAgo(10));
        List<String> accountIds = List.copyOf(ids.values());
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            usernames.add(createAgent("w" + i + "-" + tenant.code(), "T1"));
        }
        // each agent has its own accounts, and one agent gets the 10 left over to pull
        // from 10 threads
        for (int i = 0; i < agents; i++) {
            assertThat(assign(lead, List.of(accountIds.get(i)), usernames.get(i)).status()).isEqualTo(200);
        }
        assertThat(assign(lead, accountIds.subList(agents, 60), usernames.get(0)).status()).isEqualTo(200);

        List<Api> callers = new ArrayList<>();
        usernames.forEach(u -> callers.add(new Api(port, u, "password-9")));
        // three more callers as agent 0 (four parallel logins of one user stay below the
        // five in-flight attempts that the login guard counts as failures)
        for (int i = 0; i < 3; i++) {
            callers.add(new Api(port, usernames.get(0), "password-9"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Api caller : callers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return caller.get("/api/v1/work/next");
                }));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                Api.Response r = f.get();
                if (r.status() == 200) {
                    got.add(r.json().get("accountId").asString());
                }
                else {
                    assertThat(r.status()).as(r.body()).isEqualTo(204);
                }
            }
            Set<String> distinct = new HashSet<>(got);
            assertThat(distinct).hasSameSizeAs(got);
            assertThat(got).hasSize(agents + 3);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(jdbc
            .sql("select count(*) from work_assignment where tenant_id = ? and leased_by is not null"
                    + " and leased_by <> agent_username")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isZero();
    }

    String createAgent(String username, String team) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName", username,
                "password", "password-9", "roles", List.of("AGENT")));
        if (team != null) {
            body.put("team", team);
        }
        Api.Response created = api(tenant.user(ADMIN)).post("/api/v1/users", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    static Map<String, String> concat(Map<String, String> a, Map<String, String> b) {
        Map<String, String> out = new java.util.LinkedHashMap<>(a);
        out.putAll(b);
        return out;
    }

}
