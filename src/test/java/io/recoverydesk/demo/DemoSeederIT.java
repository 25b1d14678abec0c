package io.recoverydesk.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What `./mvnw spring-boot:run` shows on first start: the demo tenant with its users,
 * 5,000 accounts, two weeks of contact history recorded through the compliance door, and
 * the casework of the demo agents: work queues, promises, plans, settlements waiting for
 * approval, payments with reversals, tasks.
 */
@TestPropertySource(properties = "rd.demo.enabled=true")
class DemoSeederIT extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theDemoTenantHasAccountsUsersAndAContactHistory() {
        Api manager = new Api(port, "demo.manager", DemoSeeder.PASSWORD);
        assertThat(manager.get("/api/v1/accounts?size=1").json().get("total").asLong()).isEqualTo(DemoSeeder.ACCOUNTS);
        Api agent = new Api(port, "demo.agent", DemoSeeder.PASSWORD);
        JsonNode mine = agent.get("/api/v1/accounts?creditor=HXCC&size=100").json();
        long contacts = 0;
        for (JsonNode account : mine.get("items")) {
            contacts += agent.get("/api/v1/accounts/" + account.get("id").asString() + "/contacts")
                .json()
                .get("total")
                .asLong();
        }
        assertThat(contacts).isPositive();
        JsonNode alerts = new Api(port, "demo.compliance", DemoSeeder.PASSWORD).get("/api/v1/compliance/alerts").json();
        assertThat(alerts.size()).isPositive();

        // the templates the default strategy's messages use are approved (analyst writes,
        // compliance approves), so no message of the first run is blocked for want of one
        assertThat(count("select count(*) from message_template_version v join message_template m"
                + " on m.tenant_id = v.tenant_id and m.id = v.template_id join tenant t on t.id = m.tenant_id"
                + " where t.code = 'demo' and v.status = 'APPROVED' and v.author = 'demo.analyst'"
                + " and v.reviewed_by = 'demo.compliance'"))
            .isEqualTo(DemoSeeder.DEMO_TEMPLATES.size());
        Map<String, Long> messages = new TreeMap<>();
        jdbc.sql("select a.status, count(*) n from strategy_action a join tenant t on t.id = a.tenant_id"
                + " where t.code = 'demo' and a.channel in ('SMS', 'EMAIL') group by a.status")
            .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n")))
            .list()
            .forEach(e -> messages.put(e.getKey(), e.getValue()));
        assertThat(messages).as("strategy messages by status").isNotEmpty().doesNotContainKey("BLOCKED");
    }

    @Test
    void theDemoAgentsHaveAWorkQueueArrangementsPaymentsAndTasks() throws InterruptedException {
        Api agent = new Api(port, "demo.agent", DemoSeeder.PASSWORD);
        Api lead = new Api(port, "demo.lead", DemoSeeder.PASSWORD);
        Api manager = new Api(port, "demo.manager", DemoSeeder.PASSWORD);

        JsonNode queue = lead.get("/api/v1/assignments?agent=demo.agent").json().get("items");
        assertThat(queue.size()).isGreaterThanOrEqualTo(140);
        // the lead's own assignments are pinned; the allocation after the strategy run
        // filled the rest of the agent's capacity
        assertThat(queue.valueStream().map(r -> r.get("assignedBy").asString()).distinct()).contains("demo.lead",
                "allocation:system");
        JsonNode allocation = manager.get("/api/v1/allocation/runs/latest").json();
        assertThat(allocation.get("run").get("placed").asInt()).isPositive();
        assertThat(allocation.get("agents").toString()).contains("demo.specialist", "ABSENT");
        assertThat(queue.get(0).get("priority").decimalValue()).isPositive();
        assertThat(agent.get("/api/v1/work/status").status()).isEqualTo(200);

        JsonNode tasks = agent.get("/api/v1/tasks?mine=true").json();
        assertThat(tasks.get("items").size()).as(tasks.toString()).isGreaterThanOrEqualTo(10);
        assertThat(new Api(port, "demo.agent2", DemoSeeder.PASSWORD).get("/api/v1/tasks?mine=true")
            .json()
            .get("items")
            .size()).isGreaterThanOrEqualTo(10);

        assertThat(lead.get("/api/v1/approvals").json().get("items").size()).isPositive();
        assertThat(manager.get("/api/v1/approvals").json().get("items").size()).isGreaterThanOrEqualTo(3);

        assertThat(count("select count(*) from payment p join tenant t on t.id = p.tenant_id where t.code = 'demo'"))
            .isGreaterThanOrEqualTo(280);
        assertThat(count("select count(*) from payment p join tenant t on t.id = p.tenant_id"
                + " where t.code = 'demo' and p.reversed_at is not null"))
            .isEqualTo(2);
        assertThat(manager.get("/api/v1/payments/unmatched").json().toString()).contains("DHXCC-9");
        // booked on the day of the seed (reconciliation is by booking time)
        JsonNode day = manager.get("/api/v1/payments/reconciliation").json();
        long posted = 0;
        long reversed = 0;
        long unmatched = 0;
        for (JsonNode line : day.get("lines")) {
            posted += line.get("postedCount").asLong();
            reversed += line.get("reversedCount").asLong();
            unmatched += line.get("unmatchedCount").asLong();
        }
        assertThat(posted).as(day.toString()).isGreaterThanOrEqualTo(280);
        assertThat(reversed).isEqualTo(2);
        assertThat(unmatched).isEqualTo(4);

        // payments are evaluated after their commit, in the background: wait for it
        assertThat(awaitStatuses("promise", Map.of("PENDING", 14L, "KEPT", 10L, "BROKEN", 8L, "PARTIALLY_KEPT", 8L)))
            .isEqualTo(Map.of("PENDING", 14L, "KEPT", 10L, "BROKEN", 8L, "PARTIALLY_KEPT", 8L));
        assertThat(awaitStatuses("payment_plan", Map.of("ACTIVE", 9L, "DEFAULTED", 1L)))
            .isEqualTo(Map.of("ACTIVE", 9L, "DEFAULTED", 1L));
        assertThat(awaitStatuses("settlement", Map.of("PENDING_APPROVAL", 4L, "APPROVED", 1L, "PAID", 1L)))
            .isEqualTo(Map.of("PENDING_APPROVAL", 4L, "APPROVED", 1L, "PAID", 1L));

        // the next case, at a time inside the contact hours
        clock.set(LocalDate.now(SHANGHAI).plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant());
        Api.Response next = agent.get("/api/v1/work/next");
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().toString()).containsPattern("D(HXCC|AXCF)-");
    }

    private Map<String, Long> awaitStatuses(String table, Map<String, Long> expected) throws InterruptedException {
        Map<String, Long> now = statuses(table);
        for (int i = 0; i < 100 && !now.equals(expected); i++) {
            Thread.sleep(200);
            now = statuses(table);
        }
        return now;
    }

    private Map<String, Long> statuses(String table) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.sql("select p.status, count(*) n from " + table + " p join tenant t on t.id = p.tenant_id"
                + " where t.code = 'demo' group by p.status")
            .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n")))
            .list()
            .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

}
