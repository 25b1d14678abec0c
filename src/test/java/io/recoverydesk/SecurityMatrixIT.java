package io.recoverydesk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static io.recoverydesk.identity.Role.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint × every role × own and foreign tenant and creditor: the expected
 * 2xx/403/404, and never a row of another tenant or of a creditor outside the caller's
 * scope in any answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixIT extends IntegrationTest {

    static final Set<Role> ALL = EnumSet.allOf(Role.class);

    static final Set<Role> REVEAL = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD, AGENT, COMPLIANCE, LEGAL);

    static final Set<Role> CHECK = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD, AGENT, COMPLIANCE, LEGAL);

    static final Set<Role> RECORD = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD, AGENT, LEGAL);

    static final Set<Role> READ = EnumSet.complementOf(EnumSet.of(CREDITOR_VIEWER));

    static final Set<Role> OVERSEE = EnumSet.of(ADMIN, MANAGER, COMPLIANCE);

    static final Set<Role> PLACEMENT_VIEW = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD, COMPLIANCE, ANALYST, CREDITOR_VIEWER);

    static final Set<Role> PAY = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD, AGENT);

    static final Set<Role> PAY_BACK_OFFICE = EnumSet.of(ADMIN, MANAGER);

    static final Set<Role> RECONCILE = EnumSet.of(ADMIN, MANAGER, ANALYST, CREDITOR_VIEWER);

    static final Set<Role> CASE = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD, AGENT);

    static final Set<Role> LEADS = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD);

    static final Set<Role> STRATEGY_READ = EnumSet.of(ADMIN, MANAGER, ANALYST, TEAM_LEAD, COMPLIANCE);

    static final Set<Role> ALLOCATION_READ = EnumSet.of(ADMIN, MANAGER, ANALYST, TEAM_LEAD);

    static final Set<Role> TEAM_READ = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD, ANALYST);

    static final Set<Role> TEAM_WRITE = EnumSet.of(ADMIN, MANAGER, TEAM_LEAD);

    /** Each absence of the matrix on days of its own, so that none overlaps another. */
    final java.util.concurrent.atomic.AtomicInteger absenceDays = new java.util.concurrent.atomic.AtomicInteger();

    TestTenant own;

    TestTenant foreign;

    Ids ownC1;

    Ids ownC2;

    Ids foreignC1;

    /** The ids of one imported account. */
    record Ids(String account, String debtor, String contactPoint, String placement) {
    }

    @BeforeAll
    void importData() {
        own = tenants.create();
        foreign = tenants.create();
        ownC1 = importOne(own, "C1", "OWNC1-1", "110101199003074514");
        ownC2 = importOne(own, "C2", "OWNC2-1", "11010119900307897X");
        foreignC1 = importOne(foreign, "C1", "FOREIGNC1-1", "310101198507150018");
    }

    Ids importOne(TestTenant tenant, String creditor, String ref, String nationalId) {
        Api manager = api(tenant.user(MANAGER));
        String csv = "creditor_ref,debtor_name,national_id,phone_1,principal,first_delinquency_date\n" + ref + ",测试"
                + ref + "," + nationalId + ",13800138000,1000,2026-01-15\n";
        JsonNode report = manager
            .upload("/api/v1/placements", Map.of("creditor", creditor), "p.csv", csv.getBytes(StandardCharsets.UTF_8))
            .json();
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        String accountId = manager.get("/api/v1/accounts?ref=" + ref).json().get("items").get(0).get("id").asString();
        JsonNode account = manager.get("/api/v1/accounts/" + accountId).json();
        return new Ids(accountId, account.get("debtor").get("id").asString(),
                account.get("contactPoints").get(0).get("id").asString(), report.get("placementId").asString());
    }

    /** One call of the matrix: who may make it, and the call itself. */
    record Call(String name, Set<Role> allowed, Function<Api, Api.Response> call) {
    }

    List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("GET users", EnumSet.of(ADMIN), a -> a.get("/api/v1/users")));
        calls.add(new Call("POST users", EnumSet.of(ADMIN),
                a -> a.post("/api/v1/users", Map.of("username", "u" + unique(), "displayName", "New", "password",
                        "password-9", "roles", List.of("AGENT"), "team", "T1"))));
        // the analyst's own values again (the other calls go on as the analyst) and the
        // password they have
        calls.add(new Call("PUT users", EnumSet.of(ADMIN), a -> a.put("/api/v1/users/" + userId(own.user(ANALYST)),
                Map.of("displayName", "ANALYST", "roles", List.of("ANALYST")))));
        calls.add(new Call("POST user password", EnumSet.of(ADMIN),
                a -> a.post("/api/v1/users/" + userId(own.user(ANALYST)) + "/password",
                        Map.of("password", TestTenant.PASSWORD))));
        calls.add(new Call("GET teams", EnumSet.of(ADMIN, MANAGER, TEAM_LEAD), a -> a.get("/api/v1/teams")));
        calls.add(new Call("POST teams", EnumSet.of(ADMIN, MANAGER), a -> a.post("/api/v1/teams",
                Map.of("code", "T" + unique(), "name", "Team", "creditorScopes", List.of("C1")))));
        calls.add(new Call("GET creditors", ALL, a -> a.get("/api/v1/creditors")));
        calls.add(new Call("POST creditors", EnumSet.of(ADMIN, MANAGER),
                a -> a.post("/api/v1/creditors", Map.of("code", "K" + unique(), "name", "New creditor"))));
        calls.add(new Call("GET mappings", EnumSet.of(ADMIN, MANAGER, ANALYST),
                a -> a.get("/api/v1/creditors/C1/mappings")));
        calls.add(new Call("POST mappings", EnumSet.of(ADMIN, MANAGER), a -> a.post("/api/v1/creditors/C1/mappings",
                Map.of("name", "m" + unique(), "columns", Map.of("creditor_ref", "ref")))));
        calls.add(new Call("POST placements", EnumSet.of(ADMIN, MANAGER), a -> a.upload("/api/v1/placements",
                Map.of("creditor", "C1"), "p.csv",
                ("creditor_ref,debtor_name,principal,first_delinquency_date\n" + "P" + unique() + ",某人,10,2026-01-01\n")
                    .getBytes(StandardCharsets.UTF_8))));
        calls.add(new Call("GET placements", PLACEMENT_VIEW, a -> a.get("/api/v1/placements")));
        calls.add(new Call("GET accounts", ALL, a -> a.get("/api/v1/accounts?size=100")));
        calls.add(new Call("GET accounts q", ALL, a -> a.get("/api/v1/accounts?q=8000")));
        calls.add(new Call("GET me", ALL, a -> a.get("/api/v1/me")));
        calls.add(new Call("GET tokens", ALL, a -> a.get("/api/v1/tokens")));
        calls.add(new Call("POST tokens", ALL, a -> a.post("/api/v1/tokens", Map.of("name", "t"))));
        calls.add(new Call("GET audit verify", EnumSet.of(ADMIN, COMPLIANCE), a -> a.get("/api/v1/audit/verify")));
        calls.add(new Call("POST contact-check", CHECK, a -> a.post("/api/v1/compliance/contact-check",
                Map.of("accountId", ownC1.account(), "channel", "LETTER"))));
        calls.add(new Call("POST contacts", RECORD,
                a -> a.post("/api/v1/contacts", Map.of("accountId", ownC1.account(), "channel", "LETTER", "direction",
                        "OUTBOUND", "outcome", "SENT", "startedAt", "2026-01-20T02:00:00Z"))));
        calls.add(new Call("GET contacts", READ, a -> a.get("/api/v1/accounts/" + ownC1.account() + "/contacts")));
        calls.add(new Call("GET holds", READ, a -> a.get("/api/v1/accounts/" + ownC1.account() + "/holds")));
        calls.add(new Call("GET alerts", OVERSEE, a -> a.get("/api/v1/compliance/alerts")));
        calls.add(new Call("GET pack", OVERSEE, a -> a.get("/api/v1/compliance/packs/CN")));
        calls.add(new Call("POST scan", READ, a -> a.post("/api/v1/compliance/scan", Map.of("text", "请按时还款"))));
        calls.add(new Call("POST payments", PAY,
                a -> a.post("/api/v1/payments", Map.of("accountId", ownC1.account(), "amount", 1, "currency", "CNY"),
                        Map.of("Idempotency-Key", unique()))));
        calls.add(
                new Call("POST payment file", PAY_BACK_OFFICE,
                        a -> a.upload("/api/v1/payments/imports", Map.of("creditor", "C1"), "p.csv",
                                ("creditor_ref,amount,paid_at,reference\nOWNC1-1,1,2026-01-20,R" + unique()
                                        + "\nNOBODY,2,2026-01-20,N" + unique() + "\n")
                                    .getBytes(StandardCharsets.UTF_8))));
        calls.add(new Call("GET payment files", PAY_BACK_OFFICE, a -> a.get("/api/v1/payments/imports")));
        calls.add(new Call("GET unmatched payments", PAY_BACK_OFFICE, a -> a.get("/api/v1/payments/unmatched")));
        calls.add(new Call("PUT allocation order", PAY_BACK_OFFICE, a -> a.put("/api/v1/creditors/C1/allocation-order",
                Map.of("order", List.of("PENALTY", "FEES", "INTEREST", "PRINCIPAL")))));
        calls.add(new Call("GET reconciliation", RECONCILE, a -> a.get("/api/v1/payments/reconciliation")));
        calls.add(new Call("GET reconciliation csv", RECONCILE, a -> a.get("/api/v1/payments/reconciliation.csv")));
        calls.add(new Call("GET reconciliation xlsx", RECONCILE, a -> a.get("/api/v1/payments/reconciliation.xlsx")));
        calls.add(new Call("GET work status", EnumSet.of(AGENT, TEAM_LEAD), a -> a.get("/api/v1/work/status")));
        calls.add(new Call("GET assignments", LEADS, a -> a.get("/api/v1/assignments")));
        calls.add(new Call("GET approvals", LEADS, a -> a.get("/api/v1/approvals")));
        calls.add(new Call("GET settlement limits", CASE, a -> a.get("/api/v1/settlement-limits")));
        calls.add(new Call("POST daily check", EnumSet.of(ADMIN, MANAGER),
                a -> a.post("/api/v1/arrangements/daily-check", "{}")));
        calls.add(new Call("POST tasks", CASE, a -> a.post("/api/v1/accounts/" + ownC1.account() + "/tasks",
                Map.of("type", "FOLLOW_UP", "dueAt", java.time.Instant.now().plusSeconds(86_400).toString()))));
        calls.add(new Call("GET my tasks", CASE, a -> a.get("/api/v1/tasks?mine=true")));
        calls.add(new Call("GET team tasks", LEADS, a -> a.get("/api/v1/tasks?team=true&overdue=true")));
        calls.add(new Call("POST notes", CASE,
                a -> a.post("/api/v1/accounts/" + ownC1.account() + "/notes", Map.of("body", "客户说月底还款"))));
        calls.add(new Call("GET notes", READ, a -> a.get("/api/v1/accounts/" + ownC1.account() + "/notes")));
        calls.add(new Call("GET strategy versions", STRATEGY_READ, a -> a.get("/api/v1/strategy/versions")));
        calls.add(new Call("GET strategy runs", STRATEGY_READ, a -> a.get("/api/v1/strategy/runs")));
        calls.add(new Call("GET allocation runs", ALLOCATION_READ, a -> a.get("/api/v1/allocation/runs")));
        calls.add(new Call("GET allocation policy", ALLOCATION_READ, a -> a.get("/api/v1/allocation/policy")));
        calls.add(new Call("PUT allocation policy", EnumSet.of(ADMIN, MANAGER), a -> a.put("/api/v1/allocation/policy",
                Map.of("fairnessBand", "0.15", "keepContinuity", true, "unscoredPropensity", "0.1"))));
        calls.add(new Call("POST allocation run", EnumSet.of(ADMIN, MANAGER),
                a -> a.post("/api/v1/allocation/runs", "{}")));
        calls.add(new Call("POST unpin", LEADS,
                a -> a.post("/api/v1/assignments/unpin", Map.of("accountIds", List.of(ownC1.account())))));

        String agent = "/api/v1/team/agents/" + own.user(AGENT);
        calls.add(new Call("GET team agents", TEAM_READ, a -> a.get("/api/v1/team/agents")));
        calls.add(new Call("PUT team agent", TEAM_WRITE, a -> a.put(agent, profile())));
        calls.add(new Call("POST absence", TEAM_WRITE, a -> a.post(agent + "/absences", absence())));
        calls.add(new Call("DELETE absence", TEAM_WRITE, a -> a.delete(agent + "/absences/"
                + api(own.user(MANAGER)).post(agent + "/absences", absence()).json().get("id").asString())));
        return calls;
    }

    UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    static Map<String, Object> profile() {
        return Map.of("products", List.of("CARD"), "skills", List.of(), "maxOpenCases", 300, "weeklyHours", 30);
    }

    Map<String, Object> absence() {
        String day = java.time.LocalDate.of(2030, 1, 1).plusDays(absenceDays.getAndIncrement()).toString();
        return Map.of("firstDay", day, "lastDay", day, "kind", "LEAVE");
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyEndpointAnswersByRoleAndNeverLeaksForeignOrOutOfScopeRows(Role role) {
        Api api = api(own.user(role));
        for (Call call : calls()) {
            Api.Response response = call.call().apply(api);
            if (call.allowed().contains(role)) {
                assertThat(response.status()).as(role + " " + call.name() + ": " + response.body()).isBetween(200, 299);
            }
            else {
                assertThat(response.status()).as(role + " " + call.name()).isEqualTo(403);
            }
            // the problem's "instance" echoes the path the caller asked for: not a leak
            String body = response.body().replaceAll("\"instance\":\"[^\"]*\"", "");
            assertThat(body).as(role + " " + call.name())
                .doesNotContain(foreign.user(AGENT))
                .doesNotContain("FOREIGNC1")
                .doesNotContain(foreignC1.account())
                .doesNotContain(foreign.id().toString());
            if (!sees(role, "C2")) {
                assertThat(body).as(role + " " + call.name()).doesNotContain("OWNC2").doesNotContain(ownC2.account());
            }
            if (!sees(role, "C1")) {
                assertThat(body).as(role + " " + call.name()).doesNotContain("OWNC1").doesNotContain(ownC1.account());
            }
        }
    }

    static boolean sees(Role role, String creditor) {
        return switch (role) {
            case AGENT, TEAM_LEAD -> creditor.equals("C1");
            case CREDITOR_VIEWER -> creditor.equals("C2");
            default -> true;
        };
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void singleRowsAnswer200InScopeAnd404OutOfScopeOrInAnotherTenant(Role role) {
        Api api = api(own.user(role));
        for (Ids ids : List.of(ownC1, ownC2, foreignC1)) {
            boolean visible = ids != foreignC1 && sees(role, ids == ownC1 ? "C1" : "C2");
            assertThat(api.get("/api/v1/accounts/" + ids.account()).status()).as(role + " account")
                .isEqualTo(visible ? 200 : 404);
            int reveal = !REVEAL.contains(role) ? 403 : visible ? 200 : 404;
            Api.Response nid = api.post("/api/v1/debtors/" + ids.debtor() + "/national-id/reveal", "{}");
            assertThat(nid.status()).as(role + " reveal national id").isEqualTo(reveal);
            assertThat(api.post("/api/v1/contact-points/" + ids.contactPoint() + "/reveal", "{}").status())
                .as(role + " reveal phone")
                .isEqualTo(reveal);
            int placement = !PLACEMENT_VIEW.contains(role) ? 403 : visible ? 200 : 404;
            assertThat(api.get("/api/v1/placements/" + ids.placement()).status()).as(role + " placement")
                .isEqualTo(placement);
            assertThat(api.get("/api/v1/placements/" + ids.placement() + "/report.csv").status())
                .as(role + " placement report")
                .isEqualTo(placement);
            int read = !READ.contains(role) ? 403 : visible ? 200 : 404;
            assertThat(api.get("/api/v1/accounts/" + ids.account() + "/contacts").status()).as(role + " contacts")
                .isEqualTo(read);
            assertThat(api.get("/api/v1/accounts/" + ids.account() + "/holds").status()).as(role + " holds")
                .isEqualTo(read);
            assertThat(api.get("/api/v1/accounts/" + ids.account() + "/payments").status()).as(role + " payments")
                .isEqualTo(visible ? 200 : 404);
            Api.Response paid = api.post("/api/v1/payments",
                    Map.of("accountId", ids.account(), "amount", 1, "currency", "CNY"),
                    Map.of("Idempotency-Key", unique()));
            assertThat(paid.status()).as(role + " post payment")
                .isEqualTo(!PAY.contains(role) ? 403 : visible ? 201 : 422);
            for (String list : List.of("promises", "plans", "settlements", "arrangement-history")) {
                assertThat(api.get("/api/v1/accounts/" + ids.account() + "/" + list).status()).as(role + " " + list)
                    .isEqualTo(visible ? 200 : 404);
            }
            Api.Response promised = api.post("/api/v1/accounts/" + ids.account() + "/promises",
                    Map.of("amount", "10", "dueDate", java.time.LocalDate.now().plusDays(2).toString()));
            if (!CASE.contains(role)) {
                assertThat(promised.status()).as(role + " promise").isEqualTo(403);
            }
            else if (!visible) {
                assertThat(promised.status()).as(role + " promise").isEqualTo(404);
            }
            else {
                // one open promise per account: the first role to run makes it
                assertThat(promised.status()).as(role + " promise").isIn(201, 409);
            }
            assertThat(api.get("/api/v1/accounts/" + ids.account() + "/strategy").status()).as(role + " strategy")
                .isEqualTo(!READ.contains(role) ? 403 : visible ? 200 : 404);
            int check = !CHECK.contains(role) ? 403 : visible ? 200 : 404;
            assertThat(api
                .post("/api/v1/compliance/contact-check", Map.of("accountId", ids.account(), "channel", "LETTER"))
                .status()).as(role + " contact check").isEqualTo(check);
        }
        String foreignAgent = "/api/v1/team/agents/" + foreign.user(AGENT);
        int teamWrite = TEAM_WRITE.contains(role) ? 404 : 403;
        assertThat(api.put(foreignAgent, profile()).status()).as(role + " foreign agent profile").isEqualTo(teamWrite);
        assertThat(api.post(foreignAgent + "/absences", absence()).status()).as(role + " foreign agent absence")
            .isEqualTo(teamWrite);
        String foreignAbsence = api(foreign.user(MANAGER)).post(foreignAgent + "/absences", absence())
            .json()
            .get("id")
            .asString();
        assertThat(api.delete(foreignAgent + "/absences/" + foreignAbsence).status())
            .as(role + " foreign agent's absence")
            .isEqualTo(teamWrite);
        assertThat(api.delete("/api/v1/team/agents/" + own.user(AGENT) + "/absences/" + foreignAbsence).status())
            .as(role + " foreign absence through an own agent")
            .isEqualTo(teamWrite);
        Api.Response foreignUser = api.post("/api/v1/users/" + UUID.randomUUID() + "/disable", "{}");
        assertThat(foreignUser.status()).isEqualTo(role == ADMIN ? 404 : 403);
        String foreignAnalyst = "/api/v1/users/" + userId(foreign.user(ANALYST));
        assertThat(api.put(foreignAnalyst, Map.of("displayName", "taken over", "roles", List.of("ADMIN"))).status())
            .as(role + " foreign user change")
            .isEqualTo(role == ADMIN ? 404 : 403);
        assertThat(api.post(foreignAnalyst + "/password", Map.of("password", "taken-over-1")).status())
            .as(role + " foreign user password")
            .isEqualTo(role == ADMIN ? 404 : 403);
    }

    @Test
    void withoutCredentialsEveryApiCallIs401() {
        Api anonymous = Api.anonymous(port);
        for (Call call : calls()) {
            Api.Response response = call.call().apply(anonymous);
            assertThat(response.status()).as(call.name()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(new Api(port, own.user(ADMIN), "wrong-password").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anUnknownApiPathIsA404ProblemAndTheApiDocsArePublic() {
        Api.Response unknown = api(own.user(ADMIN)).get("/api/v1/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(Api.anonymous(port).get("/v3/api-docs").body()).contains("/api/v1/placements");
        // the pages' icon loads before login too
        Api.Response icon = Api.anonymous(port).get("/favicon.svg");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg");
    }

}
