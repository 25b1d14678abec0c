package io.recoverydesk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the integration tests run on: failsafe runs every {@code *IT} twice,
 * with {@code rd.test.db=h2} and {@code rd.test.db=postgres}. Without
 * RD_TEST_POSTGRES_URL the PostgreSQL run skips, unless CI=true, where it fails.
 */
public final class TestDatabase implements ExecutionCondition {

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("rd.test.db"));
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static void register(DynamicPropertyRegistry registry) {
        if (postgres()) {
            registry.add("spring.datasource.url", () -> System.getenv("RD_TEST_POSTGRES_URL"));
            registry.add("spring.datasource.username", () -> env("RD_TEST_POSTGRES_USER", "postgres"));
            registry.add("spring.datasource.password", () -> env("RD_TEST_POSTGRES_PASSWORD", "postgres"));
        }
        else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:rdtest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!postgres()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        String url = System.getenv("RD_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if (ci()) {
                throw new IllegalStateException("CI=true but RD_TEST_POSTGRES_URL is not set: PostgreSQL is required");
            }
            return ConditionEvaluationResult.disabled(
                    "PostgreSQL integration tests skipped: set RD_TEST_POSTGRES_URL (and _USER/_PASSWORD) to run them");
        }
        try (Connection ignored = DriverManager.getConnection(url, env("RD_TEST_POSTGRES_USER", "postgres"),
                env("RD_TEST_POSTGRES_PASSWORD", "postgres"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
        }
        catch (SQLException ex) {
            if (ci()) {
                throw new IllegalStateException("CI=true but PostgreSQL at " + url + " is unreachable", ex);
            }
            return ConditionEvaluationResult.disabled("PostgreSQL at " + url + " is unreachable: " + ex.getMessage());
        }
    }

}
