package io.recoverydesk.strategy.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.casework.CaseworkFacts;
import io.recoverydesk.compliance.ComplianceFacts;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.portfolio.OpenAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyRunIT extends IntegrationTest {

    @Autowired
    StrategyWriter writer;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    OpenAccounts openAccounts;

    @Autowired
    CaseworkFacts caseworkFacts;

    @Autowired
    ComplianceFacts complianceFacts;

    @Autowired
    StrategyVersions versions;

    @Autowired
    Experiments experiments;

    @Autowired
    io.recoverydesk.scoring.PropensityScores propensity;

    @Autowired
    StrategyRuns runs;

    @Autowired
    Tenants tenantDirectory;

    @Autowired
    io.recoverydesk.allocation.Allocations allocations;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock appClock;

    /** A portfolio spread over the default segments: every 5th account M1 small, … */
    private void placeAccounts(TestTenant tenant, int count) {
        StringBuilder csv = new StringBuilder(
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date,province\n");
        LocalDate today = TestTenant.today(clock);
        int[] dpds = { 10, 20, 45, 120, 400 };
        String[] balances = { "500", "8000", "3000", "60000", "1200" };
        for (int i = 0; i < count; i++) {
            csv.append("S-")
                .append(i)
                .append(",客户")
                .append(i)
                .append(",1380013")
                .append(String.format("%04d", i))
                .append(',')
                .append(balances[i % 5])
                .append(',')
                .append(today.minusDays(dpds[i % 5]))
                .append(",浙江\n");
        }
        JsonNode report = api(tenant.user(Role.MANAGER))
            .upload("/api/v1/placements", Map.of("creditor", "C1"), "s.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8))
            .json();
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("COMPLETED");
    }

    private RunWorker worker(String node, int chunkSize) {
        return new RunWorker(jdbc, writer, tx, openAccounts, caseworkFacts, complianceFacts, propensity, experiments,
                versions, tenantDirectory, allocations, audit, appClock, chunkSize, Duration.ofMinutes(1), node);
    }

    private JsonNode awaitRun(Api api, String runId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode run = api.get("/api/v1/strategy/runs/" + runId).json();
            if (!run.get("status").asString().equals("QUEUED") && !run.get("status").asString().equals("RUNNING")) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " did not finish");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
    }

    @Test
    void aRunSegmentsEveryOpenAccountOnceAndASecondRunTheSameDayAddsNoAction() throws Exception {
        TestTenant tenant = tenants.create();
        placeAccounts(tenant, 40);
        Api analyst = api(tenant.user(Role.ANALYST));
        Api.Response started = analyst.post("/api/v1/strategy/runs", "{}");
        assertThat(started.status()).isEqualTo(202);
        JsonNode run = awaitRun(analyst, started.json().get("runId").asString());

        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("accountsTotal").asLong()).isEqualTo(40);
        assertThat(run.get("accountsProcessed").asLong()).isEqualTo(40);
        assertThat(run.get("durationMs").asLong()).isNotNegative();
        JsonNode segments = run.get("segments");
        assertThat(segments.get("EARLY_LOW").asLong()).isEqualTo(8);
        assertThat(segments.get("EARLY").asLong()).isEqualTo(8);
        assertThat(segments.get("MID").asLong()).isEqualTo(8);
        assertThat(segments.get("LATE_HIGH").asLong()).isEqualTo(8);
        assertThat(segments.get("RECOVERY").asLong()).isEqualTo(8);
        // day-0 steps: SMS for digital first, calls for call first / standard /
        // specialist, a letter for recovery
        JsonNode actions = run.get("actions");
        assertThat(actions.get("SMS").asLong()).isEqualTo(8);
        assertThat(actions.get("CALL").asLong()).isEqualTo(24);
        assertThat(actions.get("LETTER").asLong()).isEqualTo(8);
        assertThat(count("select count(*) from strategy_action where tenant_id = ?", tenant.id().value()))
            .isEqualTo(40);
        assertThat(count("select count(*) from account_strategy where tenant_id = ?", tenant.id().value()))
            .isEqualTo(40);

        JsonNode again = awaitRun(analyst, analyst.post("/api/v1/strategy/runs", "{}").json().get("runId").asString());
        assertThat(again.get("accountsProcessed").asLong()).isEqualTo(40);
        assertThat(again.get("actions").size()).isZero();
        assertThat(count("select count(*) from strategy_action where tenant_id = ?", tenant.id().value()))
            .isEqualTo(40);
    }

    @Autowired
    ActionDispatcher dispatcher;

    @Autowired
    io.recoverydesk.casework.CaseworkAdministration casework;

    @Test
    void theOutboxGoesThroughTheDoorAndLettersBecomeTasksOnceTheAccountHasAnAgent() {
        TestTenant tenant = tenants.create();
        placeAccounts(tenant, 10);
        UUID runId = runs.request(tenant.id(), "test", "MANUAL").runId();
        assertThat(worker("node-a", 100).execute(tenant.id(), runId)).isTrue();
        // the run's allocation gave the agent their cases; as if nobody were on the team:
        jdbc.sql("delete from work_assignment where tenant_id = ?").param(tenant.id().value()).update();
        // nothing goes while a run of the tenant is in progress (as if the next had
        // begun)
        String ended = jdbc.sql("select status from strategy_run where tenant_id = ? and id = ?")
            .params(tenant.id().value(), runId)
            .query(String.class)
            .single();
        jdbc.sql("update strategy_run set status = 'RUNNING' where tenant_id = ? and id = ?")
            .params(tenant.id().value(), runId)
            .update();
        assertThat(dispatcher.dispatch(tenant.id(), 100)).isZero();
        jdbc.sql("update strategy_run set status = ? where tenant_id = ? and id = ?")
            .params(ended, tenant.id().value(), runId)
            .update();
        // 2 SMS and 2 letters; the 6 calls are queue work, not the dispatcher's
        assertThat(dispatcher.dispatch(tenant.id(), 100)).isEqualTo(4);

        // no SMS is left in the outbox or lost: refused ones are planned again, others
        // ready or blocked with a reason
        assertThat(count(
                "select count(*) from strategy_action where tenant_id = ? and channel = 'SMS'"
                        + " and status in ('DEFERRED', 'READY', 'BLOCKED') and detail is not null",
                tenant.id().value()))
            .isEqualTo(2);
        assertThat(count("select count(*) from strategy_action where tenant_id = ? and status = 'DEFERRED'"
                + " and planned_for <= ?", tenant.id().value(), java.time.OffsetDateTime.now(clock)))
            .isZero();
        // letters wait for an agent
        assertThat(count("select count(*) from strategy_action where tenant_id = ? and channel = 'LETTER'"
                + " and status = 'TASK_PENDING'", tenant.id().value()))
            .isEqualTo(2);
        List<UUID> letters = jdbc
            .sql("select account_id from strategy_action where tenant_id = ? and channel = 'LETTER'")
            .param(tenant.id().value())
            .query(UUID.class)
            .list();
        casework.assign(tenant.id(), tenant.user(Role.MANAGER), tenant.user(Role.AGENT), letters);
        clock.set(java.time.Instant.now().plus(Duration.ofHours(5)));
        dispatcher.dispatch(tenant.id(), 100);
        dispatcher.dispatch(tenant.id(), 100);
        assertThat(count("select count(*) from strategy_action where tenant_id = ? and channel = 'LETTER'"
                + " and status = 'TASK_CREATED'", tenant.id().value()))
            .isEqualTo(2);
        assertThat(count(
                "select count(*) from casework_task where tenant_id = ? and task_type = 'LETTER'" + " and assignee = ?",
                tenant.id().value(), tenant.user(Role.AGENT)))
            .isEqualTo(2);
    }

    @Test
    void aSecondRequestWhileARunIsUnderWayGetsThatRun() {
        TestTenant tenant = tenants.create();
        StrategyRuns.Requested first = runs.request(tenant.id(), "test", "MANUAL");
        StrategyRuns.Requested second = runs.request(tenant.id(), "test", "MANUAL");
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.runId()).isEqualTo(first.runId());
        Api.Response viaApi = api(tenant.user(Role.MANAGER)).post("/api/v1/strategy/runs", "{}");
        assertThat(viaApi.status()).isEqualTo(409);
        assertThat(viaApi.json().get("runId").asString()).isEqualTo(first.runId().toString());
        assertThat(worker("node-a", 10).execute(tenant.id(), first.runId())).isTrue();
        assertThat(runs.request(tenant.id(), "test", "NIGHTLY").created()).isTrue();
    }

    /**
     * Stands for the process dying: not caught as a failure, the lease stays with the
     * dead node.
     */
    static final class Killed extends Error {

    }

    @Test
    void aCrashDuringTheAllocationRollsItBackAndTheResumedRunAllocatesExactlyOnce() {
        TestTenant tenant = tenants.create();
        placeAccounts(tenant, 10);
        UUID runId = runs.request(tenant.id(), "test", "MANUAL").runId();
        RunWorker dying = worker("node-a", 5);
        // chunks 1 and 2 hold the accounts; the third finds none, allocates and ends
        dying.afterChunkWrites = (run, chunk) -> {
            if (chunk == 3) {
                throw new Killed();
            }
        };
        assertThatThrownBy(() -> dying.execute(tenant.id(), runId)).isInstanceOf(Killed.class);
        assertThat(count("select count(*) from allocation_run where tenant_id = ?", tenant.id().value())).isZero();
        assertThat(count("select count(*) from work_assignment where tenant_id = ?", tenant.id().value())).isZero();
        assertThat(runs.get(tenant.id(), runId).status()).isEqualTo("RUNNING");

        jdbc.sql("update strategy_run set lease_until = ? where tenant_id = ? and id = ?")
            .params(java.time.OffsetDateTime.now().minusMinutes(5), tenant.id().value(), runId)
            .update();
        assertThat(worker("node-b", 5).execute(tenant.id(), runId)).isTrue();
        assertThat(runs.get(tenant.id(), runId).status()).isEqualTo("COMPLETED");
        assertThat(count("select count(*) from allocation_run where tenant_id = ? and strategy_run_id = ?",
                tenant.id().value(), runId))
            .isEqualTo(1);
        // the two digital-first accounts wait for their messages; the agent has the rest
        assertThat(count("select count(*) from work_assignment where tenant_id = ? and agent_username = ?",
                tenant.id().value(), tenant.user(Role.AGENT)))
            .isEqualTo(8);
        // asked again for the same strategy run, the allocation answers the first one
        assertThat(allocations.allocate(tenant.id(), "system", runId, TestTenant.today(clock)).placed()).isEqualTo(8);
        assertThat(count("select count(*) from allocation_run where tenant_id = ?", tenant.id().value())).isEqualTo(1);
    }

    @Test
    void aRunKilledMidwayIsFinishedByAnotherNodeWithoutDoublingAnything() {
        TestTenant tenant = tenants.create();
        placeAccounts(tenant, 23);
        UUID runId = runs.request(tenant.id(), "test", "MANUAL").runId();
        RunWorker dying = worker("node-a", 5);
        dying.afterChunkWrites = (run, chunk) -> {
            if (chunk == 3) {
                throw new Killed();
            }
        };
        assertThatThrownBy(() -> dying.execute(tenant.id(), runId)).isInstanceOf(Killed.class);
        // two chunks committed, the third rolled back with the "crash"
        assertThat(count("select accounts_processed from strategy_run where tenant_id = ? and id = ?",
                tenant.id().value(), runId))
            .isEqualTo(10);
        RunWorker other = worker("node-b", 5);
        assertThat(other.execute(tenant.id(), runId)).as("the dead node's lease still holds").isFalse();
        jdbc.sql("update strategy_run set lease_until = ? where tenant_id = ? and id = ?")
            .params(java.time.OffsetDateTime.now().minusMinutes(5), tenant.id().value(), runId)
            .update();
        assertThat(other.execute(tenant.id(), runId)).isTrue();

        StrategyRuns.RunView done = runs.get(tenant.id(), runId);
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.accountsProcessed()).isEqualTo(23);
        assertThat(done.segments().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(23);
        assertThat(done.actions().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(23);
        assertThat(count("select count(*) from strategy_action where tenant_id = ? and run_id = ?", tenant.id().value(),
                runId))
            .isEqualTo(23);
        assertThat(count("select count(distinct account_id) from strategy_action where tenant_id = ? and run_id = ?",
                tenant.id().value(), runId))
            .isEqualTo(23);
        assertThat(count("select count(*) from strategy_run_slot where tenant_id = ?", tenant.id().value())).isZero();
    }

    @Test
    void twoNodesStartingTheSameRunNeverBothAdvanceIt() throws Exception {
        TestTenant tenant = tenants.create();
        placeAccounts(tenant, 30);
        UUID runId = runs.request(tenant.id(), "test", "MANUAL").runId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = pool.submit(() -> worker("node-a", 3).execute(tenant.id(), runId));
            Future<Boolean> b = pool.submit(() -> worker("node-b", 3).execute(tenant.id(), runId));
            assertThat(List.of(a.get(), b.get())).containsOnlyOnce(true);
        }
        finally {
            pool.shutdown();
        }
        StrategyRuns.RunView done = runs.get(tenant.id(), runId);
        assertThat(done.accountsProcessed()).isEqualTo(30);
        assertThat(done.segments().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(30);
    }

    @Test
    void aStrategistChangesTheSegmentsAndTheNextRunFollowsThem() throws Exception {
        TestTenant tenant = tenants.create();
        placeAccounts(tenant, 10);
        Api analyst = api(tenant.user(Role.ANALYST));
        JsonNode draft = analyst.post("/api/v1/strategy/versions", Map.of("name", "Split M1 at 1,000")).json();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("number").asInt()).isEqualTo(2);
        String id = draft.get("id").asString();

        // a row after the catch-alls can never match: reported, and publishing is refused
        tools.jackson.databind.node.ObjectNode definition = (tools.jackson.databind.node.ObjectNode) draft
            .get("definition");
        tools.jackson.databind.node.ArrayNode segments = (tools.jackson.databind.node.ArrayNode) definition
            .get("segments");
        tools.jackson.databind.node.ObjectNode dead = (tools.jackson.databind.node.ObjectNode) segments.get(4)
            .deepCopy();
        dead.put("code", "NEVER");
        segments.add(dead);
        JsonNode checked = analyst
            .put("/api/v1/strategy/versions/" + id, Map.of("name", "Split M1 at 1,000", "definition", definition))
            .json();
        assertThat(checked.get("findings").toString()).contains("SHADOWED");
        Api.Response refused = analyst.post("/api/v1/strategy/versions/" + id + "/publish",
                Map.of("effectiveFrom", TestTenant.today(clock).toString()));
        assertThat(refused.status()).isEqualTo(422);

        // rename the M1 segments instead and publish
        segments.remove(segments.size() - 1);
        ((tools.jackson.databind.node.ObjectNode) segments.get(2)).put("code", "M1_SMALL");
        analyst.put("/api/v1/strategy/versions/" + id, Map.of("name", "Split M1 at 1,000", "definition", definition));
        Api.Response published = analyst.post("/api/v1/strategy/versions/" + id + "/publish",
                Map.of("effectiveFrom", TestTenant.today(clock).toString()));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(
                analyst.put("/api/v1/strategy/versions/" + id, Map.of("name", "x", "definition", definition)).status())
            .isEqualTo(422);

        JsonNode run = awaitRun(analyst, analyst.post("/api/v1/strategy/runs", "{}").json().get("runId").asString());
        assertThat(run.get("version").asInt()).isEqualTo(2);
        assertThat(run.get("segments").get("M1_SMALL").asLong()).isEqualTo(2);
        assertThat(run.get("segments").has("EARLY_LOW")).isFalse();

        String account = api(tenant.user(Role.MANAGER)).get("/api/v1/accounts?ref=S-0")
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asString();
        JsonNode explained = api(tenant.user(Role.AGENT)).get("/api/v1/accounts/" + account + "/strategy").json();
        assertThat(explained.get("placed").get("segment").asString()).isEqualTo("M1_SMALL");
        assertThat(explained.get("placed").get("path").asString()).isEqualTo("DIGITAL_FIRST");
        assertThat(explained.get("placed").get("priorityParts").get(0).get("name").asString()).isEqualTo("balance");
        assertThat(explained.get("now").get("segment").asString()).isEqualTo("M1_SMALL");
        assertThat(explained.get("now").get("because").toString()).contains("dpd");
        assertThat(count("select count(*) from audit_entry where tenant_id = ? and action = 'STRATEGY_PUBLISHED'",
                tenant.id().value()))
            .isEqualTo(1);
    }

    @Test
    void aChallengerPathTakesAStableShareOfTheSegmentAndTheReadoutComparesTheArms() throws Exception {
        TestTenant tenant = tenants.create();
        placeAccounts(tenant, 200);
        Api analyst = api(tenant.user(Role.ANALYST));
        assertThat(analyst
            .post("/api/v1/strategy/experiments",
                    Map.of("name", "x", "segment", "MID", "challengerPath", "STANDARD", "share", "0.5"))
            .status()).as("the champion's own path").isEqualTo(422);
        assertThat(analyst
            .post("/api/v1/strategy/experiments",
                    Map.of("name", "x", "segment", "NOPE", "challengerPath", "CALL_FIRST", "share", "0.5"))
            .status()).isEqualTo(422);
        assertThat(analyst
            .post("/api/v1/strategy/experiments",
                    Map.of("name", "x", "segment", "MID", "challengerPath", "CALL_FIRST", "share", "0.95"))
            .status()).isEqualTo(422);
        Api.Response started = analyst.post("/api/v1/strategy/experiments", Map.of("name", "Call first in M2-M3",
                "segment", "MID", "challengerPath", "CALL_FIRST", "share", "0.5"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String experiment = started.json().get("id").asString();
        assertThat(analyst
            .post("/api/v1/strategy/experiments",
                    Map.of("name", "again", "segment", "MID", "challengerPath", "FINAL_NOTICE", "share", "0.2"))
            .status()).as("one running experiment per segment").isEqualTo(422);

        awaitRun(analyst, analyst.post("/api/v1/strategy/runs", "{}").json().get("runId").asString());
        long members = count("select count(*) from strategy_experiment_member where tenant_id = ?",
                tenant.id().value());
        long challengers = count(
                "select count(*) from strategy_experiment_member where tenant_id = ? and arm = 'CHALLENGER'",
                tenant.id().value());
        assertThat(members).isEqualTo(40);
        assertThat(challengers).isBetween(8L, 32L);
        assertThat(count("""
                select count(*) from account_strategy s join strategy_experiment_member m
                  on m.tenant_id = s.tenant_id and m.account_id = s.account_id
                where s.tenant_id = ? and m.arm = 'CHALLENGER' and s.path_code = 'CALL_FIRST'""", tenant.id().value()))
            .isEqualTo(challengers);
        List<String> arms = jdbc
            .sql("select arm from strategy_experiment_member where tenant_id = ? order by account_id")
            .param(tenant.id().value())
            .query(String.class)
            .list();
        awaitRun(analyst, analyst.post("/api/v1/strategy/runs", "{}").json().get("runId").asString());
        assertThat(jdbc.sql("select arm from strategy_experiment_member where tenant_id = ? order by account_id")
            .param(tenant.id().value())
            .query(String.class)
            .list()).as("accounts stay in their arm").isEqualTo(arms);

        JsonNode readout = analyst.get("/api/v1/strategy/experiments/" + experiment + "/readout").json();
        JsonNode r = readout.get("readout");
        assertThat(r.get("champion").get("accounts").asInt() + r.get("challenger").get("accounts").asInt())
            .isEqualTo(40);
        assertThat(r.get("metrics").size()).isEqualTo(4);
        assertThat(analyst.post("/api/v1/strategy/experiments/" + experiment + "/stop", "{}")
            .json()
            .get("status")
            .asString()).isEqualTo("STOPPED");
        assertThat(api(tenant.user(Role.AGENT)).get("/api/v1/strategy/experiments").status()).isEqualTo(403);
    }

    @Test
    void agentsMayNotSteerAndBadDefinitionsAreRefusedClearly() {
        TestTenant tenant = tenants.create();
        assertThat(api(tenant.user(Role.AGENT)).post("/api/v1/strategy/runs", "{}").status()).isEqualTo(403);
        assertThat(api(tenant.user(Role.TEAM_LEAD)).post("/api/v1/strategy/versions", Map.of("name", "x")).status())
            .isEqualTo(403);
        Api analyst = api(tenant.user(Role.ANALYST));
        assertThat(analyst.post("/api/v1/strategy/versions", Map.of("name", "")).status()).isEqualTo(422);
        JsonNode draft = analyst.post("/api/v1/strategy/versions", Map.of("name", "ok")).json();
        Api.Response past = analyst.post("/api/v1/strategy/versions/" + draft.get("id").asString() + "/publish",
                Map.of("effectiveFrom", TestTenant.today(clock).minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(422);
        assertThat(analyst.put("/api/v1/strategy/versions/" + draft.get("id").asString(), "{\"name\":\"x\"}").status())
            .isEqualTo(400);
        assertThat(analyst.get("/api/v1/strategy/runs/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(analyst.post("/api/v1/strategy/check", "{\"segments\":[],\"paths\":[]}")
            .json()
            .get("valid")
            .asBoolean()).isFalse();
        // the draft names templates and a team this tenant does not have: said, not
        // refused
        String findings = analyst.get("/api/v1/strategy/versions/" + draft.get("id").asString())
            .json()
            .get("findings")
            .toString();
        assertThat(findings).contains("\"STEP_TEMPLATE_UNKNOWN\"", "REMINDER_SMS", "\"PATH_TEAM_UNKNOWN\"");
    }

    @Test
    void anotherTenantsRunIsNotFound() {
        TestTenant tenant = tenants.create();
        TestTenant other = tenants.create();
        UUID runId = runs.request(tenant.id(), "test", "MANUAL").runId();
        assertThat(api(other.user(Role.ADMIN)).get("/api/v1/strategy/runs/" + runId).status()).isEqualTo(404);
        assertThat(api(tenant.user(Role.ADMIN)).get("/api/v1/strategy/runs/" + runId).status()).isEqualTo(200);
        assertThat(worker("node-a", 10).execute(tenant.id(), runId)).isTrue();
        assertThat(api(other.user(Role.ADMIN)).get("/api/v1/strategy/runs").json().get("items").size()).isZero();
    }

}
