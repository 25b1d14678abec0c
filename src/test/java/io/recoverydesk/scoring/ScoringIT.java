package io.recoverydesk.scoring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import io.recoverydesk.strategy.StrategyAdministration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant whose history says that accounts with fewer days past due pay: the model
 * trained on it scores fresher accounts higher, stores its window and metrics, explains
 * each score, and the strategy run puts the band into the account's facts.
 */
class ScoringIT extends IntegrationTest {

    @Autowired
    StrategyAdministration strategy;

    @Test
    void aModelTrainedOnTheTenantsHistoryScoresAccountsAndExplainsThem() throws Exception {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        Api analyst = api(tenant.user(Role.ANALYST));

        Api.Response thin = analyst.post("/api/v1/scoring/models", "{}");
        assertThat(thin.status()).isEqualTo(422);
        assertThat(thin.body()).contains("not-enough-history");

        PaymentHistory.placeAndPay(this::api, clock, tenant);

        Api.Response trained = analyst.post("/api/v1/scoring/models", "{}");
        assertThat(trained.status()).as(trained.body()).isEqualTo(201);
        JsonNode model = trained.json();
        assertThat(model.get("version").asInt()).isEqualTo(1);
        assertThat(model.get("examples").asInt()).isEqualTo(240);
        assertThat(model.get("positives").asInt()).isBetween(100, 140);
        assertThat(model.get("metrics").get("auc").asDouble()).isGreaterThan(0.9);
        assertThat(model.get("metrics").get("deciles").size()).isEqualTo(10);
        assertThat(model.get("window").get("labelDays").asInt()).isEqualTo(30);

        String fresh = manager.get("/api/v1/accounts?ref=SC-2").json().get("items").get(0).get("id").asString();
        String old = manager.get("/api/v1/accounts?ref=SC-3").json().get("items").get(0).get("id").asString();
        JsonNode freshScore = api(tenant.user(Role.AGENT)).get("/api/v1/accounts/" + fresh + "/score").json();
        JsonNode oldScore = api(tenant.user(Role.AGENT)).get("/api/v1/accounts/" + old + "/score").json();
        assertThat(freshScore.get("probability").decimalValue())
            .isGreaterThan(oldScore.get("probability").decimalValue());
        assertThat(freshScore.get("band").asString()).isLessThan(oldScore.get("band").asString());
        assertThat(freshScore.get("reasons").size()).isBetween(1, 3);

        strategy.runNow(tenant.id(), tenant.user(Role.ANALYST));
        JsonNode explained = api(tenant.user(Role.AGENT)).get("/api/v1/accounts/" + fresh + "/strategy").json();
        assertThat(explained.get("score").get("band").asString()).isEqualTo(freshScore.get("band").asString());
        // the propensity part is the model's probability × 25
        assertThat(
                new java.math.BigDecimal(explained.get("placed").get("priorityParts").get(1).get("points").asString()))
            .isEqualByComparingTo(freshScore.get("probability")
                .decimalValue()
                .multiply(java.math.BigDecimal.valueOf(25))
                .setScale(2, java.math.RoundingMode.HALF_UP));

        assertThat(analyst.get("/api/v1/scoring/models").json().get("items").size()).isEqualTo(1);
        assertThat(analyst.get("/api/v1/scoring/models/1").status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/scoring/models/9").status()).isEqualTo(404);
        assertThat(api(tenant.user(Role.AGENT)).post("/api/v1/scoring/models", "{}").status()).isEqualTo(403);
    }

}
