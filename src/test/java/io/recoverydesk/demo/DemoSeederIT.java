package io.recoverydesk.demo;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What `./mvnw spring-boot:run` shows on first start: the demo tenant with its users,
 * 5,000 accounts, and two weeks of contact history recorded through the compliance door.
 */
@TestPropertySource(properties = "rd.demo.enabled=true")
class DemoSeederIT extends IntegrationTest {

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
    }

}
