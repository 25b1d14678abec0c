package io.recoverydesk.allocation;

import java.nio.charset.StandardCharsets;
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
import io.recoverydesk.team.TeamAdministration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation run on a real portfolio after a strategy run: who gets what, what is
 * left to automated messages, the specialist team, pins, absences, and repeat runs.
 */
class AllocationIT extends IntegrationTest {

    @Autowired
    Tenants tenantDirectory;

    @Autowired
    TeamAdministration team;

    /**
     * The test tenant with three more agents: one in T1, one in T2 (C2), one specialist.
     */
    record Floor(TestTenant tenant, String agent, String second, String other, String specialist) {
    }

    private Floor floor() {
        TestTenant tenant = tenants.create();
        String suffix = tenant.code().substring(2);
        tenantDirectory.createTeam(tenant.id(), "T2", "Team two", Set.of("C2"));
        tenantDirectory.createTeam(tenant.id(), "SPEC", "Specialists", Set.of("C1", "C2"));
        Floor floor = new Floor(tenant, tenant.user(Role.AGENT), "second-" + suffix, "other-" + suffix,
                "spec-" + suffix);
        tenantDirectory.createUser(tenant.id(), floor.second(), "Second", TestTenant.PASSWORD, EnumSet.of(Role.AGENT),
                Set.of(), "T1");
        tenantDirectory.createUser(tenant.id(), floor.other(), "Other", TestTenant.PASSWORD, EnumSet.of(Role.AGENT),
                Set.of(), "T2");
        tenantDirectory.createUser(tenant.id(), floor.specialist(), "Specialist", TestTenant.PASSWORD,
                EnumSet.of(Role.AGENT), Set.of(), "SPEC");
        team.profile(tenant.id(), tenant.user(Role.MANAGER), floor.specialist(), Set.of(), Set.of("LEGAL"), 100,
                new java.math.BigDecimal("40"));
        place(tenant, "C1", 25);
        place(tenant, "C2", 10);
        return floor;
    }

    /**
     * Accounts over the default segments: every 5th early and small (digital first), …
     */
    private void place(TestTenant tenant, String creditor, int count) {
        StringBuilder csv = new StringBuilder(
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date,province\n");
        LocalDate today = today();
        int[] dpds = { 10, 20, 45, 120, 400 };
        String[] balances = { "500", "8000", "3000", "60000", "1200" };
        for (int i = 0; i < count; i++) {
            csv.append(creditor)
                .append("-")
                .append(i)
                .append(",客户")
                .append(creditor)
                .append(i)
                .append(",139")
                .append(creditor.equals("C1") ? "1" : "2")
                .append(String.format("%07d", i))
                .append(',')
                .append(balances[i % 5])
                .append(',')
                .append(today.minusDays(dpds[i % 5]))
                .append(",浙江\n");
        }
        JsonNode report = api(tenant.user(Role.MANAGER))
            .upload("/api/v1/placements", Map.of("creditor", creditor), creditor + ".csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8))
            .json();
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("COMPLETED");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    private String strategyRun(TestTenant tenant) throws InterruptedException {
        Api analyst = api(tenant.user(Role.ANALYST));
        String runId = analyst.post("/api/v1/strategy/runs", "{}").json().get("runId").asString();
        for (int i = 0; i < 300; i++) {
            String status = analyst.get("/api/v1/strategy/runs/" + runId).json().get("status").asString();
            if (status.equals("COMPLETED")) {
                return runId;
            }
            assertThat(status).isIn("QUEUED", "RUNNING");
            Thread.sleep(100);
        }
        throw new AssertionError("strategy run " + runId + " did not finish");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
    }

    private Map<String, Long> byAgent(TestTenant tenant, String creditor) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("select w.agent_username, count(*) from work_assignment w join account a"
                + " on a.tenant_id = w.tenant_id and a.id = w.account_id join creditor c on c.tenant_id = a.tenant_id"
                + " and c.id = a.creditor_id where w.tenant_id = ? and c.code = ? group by w.agent_username")
            .params(tenant.id().value(), creditor)
            .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
            .list();
        return counts;
    }

    @Test
    void theStrategyRunHandsWorkToAgentsWhoServeTheCreditorAndLeavesDigitalFirstAccountsToMessages() throws Exception {
        Floor floor = floor();
        TestTenant tenant = floor.tenant();
        String strategyRun = strategyRun(tenant);

        assertThat(count("select count(*) from allocation_run where tenant_id = ? and strategy_run_id = ?",
                tenant.id().value(), UUID.fromString(strategyRun)))
            .isEqualTo(1);
        // digital first (small and early) waits for its messages; everything else has an
        // agent
        assertThat(count(
                "select count(*) from work_assignment w join account_strategy s on s.tenant_id = w.tenant_id"
                        + " and s.account_id = w.account_id where w.tenant_id = ? and s.path_code = 'DIGITAL_FIRST'",
                tenant.id().value()))
            .isZero();
        assertThat(count("select count(*) from work_assignment where tenant_id = ?", tenant.id().value()))
            .isEqualTo(28);
        // the specialist path's accounts go to the specialist team
        assertThat(count("select count(*) from work_assignment w join account_strategy s on s.tenant_id = w.tenant_id"
                + " and s.account_id = w.account_id where w.tenant_id = ? and s.path_code = 'SPECIALIST'"
                + " and w.agent_username <> ?", tenant.id().value(), floor.specialist()))
            .isZero();
        // nobody gets accounts of a creditor their team does not serve
        assertThat(byAgent(tenant, "C2").keySet()).isSubsetOf(floor.other(), floor.specialist());
        assertThat(byAgent(tenant, "C1").keySet()).isSubsetOf(floor.agent(), floor.second(), floor.specialist());
        assertThat(byAgent(tenant, "C1")).containsKeys(floor.agent(), floor.second());

        Api manager = api(tenant.user(Role.MANAGER));
        JsonNode report = manager.get("/api/v1/allocation/runs/latest").json();
        assertThat(report.get("run").get("placed").asInt()).isEqualTo(28);
        assertThat(report.get("run").get("strategyRunId").asString()).isEqualTo(strategyRun);
        assertThat(report.get("agents").size()).isEqualTo(4);
        JsonNode lines = manager.get("/api/v1/allocation/runs/latest/lines?agent=" + floor.specialist())
            .json()
            .get("items");
        assertThat(lines.size()).isPositive();
        lines.forEach(line -> assertThat(line.get("detail").asString()).isNotBlank());
        assertThat(count("select count(*) from audit_entry where tenant_id = ? and action = 'ALLOCATION_RUN'",
                tenant.id().value()))
            .isEqualTo(1);

        // the run took its accounts in during its own pass; streaming them again on
        // demand
        // finds the same plan
        JsonNode again = manager.post("/api/v1/allocation/runs", "{}").json();
        assertThat(again.get("placed").asInt()).isEqualTo(28);
        assertThat(again.get("added").asInt() + again.get("moved").asInt() + again.get("released").asInt()).isZero();
    }

    @Test
    void pinsStayPutAnAbsentAgentsWorkMovesAndARepeatRunChangesNothing() throws Exception {
        Floor floor = floor();
        TestTenant tenant = floor.tenant();
        strategyRun(tenant);
        Api manager = api(tenant.user(Role.MANAGER));
        List<UUID> seconds = jdbc
            .sql("select account_id from work_assignment where tenant_id = ? and agent_username = ?"
                    + " order by account_id")
            .params(tenant.id().value(), floor.second())
            .query(UUID.class)
            .list();
        assertThat(seconds).hasSizeGreaterThan(1);
        UUID pinned = seconds.get(0);
        assertThat(manager
            .post("/api/v1/assignments", Map.of("accountIds", List.of(pinned), "agent", floor.second(), "pin", true))
            .status()).isEqualTo(200);
        // a callback the absent agent had on a case that moves
        UUID withTask = seconds.get(1);
        Api.Response task = manager.post("/api/v1/accounts/" + withTask + "/tasks",
                Map.of("type", "CALLBACK", "dueAt", clock.instant().plusSeconds(3600).toString()));
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        assertThat(task.json().get("assignee").asString()).isEqualTo(floor.second());
        team.absence(tenant.id(), tenant.user(Role.MANAGER), floor.second(), today(), today().plusDays(2), "SICK",
                "flu");

        Api.Response run = manager.post("/api/v1/allocation/runs", "{}");
        assertThat(run.status()).isEqualTo(201);
        assertThat(run.json().get("moved").asInt()).isEqualTo(seconds.size() - 1);
        assertThat(jdbc.sql("select agent_username from work_assignment where tenant_id = ? and account_id = ?")
            .params(tenant.id().value(), pinned)
            .query(String.class)
            .single()).isEqualTo(floor.second());
        assertThat(count("select count(*) from work_assignment where tenant_id = ? and agent_username = ?",
                tenant.id().value(), floor.second()))
            .isEqualTo(1);
        String newAgent = jdbc.sql("select agent_username from work_assignment where tenant_id = ? and account_id = ?")
            .params(tenant.id().value(), withTask)
            .query(String.class)
            .single();
        assertThat(newAgent).isNotEqualTo(floor.second());
        assertThat(jdbc.sql("select assignee from casework_task where tenant_id = ? and account_id = ?")
            .params(tenant.id().value(), withTask)
            .query(String.class)
            .single()).as("the open task follows the case").isEqualTo(newAgent);
        // a lead moving the case by hand takes the task along too
        assertThat(manager
            .post("/api/v1/assignments", Map.of("accountIds", List.of(withTask), "agent", floor.agent(), "pin", false))
            .status()).isEqualTo(200);
        assertThat(jdbc.sql("select assignee from casework_task where tenant_id = ? and account_id = ?")
            .params(tenant.id().value(), withTask)
            .query(String.class)
            .single()).isEqualTo(floor.agent());
        UUID runId = UUID.fromString(run.json().get("runId").asString());
        assertThat(count(
                "select count(*) from allocation_line where tenant_id = ? and run_id = ?"
                        + " and reason = 'REBALANCED_ABSENT' and previous_agent = ?",
                tenant.id().value(), runId, floor.second()))
            .isEqualTo(seconds.size() - 1);
        JsonNode report = manager.get("/api/v1/allocation/runs/" + runId).json();
        assertThat(report.get("agents").toString()).contains("ABSENT");

        JsonNode again = manager.post("/api/v1/allocation/runs", "{}").json();
        assertThat(again.get("moved").asInt()).isZero();
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("released").asInt()).isZero();

        // unpinned, the account may move again
        assertThat(manager.post("/api/v1/assignments/unpin", Map.of("accountIds", List.of(pinned)))
            .json()
            .get("unpinned")
            .asInt()).isEqualTo(1);
        manager.post("/api/v1/allocation/runs", "{}");
        assertThat(count("select count(*) from work_assignment where tenant_id = ? and agent_username = ?",
                tenant.id().value(), floor.second()))
            .isZero();
    }

    @Test
    void aDebtorWhoPrefersCantoneseGoesToTheAgentWhoSpeaksItAndOneNobodySpeaksIsReported() throws Exception {
        TestTenant tenant = tenants.create();
        String speaker = "speaker-" + tenant.code().substring(2);
        tenantDirectory.createUser(tenant.id(), speaker, "Speaker", TestTenant.PASSWORD, EnumSet.of(Role.AGENT),
                Set.of(), "T1");
        team.profile(tenant.id(), tenant.user(Role.MANAGER), speaker, Set.of(), Set.of("yue"), 100,
                new java.math.BigDecimal("40"));
        String day = today().minusDays(20).toString();
        String csv = "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date,language\n"
                + "L-1,陈一,13900000001,8000," + day + ",yue\n" + "L-2,陈二,13900000002,8000," + day + ",YUE\n"
                + "L-3,Smith,13900000003,8000," + day + ",en\n" + "L-4,王四,13900000004,8000," + day + ",\n";
        JsonNode report = api(tenant.user(Role.MANAGER))
            .upload("/api/v1/placements", Map.of("creditor", "C1"), "lang.csv", csv.getBytes(StandardCharsets.UTF_8))
            .json();
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("COMPLETED");
        strategyRun(tenant);

        Map<String, String> agentByRef = new java.util.TreeMap<>();
        jdbc.sql("select a.creditor_ref, w.agent_username from work_assignment w join account a"
                + " on a.tenant_id = w.tenant_id and a.id = w.account_id where w.tenant_id = ?")
            .param(tenant.id().value())
            .query((rs, n) -> agentByRef.put(rs.getString(1), rs.getString(2)))
            .list();
        assertThat(agentByRef).containsEntry("L-1", speaker).containsEntry("L-2", speaker).doesNotContainKey("L-3");
        assertThat(agentByRef).containsKey("L-4");
        assertThat(count("select count(*) from allocation_line where tenant_id = ? and reason = 'NO_SKILLED_AGENT'"
                + " and detail like '%EN%'", tenant.id().value()))
            .isEqualTo(1);
    }

    @Test
    void thePolicyIsValidatedAndAudited() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        assertThat(manager.get("/api/v1/allocation/policy").json().get("fairnessBand").decimalValue())
            .isEqualByComparingTo("0.15");
        assertThat(manager
            .put("/api/v1/allocation/policy",
                    Map.of("fairnessBand", "1.5", "keepContinuity", true, "unscoredPropensity", "0.1"))
            .status()).isEqualTo(400);
        assertThat(manager.put("/api/v1/allocation/policy", Map.of("fairnessBand", "0.2", "unscoredPropensity", "0.1"))
            .status()).isEqualTo(400);
        Api.Response ok = manager.put("/api/v1/allocation/policy",
                Map.of("fairnessBand", "0.2", "keepContinuity", false, "unscoredPropensity", "0.05"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("keepContinuity").asBoolean()).isFalse();
        assertThat(
                count("select count(*) from audit_entry where tenant_id = ? and action = 'ALLOCATION_POLICY_CHANGED'",
                        tenant.id().value()))
            .isEqualTo(1);
        assertThat(api(tenant.user(Role.ANALYST))
            .put("/api/v1/allocation/policy",
                    Map.of("fairnessBand", "0.2", "keepContinuity", false, "unscoredPropensity", "0.05"))
            .status()).isEqualTo(403);
    }

}
