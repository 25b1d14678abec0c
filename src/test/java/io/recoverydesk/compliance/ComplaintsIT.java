package io.recoverydesk.compliance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
import static io.recoverydesk.identity.Role.LEGAL;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints over HTTP: intake with and without a hold (the door then refuses contact),
 * the lifecycle and its conflicts, deadlines breached and escalated once, retries by
 * external reference, and who sees and does what.
 */
class ComplaintsIT extends IntegrationTest {

    /** Monday 1 June 2026, 10:00 in Shanghai. */
    static final Instant MONDAY = Instant.parse("2026-06-01T02:00:00Z");

    @Autowired
    Tenants tenantAdmin;

    TestTenant tenant;

    Api agent;

    Api compliance;

    String account;

    String phone;

    @BeforeEach
    void importAccount() {
        clock.set(MONDAY);
        tenant = tenants.create();
        agent = api(tenant.user(AGENT));
        compliance = api(tenant.user(COMPLIANCE));
        account = importOne("C1", "CP-1",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nCP-1,韩梅梅,13800138000,1000,2026-01-15\n");
        phone = agent.get("/api/v1/accounts/" + account).json().get("contactPoints").get(0).get("id").asString();
    }

    String importOne(String creditor, String ref, String csv) {
        return importAccount(tenant, creditor, ref, csv);
    }

    Map<String, Object> complaint(String accountId) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountId", accountId);
        body.put("channel", "PHONE");
        body.put("category", "HARASSMENT");
        body.put("summary", "债务人称一天内接到多次催收电话");
        return body;
    }

    String take(Api api, Map<String, Object> body) {
        Api.Response r = api.post("/api/v1/complaints", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    List<String> doorReasons() {
        Api.Response r = agent.post("/api/v1/compliance/contact-check",
                Map.of("accountId", account, "channel", "CALL", "contactPointId", phone));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().get("reasons").forEach(x -> out.add(x.get("rule").asString()));
        return out;
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    Map<String, Object> resolution() {
        return Map.of("outcome", "SUBSTANTIATED", "rootCause", "Dialer retried a busy number", "remedy",
                "Apology; dialer retry capped", "resolution", "Complaint upheld, apology letter sent");
    }

    @Test
    void deadlinesSkipTheTenantsHolidays() {
        Api.Response saved = compliance.put("/api/v1/complaints/calendar",
                List.of(Map.of("day", "2026-06-02", "working", false, "name", "公司假日")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(agent.put("/api/v1/complaints/calendar", List.of()).status()).isEqualTo(403);
        assertThat(compliance
            .put("/api/v1/complaints/calendar",
                    List.of(Map.of("day", "2026-06-02", "working", false),
                            Map.of("day", "2026-06-02", "working", true)))
            .status()).isEqualTo(422);
        JsonNode c = agent.post("/api/v1/complaints", complaint(account)).json();
        // received Monday 1 June; Tuesday is a holiday, so acknowledging is due by the
        // end of Wednesday
        assertThat(c.get("ackDueAt").asString()).isEqualTo("2026-06-03T16:00:00Z");
    }

    @Test
    void aComplaintSendsTheContactItIsAboutToQaReview() {
        Map<String, Object> contact = new HashMap<>(
                Map.of("accountId", account, "channel", "CALL", "direction", "OUTBOUND", "contactPointId", phone,
                        "outcome", "REFUSED_TO_PAY", "startedAt", clock.instant().minusSeconds(3600).toString()));
        Api.Response recorded = agent.post("/api/v1/contacts", contact);
        assertThat(recorded.status()).as(recorded.body()).isIn(201);
        Map<String, Object> body = complaint(account);
        body.put("agentUsername", tenant.user(AGENT));
        take(agent, body);
        JsonNode queue = api(tenant.user(COMPLIANCE)).get("/api/v1/qa/queue?reason=COMPLAINT").json();
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("contactId").asString()).isEqualTo(recorded.json().get("id").asString());
    }

    @Test
    void intakeWithAHoldStopsContactAndResolvingLiftsIt() {
        assertThat(doorReasons()).doesNotContain("HOLD.COMPLAINT");
        Map<String, Object> body = complaint(account);
        body.put("hold", true);
        body.put("agentUsername", tenant.user(AGENT));
        body.put("complainant", "韩梅梅");
        Api.Response taken = agent.post("/api/v1/complaints", body);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        JsonNode c = taken.json();
        String id = c.get("id").asString();
        assertThat(c.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(c.get("slaState").asString()).isEqualTo("TO_ACKNOWLEDGE");
        assertThat(c.get("agentUsername").asString()).isEqualTo(tenant.user(AGENT));
        // end of Tuesday and end of Monday three weeks on, in Shanghai
        assertThat(c.get("ackDueAt").asString()).isEqualTo("2026-06-02T16:00:00Z");
        assertThat(c.get("resolveDueAt").asString()).isEqualTo("2026-06-22T16:00:00Z");
        assertThat(c.get("holdId").isNull()).isFalse();
        assertThat(doorReasons()).contains("HOLD.COMPLAINT");

        assertThat(compliance.post("/api/v1/complaints/" + id + "/acknowledge", "{}").json().get("state").asString())
            .isEqualTo("ACKNOWLEDGED");
        assertThat(compliance.post("/api/v1/complaints/" + id + "/investigate", "{}").json().get("state").asString())
            .isEqualTo("INVESTIGATING");
        Api.Response note = compliance.post("/api/v1/complaints/" + id + "/notes",
                Map.of("body", "Dialer log: 9 attempts on 1 June"));
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        clock.set(MONDAY.plusSeconds(60));
        compliance.post("/api/v1/complaints/" + id + "/notes", Map.of("body", "Agent interviewed"));
        Api.Response resolved = compliance.post("/api/v1/complaints/" + id + "/resolve", resolution());
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        JsonNode r = resolved.json();
        assertThat(r.get("state").asString()).isEqualTo("RESOLVED");
        assertThat(r.get("outcome").asString()).isEqualTo("SUBSTANTIATED");
        assertThat(r.get("resolvedBy").asString()).isEqualTo(tenant.user(COMPLIANCE));
        assertThat(r.get("notes")).hasSize(2);
        assertThat(r.get("notes").get(0).get("body").asString()).isEqualTo("Dialer log: 9 attempts on 1 June");
        assertThat(r.get("notes").get(1).get("author").asString()).isEqualTo(tenant.user(COMPLIANCE));

        assertThat(doorReasons()).doesNotContain("HOLD.COMPLAINT");
        JsonNode hold = compliance.get("/api/v1/accounts/" + account + "/holds").json().get(0);
        assertThat(hold.get("type").asString()).isEqualTo("COMPLAINT");
        assertThat(hold.get("liftedBy").asString()).isEqualTo(tenant.user(COMPLIANCE));
        assertThat(hold.get("liftReason").asString()).contains("Complaint upheld, apology letter sent");
        assertThat(count("select count(*) from audit_entry where tenant_id = ? and action like 'COMPLAINT_%'",
                tenant.id().value()))
            .isEqualTo(6);
        assertThat(count("select count(*) from audit_entry where tenant_id = ? and action in ('HOLD_PLACED', "
                + "'HOLD_LIFTED')", tenant.id().value()))
            .isEqualTo(2);
    }

    @Test
    void twoComplaintsShareTheHoldUntilTheLastIsResolved() {
        Map<String, Object> body = complaint(account);
        body.put("hold", true);
        String first = take(agent, body);
        String second = take(agent, body);
        for (String id : List.of(first, second)) {
            compliance.post("/api/v1/complaints/" + id + "/acknowledge", "{}");
            compliance.post("/api/v1/complaints/" + id + "/investigate", "{}");
        }
        assertThat(compliance.post("/api/v1/complaints/" + first + "/resolve", resolution()).status()).isEqualTo(200);
        assertThat(doorReasons()).contains("HOLD.COMPLAINT");
        assertThat(compliance.post("/api/v1/complaints/" + second + "/resolve", resolution()).status()).isEqualTo(200);
        assertThat(doorReasons()).doesNotContain("HOLD.COMPLAINT");
    }

    @Test
    void intakeWithoutAHoldLeavesTheDoorOpenAndBadInputIsA4xx() {
        String id = take(agent, complaint(account));
        assertThat(compliance.get("/api/v1/complaints/" + id).json().get("holdId").isNull()).isTrue();
        assertThat(doorReasons()).doesNotContain("HOLD.COMPLAINT");

        Map<String, Object> noSummary = complaint(account);
        noSummary.remove("summary");
        Api.Response r = agent.post("/api/v1/complaints", noSummary);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).contains("summary");
        Map<String, Object> unknownAgent = complaint(account);
        unknownAgent.put("agentUsername", "nobody-here");
        assertThat(agent.post("/api/v1/complaints", unknownAgent).body()).contains("agentUsername");
        assertThat(agent.post("/api/v1/complaints", unknownAgent).status()).isEqualTo(422);
        Map<String, Object> future = complaint(account);
        future.put("receivedAt", MONDAY.plusSeconds(3600).toString());
        assertThat(agent.post("/api/v1/complaints", future).status()).isEqualTo(422);
        Map<String, Object> badCategory = complaint(account);
        badCategory.put("category", "SHOUTING");
        assertThat(agent.post("/api/v1/complaints", badCategory).status()).isEqualTo(400);
        Map<String, Object> noAccount = complaint("0190f3c4-0000-7000-8000-000000000000");
        assertThat(agent.post("/api/v1/complaints", noAccount).status()).isEqualTo(404);
        assertThat(compliance.get("/api/v1/complaints?state=NOPE").status()).isEqualTo(400);
        assertThat(compliance.get("/api/v1/complaints/not-a-uuid").status()).isEqualTo(400);

        // a letter received on Friday evening counts from Friday: acknowledge by end of
        // Monday
        Map<String, Object> letter = complaint(account);
        letter.put("channel", "LETTER");
        letter.put("receivedAt", "2026-05-29T11:00:00Z");
        JsonNode late = compliance.get("/api/v1/complaints/" + take(agent, letter)).json();
        assertThat(late.get("ackDueAt").asString()).isEqualTo("2026-06-01T16:00:00Z");
    }

    @Test
    void wrongTransitionsAreConflicts() {
        String id = take(agent, complaint(account));
        assertThat(compliance.post("/api/v1/complaints/" + id + "/resolve", resolution()).status()).isEqualTo(409);
        assertThat(compliance.post("/api/v1/complaints/" + id + "/investigate", "{}").status()).isEqualTo(409);
        assertThat(compliance.post("/api/v1/complaints/" + id + "/acknowledge", "{}").status()).isEqualTo(200);
        Api.Response again = compliance.post("/api/v1/complaints/" + id + "/acknowledge", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(compliance.post("/api/v1/complaints/" + id + "/investigate", "{}").status()).isEqualTo(200);
        Api.Response incomplete = compliance.post("/api/v1/complaints/" + id + "/resolve",
                Map.of("outcome", "NOT_SUBSTANTIATED", "resolution", "no evidence"));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body()).contains("rootCause").contains("remedy");
        assertThat(compliance.post("/api/v1/complaints/" + id + "/notes", Map.of("body", " ")).status()).isEqualTo(422);
        assertThat(compliance.post("/api/v1/complaints/" + id + "/resolve", resolution()).status()).isEqualTo(200);
        assertThat(compliance.post("/api/v1/complaints/" + id + "/resolve", resolution()).status()).isEqualTo(409);
        assertThat(compliance.post("/api/v1/complaints/" + id + "/notes", Map.of("body", "late")).status())
            .isEqualTo(409);
        assertThat(compliance.post("/api/v1/complaints/" + id + "/acknowledge", "{}").status()).isEqualTo(409);
    }

    @Test
    void thePagesShowWhatIsWrongAndKeepWhatWasTyped() {
        PageSession agentPages = PageSession.login(port, tenant.user(AGENT));
        String page = "/accounts/" + account + "/complaints";
        var missing = agentPages.post(page, page,
                Map.of("channel", "LETTER", "category", "PRIVACY", "summary", " ", "complainant", "韩梅梅"));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("id=\"complaint-error\"").contains("summary").contains("韩梅梅");
        var taken = agentPages.post(page, page,
                Map.of("channel", "LETTER", "category", "PRIVACY", "summary", "信函投诉", "hold", "on"));
        assertThat(taken.statusCode()).isEqualTo(302);
        assertThat(doorReasons()).contains("HOLD.COMPLAINT");
        String id = compliance.get("/api/v1/complaints?accountId=" + account).json().get(0).get("id").asString();
        PageSession officer = PageSession.login(port, tenant.user(COMPLIANCE));
        String detail = "/compliance/complaints/" + id;
        var wrong = officer.post(detail, detail + "/resolve",
                Map.of("outcome", "SUBSTANTIATED", "rootCause", "x", "remedy", "y", "resolution", "z"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"complaint-error\"").contains("must be INVESTIGATING");
        assertThat(officer.post(detail, detail + "/acknowledge", Map.of()).statusCode()).isEqualTo(302);
        assertThat(officer.body(detail)).contains("id=\"investigate\"");
        assertThat(officer.body("/compliance/complaints?sla=INVESTIGATING")).contains(detail);
        var sla = officer.post("/compliance/complaints", "/compliance/complaints/sla",
                Map.of("acknowledge", "0", "resolve", "15"));
        assertThat(sla.body()).contains("id=\"complaint-error\"").contains("acknowledgeBusinessDays");
    }

    long overdueAlerts() {
        return count("select count(*) from compliance_alert where tenant_id = ? and kind = 'COMPLAINT_OVERDUE'",
                tenant.id().value());
    }

    @Test
    void aMissedDeadlineIsEscalatedOnceWithAnAlert() {
        String id = take(agent, complaint(account));
        String onTime = take(agent, complaint(account));
        compliance.post("/api/v1/complaints/" + onTime + "/acknowledge", "{}");
        assertThat(compliance.post("/api/v1/complaints/escalations", "{}").json().get("escalated").asInt())
            .isEqualTo(0);

        // Wednesday 10:00: the acknowledgement (due end of Tuesday) is missed
        clock.set(Instant.parse("2026-06-03T02:00:00Z"));
        JsonNode listed = compliance.get("/api/v1/complaints?overdue=true").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(id);
        assertThat(listed.get(0).get("slaState").asString()).isEqualTo("OVERDUE");
        assertThat(listed.get(0).get("overdueMinutes").asLong()).isEqualTo(10 * 60);
        assertThat(compliance.get("/api/v1/complaints?overdue=false").json()).hasSize(1);
        assertThat(compliance.post("/api/v1/complaints/escalations", "{}").json().get("escalated").asInt())
            .isEqualTo(1);
        assertThat(compliance.post("/api/v1/complaints/escalations", "{}").json().get("escalated").asInt())
            .isEqualTo(0);
        JsonNode escalated = compliance.get("/api/v1/complaints/" + id).json();
        assertThat(escalated.get("escalated").asBoolean()).isTrue();
        assertThat(escalated.get("ackEscalatedAt").asString()).isEqualTo("2026-06-03T02:00:00Z");
        assertThat(overdueAlerts()).isEqualTo(1);
        JsonNode alert = compliance.get("/api/v1/compliance/alerts?status=OPEN").json().get(0);
        assertThat(alert.get("kind").asString()).isEqualTo("COMPLAINT_OVERDUE");
        assertThat(alert.get("accountId").asString()).isEqualTo(account);
        assertThat(count("select count(*) from audit_entry where tenant_id = ? and action = 'COMPLAINT_ESCALATED'",
                tenant.id().value()))
            .isEqualTo(1);

        // acknowledging late clears the overdue state; missing the resolution is a new
        // breach
        compliance.post("/api/v1/complaints/" + id + "/acknowledge", "{}");
        assertThat(compliance.get("/api/v1/complaints?overdue=true").json()).isEmpty();
        clock.set(Instant.parse("2026-06-23T01:00:00Z"));
        assertThat(compliance.post("/api/v1/complaints/escalations", "{}").json().get("escalated").asInt())
            .isEqualTo(2);
        assertThat(compliance.post("/api/v1/complaints/escalations", "{}").json().get("escalated").asInt())
            .isEqualTo(0);
        assertThat(overdueAlerts()).isEqualTo(3);
    }

    @Test
    void theTenantSetsItsDeadlines() {
        assertThat(compliance.get("/api/v1/complaints/sla").json().get("acknowledgeBusinessDays").asInt()).isEqualTo(1);
        assertThat(compliance
            .put("/api/v1/complaints/sla", Map.of("acknowledgeBusinessDays", 0, "resolveBusinessDays", 10))
            .status()).isEqualTo(422);
        assertThat(
                compliance.put("/api/v1/complaints/sla", Map.of("acknowledgeBusinessDays", 5, "resolveBusinessDays", 3))
                    .status())
            .isEqualTo(422);
        assertThat(api(tenant.user(MANAGER))
            .put("/api/v1/complaints/sla", Map.of("acknowledgeBusinessDays", 2, "resolveBusinessDays", 10))
            .status()).isEqualTo(403);
        Api.Response saved = compliance.put("/api/v1/complaints/sla",
                Map.of("acknowledgeBusinessDays", 2, "resolveBusinessDays", 10));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode c = compliance.get("/api/v1/complaints/" + take(agent, complaint(account))).json();
        assertThat(c.get("ackDueAt").asString()).isEqualTo("2026-06-03T16:00:00Z");
        assertThat(c.get("resolveDueAt").asString()).isEqualTo("2026-06-15T16:00:00Z");
        // another tenant keeps the defaults
        TestTenant other = tenants.create();
        assertThat(api(other.user(COMPLIANCE)).get("/api/v1/complaints/sla").json().get("resolveBusinessDays").asInt())
            .isEqualTo(15);
    }

    @Test
    void aRetryWithTheSameExternalRefReturnsTheSameComplaint() {
        Map<String, Object> body = complaint(account);
        body.put("channel", "REGULATOR");
        body.put("externalRef", "CBIRC-2026-0042");
        body.put("hold", true);
        Api.Response first = agent.post("/api/v1/complaints", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Response retry = agent.post("/api/v1/complaints", body);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(count("select count(*) from complaint where tenant_id = ?", tenant.id().value())).isEqualTo(1);
        assertThat(count("select count(*) from account_hold where tenant_id = ?", tenant.id().value())).isEqualTo(1);
        String otherAccount = importOne("C1", "CP-2",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nCP-2,李雷,13800138002,500,2026-01-15\n");
        Map<String, Object> reused = complaint(otherAccount);
        reused.put("externalRef", "CBIRC-2026-0042");
        assertThat(agent.post("/api/v1/complaints", reused).status()).isEqualTo(409);
    }

    @Test
    void rolesAndScope() {
        String c2Account = importOne("C2", "CP-9",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nCP-9,王五,13800138009,700,2026-01-15\n");
        Set<Role> intake = EnumSet.of(ADMIN, MANAGER, Role.TEAM_LEAD, AGENT, COMPLIANCE, LEGAL);
        Set<Role> read = EnumSet.of(ADMIN, MANAGER, COMPLIANCE, LEGAL);
        Set<Role> handle = EnumSet.of(ADMIN, MANAGER, COMPLIANCE);
        for (Role role : Role.values()) {
            Api api = api(tenant.user(role));
            Api.Response taken = api.post("/api/v1/complaints", complaint(account));
            assertThat(taken.status()).as(role + " intake").isEqualTo(intake.contains(role) ? 201 : 403);
            String id = take(compliance, complaint(account));
            assertThat(api.get("/api/v1/complaints").status()).as(role + " list")
                .isEqualTo(read.contains(role) ? 200 : 403);
            assertThat(api.get("/api/v1/complaints/" + id).status()).as(role + " get")
                .isEqualTo(read.contains(role) ? 200 : 403);
            assertThat(api.post("/api/v1/complaints/" + id + "/acknowledge", "{}").status()).as(role + " ack")
                .isEqualTo(handle.contains(role) ? 200 : 403);
            assertThat(api.post("/api/v1/complaints/" + id + "/notes", Map.of("body", "n")).status()).as(role + " note")
                .isEqualTo(handle.contains(role) ? 201 : 403);
            assertThat(api.post("/api/v1/complaints/escalations", "{}").status()).as(role + " escalate")
                .isEqualTo(handle.contains(role) ? 200 : 403);
            PageSession pages = PageSession.login(port, tenant.user(role));
            assertThat(pages.get("/compliance/complaints")).as(role + " workbench")
                .isEqualTo(read.contains(role) ? 200 : 403);
            assertThat(pages.get("/compliance/complaints/" + id)).as(role + " page")
                .isEqualTo(read.contains(role) ? 200 : 403);
            assertThat(pages.get("/accounts/" + account + "/complaints")).as(role + " account page")
                .isEqualTo(intake.contains(role) ? 200 : 403);
        }
        // out of scope: the agent (team T1 serves C1) cannot take in or see a C2
        // account's complaint
        assertThat(agent.post("/api/v1/complaints", complaint(c2Account)).status()).isEqualTo(404);
        assertThat(PageSession.login(port, tenant.user(AGENT)).get("/accounts/" + c2Account + "/complaints"))
            .isEqualTo(404);
        String c2Complaint = take(compliance, complaint(c2Account));
        String scoped = "legal-c1-" + tenant.code();
        tenantAdmin.createUser(tenant.id(), scoped, "Scoped legal", TestTenant.PASSWORD, EnumSet.of(LEGAL),
                Set.of("C1"), null);
        Api scopedLegal = api(scoped);
        assertThat(scopedLegal.get("/api/v1/complaints/" + c2Complaint).status()).isEqualTo(404);
        JsonNode seen = scopedLegal.get("/api/v1/complaints").json();
        assertThat(seen).isNotEmpty();
        seen.forEach(c -> assertThat(c.get("accountId").asString()).isEqualTo(account));
        assertThat(compliance.get("/api/v1/complaints?accountId=" + c2Account).json()).hasSize(1);
        // another tenant sees nothing of this one
        TestTenant other = tenants.create();
        Api foreign = api(other.user(COMPLIANCE));
        assertThat(foreign.get("/api/v1/complaints/" + c2Complaint).status()).isEqualTo(404);
        assertThat(foreign.post("/api/v1/complaints/" + c2Complaint + "/acknowledge", "{}").status()).isEqualTo(404);
        assertThat(foreign.get("/api/v1/complaints").json()).isEmpty();
        assertThat(foreign.post("/api/v1/complaints", complaint(account)).status()).isEqualTo(404);
        assertThat(PageSession.login(port, other.user(COMPLIANCE)).get("/compliance/complaints/" + c2Complaint))
            .isEqualTo(404);
    }

    /**
     * A browser-like session on the pages: form login with CSRF, cookies, no redirects
     * followed.
     */
    record PageSession(java.net.http.HttpClient client, int port) {

        static PageSession login(int port, String username) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
            PageSession session = new PageSession(client, port);
            String form = session.body("/login");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form);
            assertThat(m.find()).as("csrf token on the login page").isTrue();
            String data = "username=" + username + "&password=" + TestTenant.PASSWORD + "&_csrf=" + m.group(1);
            java.net.http.HttpResponse<String> r = session
                .send(java.net.http.HttpRequest.newBuilder(session.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(data)));
            assertThat(r.headers().firstValue("Location").orElse("")).as("login").doesNotContain("error");
            return session;
        }

        /**
         * Posts a form with the CSRF token of the page it is on; returns status and body.
         */
        java.net.http.HttpResponse<String> post(String pagePath, String path, Map<String, String> form) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(body(pagePath));
            assertThat(m.find()).as("csrf meta on " + pagePath).isTrue();
            StringBuilder data = new StringBuilder("_csrf=" + m.group(1));
            form.forEach((k, v) -> data.append('&')
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(java.net.http.HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
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

        private java.net.http.HttpResponse<String> send(java.net.http.HttpRequest.Builder request) {
            try {
                return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
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
