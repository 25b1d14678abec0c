package io.recoverydesk;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, on H2 or
 * PostgreSQL (see {@link TestDatabase}). Tests isolate themselves by creating their own
 * tenant ({@link TestTenant}).
 */
@ExtendWith(TestDatabase.class)
@org.springframework.context.annotation.Import(TestClock.Config.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "rd.demo.enabled=false", "rd.security.bcrypt-strength=4",
                "rd.security.admin-password=admin-test-password", "rd.strategy.nightly-cron=-",
                "rd.scoring.retrain-cron=-", "rd.scoring.score-cron=-",
                "rd.pii.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=" })
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestTenant.Factory tenants;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    protected Api api(String username) {
        return new Api(port, username, TestTenant.PASSWORD);
    }

    /**
     * Imports a placement file as the tenant's manager (it must complete) and answers the
     * id of the account with the given creditor ref.
     */
    protected String importAccount(TestTenant tenant, String creditor, String ref, String csv) {
        Api manager = api(tenant.user(io.recoverydesk.identity.Role.MANAGER));
        tools.jackson.databind.JsonNode report = manager
            .upload("/api/v1/placements", java.util.Map.of("creditor", creditor), ref + ".csv",
                    csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .json();
        org.assertj.core.api.Assertions.assertThat(report.get("status").asString())
            .as(report.toString())
            .isEqualTo("COMPLETED");
        return manager.get("/api/v1/accounts?ref=" + ref).json().get("items").get(0).get("id").asString();
    }

}
