package io.recoverydesk.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityIT extends IntegrationTest {

    @Test
    void anAdminCreatesUsersWithRolesScopesAndTeams() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        Api.Response created = admin.post("/api/v1/users",
                Map.of("username", "new-" + tenant.code(), "displayName", "新同事", "password", "long-enough-1", "roles",
                        List.of("AGENT"), "creditorScopes", List.of("C1"), "team", "T1"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("roles").toString()).contains("AGENT");
        assertThat(admin.get("/api/v1/users").body()).contains("new-" + tenant.code());
        assertThat(admin
            .post("/api/v1/users", Map.of("username", "new-" + tenant.code(), "displayName", "x", "password",
                    "long-enough-1", "roles", List.of("AGENT"), "team", "T1"))
            .status()).isEqualTo(409);
        assertThat(
                admin
                    .post("/api/v1/users",
                            Map.of("username", "bad user!", "displayName", "x", "password", "short", "roles",
                                    List.of()))
                    .status())
            .isEqualTo(400);
        Api.Response unknownScope = admin.post("/api/v1/users",
                Map.of("username", "other-" + tenant.code(), "displayName", "x", "password", "long-enough-1", "roles",
                        List.of("ANALYST"), "creditorScopes", List.of("NOPE")));
        assertThat(unknownScope.status()).isEqualTo(422);
        assertThat(unknownScope.body()).contains("unknown creditor NOPE");
        // an agent without a team would see no account at all
        Api.Response noTeam = admin.post("/api/v1/users", Map.of("username", "noteam-" + tenant.code(), "displayName",
                "x", "password", "long-enough-1", "roles", List.of("AGENT")));
        assertThat(noTeam.status()).isEqualTo(422);
        assertThat(noTeam.body()).contains("agents and team leads belong to a team");
        assertThat(admin.post("/api/v1/users", Map.of("username", "x", "roles", List.of("WIZARD"))).status())
            .isEqualTo(400);
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutesAudited() {
        TestTenant tenant = tenants.create();
        String agent = tenant.user(Role.AGENT);
        for (int i = 0; i < 5; i++) {
            assertThat(new Api(port, agent, "wrong").get("/api/v1/me").status()).isEqualTo(401);
        }
        Api.Response locked = api(agent).get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).contains("locked");
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'USER_LOCKED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);

        jdbc.sql("update app_user set locked_until = ? where username = ?")
            .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), agent)
            .update();
        assertThat(api(agent).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void parallelGuessesGetNoMoreThanFivePasswordChecks() throws Exception {
        TestTenant tenant = tenants.create();
        String agent = tenant.user(Role.AGENT);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String password = "wrong-" + i;
                guesses.add(pool.submit(() -> new Api(port, agent, password).get("/api/v1/me").status()));
            }
            for (java.util.concurrent.Future<Integer> guess : guesses) {
                assertThat(guess.get()).isEqualTo(401);
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'USER_LOCKED'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);
        Api.Response locked = api(agent).get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).contains("locked");
    }

    @Test
    void parallelCallsWithTheRightPasswordAreNotMistakenForGuesses() throws Exception {
        TestTenant tenant = tenants.create();
        String agent = tenant.user(Role.AGENT);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> api(agent).get("/api/v1/me").status()));
            }
            for (java.util.concurrent.Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        }
        finally {
            pool.shutdown();
        }
    }

    @Test
    void browsersCannotCallTheApiFromAnotherSite() throws Exception {
        TestTenant tenant = tenants.create();
        String basic = "Basic " + java.util.Base64.getEncoder()
            .encodeToString((tenant.user(Role.ADMIN) + ":" + TestTenant.PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> post = (header, value) -> {
            try {
                return client.send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/teams"))
                    .header("Authorization", basic)
                    .header("Content-Type", "application/json")
                    .header(header, value)
                    .POST(java.net.http.HttpRequest.BodyPublishers
                        .ofString("{\"code\":\"X" + value.length() + "\",\"name\":\"x\",\"creditorScopes\":[]}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        };
        assertThat(post.apply("Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(post.apply("Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(post.apply("Origin", "http://localhost:" + port).statusCode()).isEqualTo(201);
        assertThat(post.apply("X-Script", "curl").statusCode()).isEqualTo(201);

        java.net.http.HttpResponse<String> challenge = client
            .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/me"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(challenge.statusCode()).isEqualTo(401);
        assertThat(challenge.headers().firstValue("WWW-Authenticate"))
            .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void tokensAuthenticateUntilRevokedOrExpiredAndAreStoredHashed() {
        TestTenant tenant = tenants.create();
        Api agent = api(tenant.user(Role.AGENT));
        JsonNode issued = agent.post("/api/v1/tokens", Map.of("name", "dialer", "expiresInDays", 30)).json();
        String token = issued.get("token").asString();

        Api bearer = Api.bearer(port, token);
        assertThat(bearer.get("/api/v1/me").json().get("username").asString()).isEqualTo(tenant.user(Role.AGENT));
        assertThat(jdbc.sql("select count(*) from access_token where token_hash = ?")
            .param(token)
            .query(Long.class)
            .single()).isZero();

        assertThat(agent.delete("/api/v1/tokens/" + issued.get("id").asString()).status()).isEqualTo(204);
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(401);

        String second = agent.post("/api/v1/tokens", Map.of("name", "short")).json().get("token").asString();
        jdbc.sql("update access_token set expires_at = ? where user_id = (select id from app_user where username = ?)")
            .params(OffsetDateTime.ofInstant(Instant.now().minusSeconds(5), ZoneOffset.UTC), tenant.user(Role.AGENT))
            .update();
        assertThat(Api.bearer(port, second).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.bearer(port, "rd_made-up").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void disablingAUserEndsTheirTokensAndAccessImmediately() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        Api agent = api(tenant.user(Role.AGENT));
        String token = agent.post("/api/v1/tokens", Map.of("name", "t")).json().get("token").asString();
        String agentId = agent.get("/api/v1/me").json().get("userId").asString();

        Api.Response disabled = admin.post("/api/v1/users/" + agentId + "/disable", "{}");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(agent.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin
            .post("/api/v1/users/" + admin.get("/api/v1/me").json().get("userId").asString() + "/disable", "{}")
            .status()).isEqualTo(422);

        assertThat(admin.post("/api/v1/users/" + agentId + "/enable", "{}").status()).isEqualTo(200);
        assertThat(agent.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anAdminChangesAUsersRolesTeamAndScopesAndTheyTakeEffectAtOnceAudited() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        Api agent = api(tenant.user(Role.AGENT));
        String token = agent.post("/api/v1/tokens", Map.of("name", "t")).json().get("token").asString();
        String agentId = agent.get("/api/v1/me").json().get("userId").asString();
        assertThat(agent.get("/api/v1/work/status").status()).isEqualTo(200);

        Api.Response changed = admin.put("/api/v1/users/" + agentId,
                Map.of("displayName", "改任分析师", "roles", List.of("ANALYST"), "creditorScopes", List.of("C2")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("roles").toString()).isEqualTo("[\"ANALYST\"]");
        assertThat(changed.json().get("creditorScopes").toString()).isEqualTo("[\"C2\"]");
        assertThat(changed.json().get("team").isNull()).isTrue();
        // the new roles and scopes hold on the next call, password or token
        assertThat(agent.get("/api/v1/work/status").status()).isEqualTo(403);
        assertThat(Api.bearer(port, token).get("/api/v1/work/status").status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/me").json().get("creditorScope").toString()).isEqualTo("[\"C2\"]");
        assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'USER_UPDATED'")
            .params(tenant.id().value())
            .query(String.class)
            .single()).contains("roles=[AGENT]->[ANALYST]", "team=T1->null", "scopes=[]->[C2]", "sessionsEnded");

        // refused as when created, and an admin keeps their own ADMIN role
        Api.Response noTeam = admin.put("/api/v1/users/" + agentId,
                Map.of("displayName", "x", "roles", List.of("TEAM_LEAD")));
        assertThat(noTeam.status()).isEqualTo(422);
        assertThat(noTeam.body()).contains("invalid-user-change", "agents and team leads belong to a team");
        String adminId = admin.get("/api/v1/me").json().get("userId").asString();
        Api.Response demoted = admin.put("/api/v1/users/" + adminId,
                Map.of("displayName", "x", "roles", List.of("MANAGER")));
        assertThat(demoted.status()).isEqualTo(422);
        assertThat(demoted.body()).contains("you cannot take the ADMIN role from yourself");
        assertThat(admin.put("/api/v1/users/" + agentId, Map.of("displayName", "x", "roles", List.of())).status())
            .isEqualTo(400);
        assertThat(admin
            .put("/api/v1/users/" + java.util.UUID.randomUUID(),
                    Map.of("displayName", "x", "roles", List.of("ANALYST")))
            .status()).isEqualTo(404);
    }

    @Test
    void anAdminResetsAPasswordWhichLiftsALockAndTheOldPasswordStopsWorking() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        String agent = tenant.user(Role.AGENT);
        String agentId = api(agent).get("/api/v1/me").json().get("userId").asString();
        for (int i = 0; i < 5; i++) {
            new Api(port, agent, "wrong").get("/api/v1/me");
        }
        assertThat(api(agent).get("/api/v1/me").status()).as("locked").isEqualTo(401);

        Api.Response tooShort = admin.post("/api/v1/users/" + agentId + "/password", Map.of("password", "short"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.body()).contains("invalid-password");
        assertThat(admin.post("/api/v1/users/" + agentId + "/password", Map.of("password", " ".repeat(8))).status())
            .as("only spaces")
            .isEqualTo(422);
        Api.Response reset = admin.post("/api/v1/users/" + agentId + "/password",
                Map.of("password", "a-new-password-2"));
        assertThat(reset.status()).as(reset.body()).isEqualTo(204);

        assertThat(api(agent).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(new Api(port, agent, "a-new-password-2").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(jdbc.sql(
                "select count(*) from audit_entry where tenant_id = ? and action = 'USER_PASSWORD_RESET' and details like ?")
            .params(tenant.id().value(), "username=" + agent + " %")
            .query(Long.class)
            .single()).isEqualTo(1);
    }

}
