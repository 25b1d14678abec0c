package io.recoverydesk.compliance.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled sampling of the last completed week, and queueing one contact with a
 * reason (the hook for complaints).
 */
class QaJobIT extends IntegrationTest {

    @Autowired
    QaJob job;

    @Autowired
    QaSampler sampler;

    @Test
    void theJobSamplesTheLastCompletedWeekOnceAndAComplaintIsAddedAsAReason() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "j.csv",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nJ-1,李雷,13800138002,500,2026-01-15\n"
                    .getBytes(StandardCharsets.UTF_8));
        String account = manager.get("/api/v1/accounts?ref=J-1").json().get("items").get(0).get("id").asString();
        Api agent = api(tenant.user(Role.AGENT));
        String phone = agent.get("/api/v1/accounts/" + account).json().get("contactPoints").get(0).get("id").asString();
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        Map<String, Object> body = new HashMap<>(Map.of("accountId", account, "channel", "CALL", "direction",
                "OUTBOUND", "contactPointId", phone, "outcome", "NO_ANSWER", "startedAt", "2026-11-18T02:00:00Z"));
        JsonNode first = agent.post("/api/v1/contacts", body).json();
        body.put("startedAt", "2026-11-19T02:00:00Z");
        JsonNode second = agent.post("/api/v1/contacts", body).json();

        job.sampleLastWeek();
        job.sampleLastWeek();
        Api compliance = api(tenant.user(Role.COMPLIANCE));
        JsonNode queue = compliance.get("/api/v1/qa/queue").json();
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("week").asString()).isEqualTo("2026-W47");
        assertThat(queue.get(0).get("reasons").get(0).asString()).isEqualTo("SAMPLE");

        String sampled = queue.get(0).get("contactId").asString();
        String other = sampled.equals(first.get("id").asString()) ? second.get("id").asString()
                : first.get("id").asString();
        assertThat(sampler.queueContact(tenant.id(), "complaints", UUID.fromString(other), QaSampling.COMPLAINT))
            .isTrue();
        assertThat(sampler.queueContact(tenant.id(), "complaints", UUID.fromString(sampled), QaSampling.COMPLAINT))
            .isTrue();
        assertThat(sampler.queueContact(tenant.id(), "complaints", UUID.randomUUID(), QaSampling.COMPLAINT)).isFalse();
        JsonNode after = compliance.get("/api/v1/qa/queue").json();
        assertThat(after).hasSize(2);
        after.forEach(i -> assertThat(i.get("reasons").toString()).contains("COMPLAINT"));
    }

}
