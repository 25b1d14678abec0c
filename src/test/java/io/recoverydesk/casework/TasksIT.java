package io.recoverydesk.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.kernel.SqlValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.recoverydesk.identity.Role.ADMIN;
import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.CREDITOR_VIEWER;
import static io.recoverydesk.identity.Role.MANAGER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks, notes and the case view over HTTP: creating tasks (default assignee, scope),
 * my/team/overdue lists on a test clock, done and reassign; a callback agreed in a
 * contact becomes a task; notes are scanned; the timeline merges every source newest
 * first, a page at a time; the case header renders.
 */
class TasksIT extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    TestTenant tenant;

    Api agent;

    Api lead;

    Instant morning;

    String account;

    @BeforeEach
    void setUp() {
        morning = LocalDate.now(SHANGHAI).plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant();
        clock.set(morning);
        tenant = tenants.create();
        agent = api(tenant.user(AGENT));
        lead = api(tenant.user(TEAM_LEAD));
        account = importAccount(tenant, "C1", "TK-1",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nTK-1,李雷,13800138021,12000,"
                        + LocalDate.now(SHANGHAI).minusDays(40) + "\n");
        Api.Response assigned = lead.post("/api/v1/assignments",
                Map.of("accountIds", List.of(account), "agent", tenant.user(AGENT)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    }

    static String localMinute(Instant at) {
        return java.time.LocalDateTime.ofInstant(at, SHANGHAI)
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
            .toString();
    }

    Api.Response task(Api who, String type, Instant due, String assignee) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "dueAt", due.toString(), "title", "核对地址"));
        if (assignee != null) {
            body.put("assignee", assignee);
        }
        return who.post("/api/v1/accounts/" + account + "/tasks", body);
    }

    @Test
    void tasksAreCreatedListedDoneAndReassignedWithinScope() {
        // a lead's task defaults to the account's agent
        Api.Response first = task(lead, "FOLLOW_UP", morning.plus(Duration.ofHours(1)), null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("assignee").asString()).isEqualTo(tenant.user(AGENT));
        Api.Response second = task(agent, "DOCUMENT_REQUEST", morning.plus(Duration.ofHours(3)), null);
        assertThat(second.status()).isEqualTo(201);
        assertThat(task(agent, "PROMISE_DUE", morning, null).status()).isEqualTo(400);
        assertThat(task(agent, "CUSTOM", morning, null).status()).isEqualTo(201);
        // an agent cannot give tasks to someone else
        assertThat(task(agent, "FOLLOW_UP", morning, tenant.user(MANAGER)).status()).isEqualTo(422);

        clock.set(morning.plus(Duration.ofHours(2)));
        JsonNode mine = agent.get("/api/v1/tasks?mine=true&status=OPEN").json().get("items");
        assertThat(mine).hasSize(3);
        assertThat(mine.get(0).get("creditorRef").asString()).isEqualTo("TK-1");
        JsonNode overdue = agent.get("/api/v1/tasks?overdue=true").json().get("items");
        assertThat(overdue).hasSize(2);
        assertThat(overdue.get(1).get("type").asString()).isEqualTo("FOLLOW_UP");
        assertThat(lead.get("/api/v1/tasks?team=true&overdue=true").json().get("items")).hasSize(2);
        assertThat(lead.get("/api/v1/tasks?mine=true").json().get("items")).isEmpty();
        assertThat(agent.get("/api/v1/tasks?team=true").status()).isEqualTo(403);

        String id = first.json().get("id").asString();
        Api.Response done = agent.post("/api/v1/tasks/" + id + "/done", Map.of());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        assertThat(done.json().get("doneBy").asString()).isEqualTo(tenant.user(AGENT));
        assertThat(agent.post("/api/v1/tasks/" + id + "/done", Map.of()).status()).isEqualTo(409);
        assertThat(agent.get("/api/v1/tasks?overdue=true").json().get("items")).hasSize(1);

        // reassign: a lead within the team; an agent may not
        String other = createAgent("other-" + tenant.code());
        String secondId = second.json().get("id").asString();
        assertThat(agent.post("/api/v1/tasks/" + secondId + "/reassign", Map.of("assignee", other)).status())
            .isEqualTo(403);
        Api.Response moved = lead.post("/api/v1/tasks/" + secondId + "/reassign", Map.of("assignee", other));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("assignee").asString()).isEqualTo(other);
        assertThat(lead.post("/api/v1/tasks/" + secondId + "/reassign", Map.of("assignee", "nobody")).status())
            .isEqualTo(422);

        // scope: another tenant, a creditor viewer, an unknown task
        TestTenant foreign = tenants.create();
        assertThat(api(foreign.user(AGENT)).post("/api/v1/tasks/" + secondId + "/done", Map.of()).status())
            .isEqualTo(404);
        assertThat(api(foreign.user(MANAGER))
            .post("/api/v1/accounts/" + account + "/tasks", Map.of("type", "FOLLOW_UP", "dueAt", morning.toString()))
            .status()).isEqualTo(404);
        assertThat(api(tenant.user(CREDITOR_VIEWER)).get("/api/v1/tasks").status()).isEqualTo(403);
        assertThat(agent.post("/api/v1/tasks/" + UUID.randomUUID() + "/done", Map.of()).status()).isEqualTo(404);
        assertThat(audit("TASK_CREATED")).isEqualTo(3);
        assertThat(audit("TASK_DONE")).isEqualTo(1);
        assertThat(audit("TASK_REASSIGNED")).isEqualTo(1);
        Instant now = morning.plus(Duration.ofHours(2));
        // due in the past (beyond a few minutes' slack): a clear 422, no row
        Api.Response inThePast = task(agent, "FOLLOW_UP", now.minus(Duration.ofHours(1)), null);
        assertThat(inThePast.status()).isEqualTo(422);
        assertThat(inThePast.body()).contains("due-in-past");
        assertThat(task(agent, "FOLLOW_UP", now.minus(Duration.ofMinutes(2)), null).status()).isEqualTo(201);
        // a title longer than its column: the API refuses the field
        Api.Response longTitle = agent.post("/api/v1/accounts/" + account + "/tasks",
                Map.of("type", "CUSTOM", "dueAt", now.toString(), "title", "核".repeat(201)));
        assertThat(longTitle.status()).as(longTitle.body()).isEqualTo(400);
        // the case page's form: the same limits answered on the panel, what was typed
        // kept
        Pages page = Pages.login(port, tenant.user(AGENT));
        var tooLong = page.post("/accounts/" + account, "/accounts/" + account + "/case/tasks", Map.of("type", "CUSTOM",
                "dueAt", localMinute(now.plus(Duration.ofHours(1))), "title", "核".repeat(201)));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("说明不能超过 200 个字符").contains("核".repeat(201));
        assertThat(page
            .post("/accounts/" + account, "/accounts/" + account + "/case/tasks",
                    Map.of("type", "FOLLOW_UP", "dueAt", localMinute(now.minus(Duration.ofHours(1))), "title", "核对"))
            .body()).contains("到期时间不能早于现在");
        assertThat(audit("TASK_CREATED")).isEqualTo(4);

        String team = Pages.login(port, tenant.user(TEAM_LEAD)).body("/tasks?team=true");
        assertThat(team).contains("tasks-overdue").contains(other);
    }

    @Test
    void aScopedManagerSeesTheTasksOfTheirCreditorsBehindManyOthers() {
        String c2 = importAccount(tenant, "C2", "TK-2",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nTK-2,韩梅梅,13800138022,5000,"
                        + LocalDate.now(SHANGHAI).minusDays(40) + "\n");
        // many overdue tasks of creditor C1, all due before the one of creditor C2
        for (int i = 0; i < 230; i++) {
            insertTask(UUID.fromString(account), morning.minus(Duration.ofHours(300 - i)), tenant.user(AGENT));
        }
        UUID theirs = insertTask(UUID.fromString(c2), morning.minus(Duration.ofHours(1)), tenant.user(MANAGER));
        String scoped = "mgr-c2-" + tenant.code();
        Api.Response created = api(tenant.user(ADMIN)).post("/api/v1/users", Map.of("username", scoped, "displayName",
                scoped, "password", TestTenant.PASSWORD, "roles", List.of("MANAGER"), "creditorScopes", List.of("C2")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        JsonNode seen = api(scoped).get("/api/v1/tasks?team=true&overdue=true&limit=200").json().get("items");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("id").asString()).isEqualTo(theirs.toString());
        assertThat(seen.get(0).get("creditorRef").asString()).isEqualTo("TK-2");
        // a manager of every creditor gets the earliest, up to the limit
        assertThat(api(tenant.user(MANAGER)).get("/api/v1/tasks?team=true&overdue=true&limit=200").json().get("items"))
            .hasSize(200);
    }

    @Test
    void aLeaversOverdueTasksStayOnTheLeadsListMarkedForHandOver() {
        String leaver = "leaver-" + tenant.code();
        Api.Response created = api(tenant.user(ADMIN)).post("/api/v1/users", Map.of("username", leaver, "displayName",
                leaver, "password", "password-9", "roles", List.of("AGENT"), "team", "T1"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Response given = task(lead, "FOLLOW_UP", morning.plus(Duration.ofHours(1)), leaver);
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        String id = given.json().get("id").asString();
        Api.Response disabled = api(tenant.user(ADMIN))
            .post("/api/v1/users/" + created.json().get("id").asString() + "/disable", "{}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

        clock.set(morning.plus(Duration.ofHours(2)));
        JsonNode overdue = lead.get("/api/v1/tasks?team=true&overdue=true").json().get("items");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("assignee").asString()).isEqualTo(leaver);
        assertThat(overdue.get(0).get("assigneeLeft").asBoolean()).isTrue();
        JsonNode managers = api(tenant.user(MANAGER)).get("/api/v1/tasks?team=true&overdue=true").json().get("items");
        assertThat(managers.get(0).get("assigneeLeft").asBoolean()).isTrue();
        String page = Pages.login(port, tenant.user(TEAM_LEAD)).body("/tasks?team=true");
        assertThat(page).contains(leaver).contains("rd-assignee-left");

        // the lead hands it over to someone in the team
        Api.Response moved = lead.post("/api/v1/tasks/" + id + "/reassign", Map.of("assignee", tenant.user(AGENT)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        overdue = lead.get("/api/v1/tasks?team=true&overdue=true").json().get("items");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("assignee").asString()).isEqualTo(tenant.user(AGENT));
        assertThat(overdue.get(0).get("assigneeLeft").asBoolean()).isFalse();
        assertThat(Pages.login(port, tenant.user(TEAM_LEAD)).body("/tasks?team=true"))
            .doesNotContain("rd-assignee-left");
    }

    UUID insertTask(UUID accountId, Instant due, String assignee) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into casework_task (tenant_id, id, account_id, task_type, title, due_at, priority, assignee,
                  status, created_by, created_at) values (?, ?, ?, 'FOLLOW_UP', null, ?, 'NORMAL', ?, 'OPEN', ?, ?)""")
            .params(tenant.id().value(), id, accountId, SqlValues.utc(due), assignee, assignee,
                    SqlValues.utc(due.minus(Duration.ofDays(1))))
            .update();
        return id;
    }

    @Test
    void aCallbackRequestBecomesATaskForTheAgentAndPutsTheCaseFirst() {
        String phone = agent.get("/api/v1/accounts/" + account).json().get("contactPoints").get(0).get("id").asString();
        Instant callback = morning.plus(Duration.ofHours(4));
        Api.Response contact = agent.post("/api/v1/contacts",
                Map.of("accountId", account, "channel", "CALL", "direction", "OUTBOUND", "contactPointId", phone,
                        "outcome", "CALLBACK_REQUESTED", "notes", "下午四点再打", "callbackAt", callback.toString()));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        JsonNode tasks = agent.get("/api/v1/tasks").json().get("items");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("type").asString()).isEqualTo("CALLBACK");
        assertThat(Instant.parse(tasks.get(0).get("dueAt").asString())).isEqualTo(callback);
        assertThat(tasks.get(0).get("assignee").asString()).isEqualTo(tenant.user(AGENT));

        // a callback in the past is refused, nothing recorded
        Api.Response past = agent.post("/api/v1/contacts",
                Map.of("accountId", account, "channel", "CALL", "direction", "OUTBOUND", "contactPointId", phone,
                        "outcome", "CALLBACK_REQUESTED", "callbackAt", morning.minusSeconds(60).toString()));
        assertThat(past.status()).isEqualTo(422);
        assertThat(agent.get("/api/v1/tasks").json().get("items")).hasSize(1);

        // when due, the case comes before a larger balance in the agent's queue
        String big = importAccount(tenant, "C1", "TK-2",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nTK-2,韩梅,13800138022,90000,"
                        + LocalDate.now(SHANGHAI).minusDays(40) + "\n");
        lead.post("/api/v1/assignments", Map.of("accountIds", List.of(big), "agent", tenant.user(AGENT)));
        clock.set(callback.plusSeconds(60));
        Api.Response next = agent.get("/api/v1/work/next");
        assertThat(next.json().get("accountId").asString()).as(next.body()).isEqualTo(account);
        assertThat(next.json().get("reasons").toString()).contains("due now");
    }

    @Test
    void notesAreScannedAndFlaggedNotesRaiseAnAlert() {
        Api.Response clean = agent.post("/api/v1/accounts/" + account + "/notes", Map.of("body", "客户说月底发工资后还款"));
        assertThat(clean.status()).as(clean.body()).isEqualTo(201);
        assertThat(clean.json().get("findings")).isEmpty();
        Api.Response flagged = agent.post("/api/v1/accounts/" + account + "/notes", Map.of("body", "告诉客户会上征信黑名单"));
        assertThat(flagged.status()).isEqualTo(201);
        assertThat(flagged.json().get("findings")).isNotEmpty();
        assertThat(agent.post("/api/v1/accounts/" + account + "/notes", Map.of("body", " ")).status()).isEqualTo(422);
        assertThat(agent.get("/api/v1/accounts/" + account + "/notes").json().get("items")).hasSize(2);
        assertThat(jdbc.sql(
                "select count(*) from compliance_alert where tenant_id = ? and kind = 'NOTE_FLAGGED' and account_id = ?")
            .params(tenant.id().value(), UUID.fromString(account))
            .query(Long.class)
            .single()).isEqualTo(1);
        assertThat(api(tenants.create().user(AGENT)).get("/api/v1/accounts/" + account + "/notes").status())
            .isEqualTo(404);
        assertThat(audit("NOTE_ADDED")).isEqualTo(2);
        String timeline = Pages.login(port, tenant.user(AGENT)).body("/accounts/" + account + "/timeline");
        assertThat(timeline).contains("data-flag=\"qa\"");
    }

    @Test
    void theTimelineMergesSourcesNewestFirstAPageAtATime() throws Exception {
        clock.set(morning);
        agent.post("/api/v1/accounts/" + account + "/notes", Map.of("body", "第一条备注"));
        clock.set(morning.plusSeconds(60));
        task(agent, "FOLLOW_UP", morning.plus(Duration.ofDays(1)), null);
        clock.set(morning.plusSeconds(120));
        String phone = agent.get("/api/v1/accounts/" + account).json().get("contactPoints").get(0).get("id").asString();
        agent.post("/api/v1/contacts", Map.of("accountId", account, "channel", "CALL", "direction", "OUTBOUND",
                "contactPointId", phone, "outcome", "NO_ANSWER"));
        clock.set(morning.plusSeconds(180));
        agent.post("/api/v1/accounts/" + account + "/holds", Map.of("type", "DISPUTE", "reason", "金额有异议"));
        Pages pages = Pages.login(port, tenant.user(AGENT));
        String first = pages.body("/accounts/" + account + "/timeline");
        assertThat(kinds(first)).startsWith("HOLD", "CONTACT", "TASK", "NOTE");
        assertThat(first).contains("第一条备注").doesNotContain("timeline-more");

        // 500 more entries: 50 a page with "more"
        seed(500);
        long started = System.nanoTime();
        String page0 = pages.body("/accounts/" + account + "/timeline");
        long timelineMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(kinds(page0)).hasSize(50);
        assertThat(page0).contains("timeline-more");
        String last = pages.body("/accounts/" + account + "/timeline?page=10");
        assertThat(kinds(last)).hasSize(4);
        assertThat(last).doesNotContain("timeline-more").contains("备注 498");
        assertThat(pages.get("/accounts/" + UUID.randomUUID() + "/timeline")).isEqualTo(404);

        // the whole case view as a browser loads it (the page, then its slots at once),
        // warm; printed, never asserted
        List<String> slots = List.of("/accounts/" + account + "/case", "/accounts/" + account + "/compliance",
                "/accounts/" + account + "/timeline", "/accounts/" + account + "/arrangements",
                "/accounts/" + account + "/payments-panel");
        java.util.concurrent.ExecutorService parallel = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<Long> totals = new java.util.ArrayList<>();
            Map<String, List<Long>> each = new java.util.LinkedHashMap<>();
            for (int round = 0; round < 10; round++) {
                long t0 = System.nanoTime();
                assertThat(pages.get("/accounts/" + account)).isEqualTo(200);
                long pageMs = (System.nanoTime() - t0) / 1_000_000;
                each.computeIfAbsent("page", k -> new java.util.ArrayList<>()).add(pageMs);
                List<java.util.concurrent.Future<Long>> timed = new java.util.ArrayList<>();
                for (String slot : slots) {
                    timed.add(parallel.submit(() -> {
                        long s0 = System.nanoTime();
                        assertThat(pages.get(slot)).isEqualTo(200);
                        return (System.nanoTime() - s0) / 1_000_000;
                    }));
                }
                for (int k = 0; k < slots.size(); k++) {
                    each.computeIfAbsent(slots.get(k).substring(slots.get(k).lastIndexOf('/') + 1),
                            x -> new java.util.ArrayList<>())
                        .add(timed.get(k).get());
                }
                totals.add((System.nanoTime() - t0) / 1_000_000);
            }
            Map<String, String> summary = new java.util.LinkedHashMap<>();
            each.forEach((k, v) -> summary.put(k, "median " + median(v) + " / min " + java.util.Collections.min(v)));
            System.out.println("CASE VIEW TIMING (504 timeline entries, "
                    + (io.recoverydesk.TestDatabase.postgres() ? "PostgreSQL" : "H2")
                    + ", 10 warm rounds, page then its 5 slots in parallel): total median " + median(totals)
                    + " ms, min " + java.util.Collections.min(totals) + " ms; per request ms " + summary
                    + "; first timeline page cold " + timelineMs + " ms");
        }
        finally {
            parallel.shutdown();
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void theCaseHeaderShowsLeaseStageScriptAndTasks() {
        task(agent, "FOLLOW_UP", morning.plus(Duration.ofHours(1)), null);
        agent.get("/api/v1/work/next");
        String html = Pages.login(port, tenant.user(AGENT)).body("/accounts/" + account + "/case");
        assertThat(html).contains("id=\"case-lease\"").contains("为你保留").contains("阶段 1 · 案件接收").contains("李雷");
        assertThat(html).contains("data-task=").doesNotContain("13800138021");
        assertThat(Pages.login(port, tenant.user(CREDITOR_VIEWER)).get("/accounts/" + account + "/case"))
            .isEqualTo(403);
        String c2 = importAccount(tenant, "C2", "TK-C2",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nTK-C2,王五,13800138023,500,"
                        + LocalDate.now(SHANGHAI).minusDays(40) + "\n");
        assertThat(Pages.login(port, tenant.user(AGENT)).get("/accounts/" + c2 + "/case")).isEqualTo(404);
        String tasksPage = Pages.login(port, tenant.user(AGENT)).body("/tasks");
        assertThat(tasksPage).contains("tasks-today").contains("TK-1");
        String badge = Pages.login(port, tenant.user(AGENT)).body("/tasks/badge");
        assertThat(badge).contains("tasks-badge").contains("text-bg-warning");
    }

    @Test
    void anAgentMovedToAnotherTeamLosesTheCasesAndTasksOfCreditorsTheyNoLongerSee() {
        // the agent's case (assigned in setUp) and a task on it
        Api.Response created = task(agent, "FOLLOW_UP", morning.plus(Duration.ofHours(1)), null);
        assertThat(created.status()).isEqualTo(201);
        String taskId = created.json().get("id").asString();
        assertThat(Pages.login(port, tenant.user(AGENT)).body("/tasks/badge")).contains("text-bg-warning");
        // the agent moves to a team that serves another creditor: the task's account is
        // out of their sight, in the list and in the badge
        Api admin = api(tenant.user(ADMIN));
        assertThat(
                admin.post("/api/v1/teams", Map.of("code", "T2", "name", "Team two", "creditorScopes", List.of("C2")))
                    .status())
            .isEqualTo(201);
        String agentId = agent.get("/api/v1/me").json().get("userId").asString();
        assertThat(admin
            .put("/api/v1/users/" + agentId, Map.of("displayName", "调组", "roles", List.of("AGENT"), "team", "T2"))
            .status()).isEqualTo(200);
        assertThat(Pages.login(port, tenant.user(AGENT)).body("/tasks")).doesNotContain("TK-1");
        assertThat(Pages.login(port, tenant.user(AGENT)).body("/tasks/badge")).contains("tasks-badge")
            .doesNotContain("text-bg-warning")
            .doesNotContain("text-bg-danger");
        // the case goes back to the unassigned pool (after the change commits), audited
        long assigned = 1;
        for (int i = 0; i < 100 && assigned > 0; i++) {
            sleep(50);
            assigned = jdbc.sql("select count(*) from work_assignment where tenant_id = ? and agent_username = ?")
                .params(tenant.id().value(), tenant.user(AGENT))
                .query(Long.class)
                .single();
        }
        assertThat(assigned).isZero();
        assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'WORK_RELEASED'")
            .params(tenant.id().value())
            .query(String.class)
            .single()).startsWith("released=1 tasksHandedOn=1 ");
        // the task waits for the case's next agent (managers see it meanwhile) ...
        assertThat(api(tenant.user(MANAGER)).get("/api/v1/tasks?team=true").body()).contains(taskId);
        assertThat(taskAssignee(taskId)).isEqualTo("system");
        // ... and goes to them when the lead gives them the case
        String other = createAgent("next-" + tenant.code());
        assertThat(lead.post("/api/v1/assignments", Map.of("accountIds", List.of(account), "agent", other)).status())
            .isEqualTo(200);
        assertThat(taskAssignee(taskId)).isEqualTo(other);
    }

    private String taskAssignee(String taskId) {
        return jdbc.sql("select assignee from casework_task where tenant_id = ? and id = ?")
            .params(tenant.id().value(), java.util.UUID.fromString(taskId))
            .query(String.class)
            .single();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theLogContactFormAsksForTheCallbackTimeAndAPromiseOpensThePromiseForm() {
        Pages pages = Pages.login(port, tenant.user(AGENT));
        String page = "/accounts/" + account;
        var missing = pages.post(page, page + "/contacts", Map.of("channel", "CALL", "outcome", "CALLBACK_REQUESTED"));
        assertThat(missing.body()).contains("door-error");
        assertThat(missing.headers().firstValue("HX-Trigger")).isEmpty();
        String local = morning.plus(Duration.ofHours(2)).atZone(SHANGHAI).toLocalDateTime().toString();
        var callback = pages.post(page, page + "/contacts",
                Map.of("channel", "CALL", "outcome", "CALLBACK_REQUESTED", "callbackAt", local));
        assertThat(callback.body()).contains("door-recorded");
        assertThat(callback.headers().firstValue("HX-Trigger")).hasValue("rd:timeline-changed");
        clock.set(morning.plusSeconds(600));
        var promise = pages.post(page, page + "/contacts", Map.of("channel", "CALL", "outcome", "PROMISE_TO_PAY"));
        assertThat(promise.headers().firstValue("HX-Trigger").orElse("")).contains("rd:open-promise")
            .contains("rd:timeline-changed");
        var task = pages.post(page, page + "/case/tasks",
                Map.of("type", "DOCUMENT_REQUEST", "dueAt", local, "title", "收入证明"));
        assertThat(task.body()).contains("case-saved").contains("收入证明");
        JsonNode tasks = agent.get("/api/v1/tasks").json().get("items");
        assertThat(tasks).hasSize(2);
        var note = pages.post(page, page + "/case/notes", Map.of("body", "告诉客户会上征信黑名单"));
        assertThat(note.body()).contains("case-saved");
        assertThat(pages.body(page + "/timeline")).contains("data-flag=\"qa\"").contains("收入证明");
    }

    /**
     * Seeds notes and ledger contacts directly, half each, one minute apart, before the
     * morning.
     */
    void seed(int count) {
        UUID id = UUID.fromString(account);
        UUID debtor = jdbc.sql("select debtor_id from account where tenant_id = ? and id = ?")
            .params(tenant.id().value(), id)
            .query(UUID.class)
            .single();
        for (int i = 0; i < count; i++) {
            Instant at = morning.minus(Duration.ofMinutes(i + 1));
            if (i % 2 == 0) {
                jdbc.sql("insert into casework_note (tenant_id, id, account_id, body, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                    .params(tenant.id().value(), UUID.randomUUID(), id, "备注 " + i, tenant.user(AGENT),
                            SqlValues.utc(at))
                    .update();
            }
            else {
                jdbc.sql("""
                        insert into contact_ledger (tenant_id, id, account_id, debtor_id, channel, direction, party,
                          started_at, outcome, reported, recorded_by, recorded_at)
                        values (?, ?, ?, ?, 'CALL', 'OUTBOUND', 'DEBTOR', ?, 'NO_ANSWER', true, ?, ?)""")
                    .params(tenant.id().value(), UUID.randomUUID(), id, debtor, SqlValues.utc(at), tenant.user(AGENT),
                            SqlValues.utc(at))
                    .update();
            }
        }
    }

    static List<String> kinds(String html) {
        return java.util.regex.Pattern.compile("data-kind=\"([A-Z]+)\"")
            .matcher(html)
            .results()
            .map(m -> m.group(1))
            .toList();
    }

    long audit(String action) {
        return jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = ?")
            .params(tenant.id().value(), action)
            .query(Long.class)
            .single();
    }

    String createAgent(String username) {
        Api.Response created = api(tenant.user(ADMIN)).post("/api/v1/users", Map.of("username", username, "displayName",
                username, "password", "password-9", "roles", List.of("AGENT"), "team", "T1"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /**
     * A browser-like session on the pages: form login with CSRF, cookies, no redirects
     * followed.
     */
    record Pages(java.net.http.HttpClient client, int port) {

        static Pages login(int port, String username) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
            Pages session = new Pages(client, port);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(session.body("/login"));
            assertThat(m.find()).as("csrf token on the login page").isTrue();
            String data = "username=" + username + "&password=" + TestTenant.PASSWORD + "&_csrf=" + m.group(1);
            var r = session.send(java.net.http.HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(data)));
            assertThat(r.headers().firstValue("Location").orElse("")).as("login").doesNotContain("error");
            return session;
        }

        /** Posts a form with the CSRF token of the page it is on. */
        java.net.http.HttpResponse<String> post(String pagePath, String path, Map<String, String> form) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(body(pagePath));
            assertThat(m.find()).as("csrf meta on " + pagePath).isTrue();
            StringBuilder data = new StringBuilder("_csrf=" + m.group(1));
            form.forEach((k, v) -> data.append('&')
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
            return send(java.net.http.HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(data.toString())));
        }

        int get(String path) {
            return send(java.net.http.HttpRequest.newBuilder(uri(path)).GET()).statusCode();
        }

        String body(String path) {
            return send(java.net.http.HttpRequest.newBuilder(uri(path)).GET()).body();
        }

        private java.net.URI uri(String path) {
            return java.net.URI.create("http://localhost:" + port + path);
        }

        java.net.http.HttpResponse<String> send(java.net.http.HttpRequest.Builder request) {
            try {
                return client.send(request.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            }
            catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }

    }

}
