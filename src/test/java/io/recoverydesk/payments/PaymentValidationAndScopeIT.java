package io.recoverydesk.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.Api;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.CREDITOR_VIEWER;
import static io.recoverydesk.identity.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad payments are 422 with a clear reason and post nothing; an account outside the
 * caller's tenant or creditor scope is "unknown" exactly like one that does not exist.
 */
class PaymentValidationAndScopeIT extends PaymentsTestSupport {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Tenants tenantAdmin;

    TestTenant tenant;

    String c1;

    String c2;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        c1 = account(tenant, "C1", "V-1", "1000", "0", "0", "0");
        c2 = account(tenant, "C2", "V-2", "1000", "0", "0", "0");
    }

    Api.Response agentPays(Map<String, Object> body) {
        return pay(tenant, AGENT, body);
    }

    void assertRefused(Api.Response response, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:recovery-desk:problem:" + type);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void refusesBadAmountsCurrenciesDatesAndMethods() {
        Map<String, Object> usd = body(c1, "10");
        usd.put("currency", "USD");
        assertRefused(agentPays(usd), "currency-mismatch");
        Map<String, Object> nonsense = body(c1, "10");
        nonsense.put("currency", "XYZ1");
        assertRefused(agentPays(nonsense), "invalid-currency");
        assertRefused(agentPays(body(c1, "0")), "invalid-amount");
        assertRefused(agentPays(body(c1, "-5")), "invalid-amount");
        assertRefused(agentPays(body(c1, "1.005")), "invalid-amount");
        Map<String, Object> tomorrow = body(c1, "10");
        tomorrow.put("paidAt", LocalDate.now(SHANGHAI).plusDays(1).toString());
        assertRefused(agentPays(tomorrow), "paid-in-future");
        Map<String, Object> inAnHour = body(c1, "10");
        inAnHour.put("paidAt", Instant.now().plusSeconds(3600).toString());
        assertRefused(agentPays(inAnHour), "paid-in-future");
        Map<String, Object> garbled = body(c1, "10");
        garbled.put("paidAt", "yesterday");
        assertRefused(agentPays(garbled), "invalid-paid-at");
        Map<String, Object> method = body(c1, "10");
        method.put("method", "GOLD_BARS");
        assertRefused(agentPays(method), "invalid-method");
        assertThat(agentPays(body(c1, "1.10")).status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from payment where tenant_id = ?")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);

        // a currency without a minor unit takes whole amounts only
        jdbc.sql("update account set currency = 'JPY' where tenant_id = ? and id = ?")
            .params(tenant.id().value(), java.util.UUID.fromString(c2))
            .update();
        Map<String, Object> yen = body(c2, "100.50");
        yen.put("currency", "JPY");
        Api.Response fraction = pay(tenant, MANAGER, yen);
        assertRefused(fraction, "invalid-amount");
        assertThat(fraction.json().get("detail").asString()).contains("JPY");
        yen.put("amount", new java.math.BigDecimal("100.00"));
        assertThat(pay(tenant, MANAGER, yen).status()).isEqualTo(201);
    }

    @Test
    void anAccountOutOfScopeIsUnknownLikeOneThatDoesNotExist() {
        Api.Response missing = agentPays(body(UUID.randomUUID().toString(), "10"));
        assertRefused(missing, "unknown-account");
        // the agent's team serves C1 only
        Api.Response outOfScope = agentPays(body(c2, "10"));
        assertRefused(outOfScope, "unknown-account");
        assertThat(outOfScope.json().get("detail")).isEqualTo(missing.json().get("detail"));
        Map<String, Object> byRef = body(null, "10");
        byRef.remove("accountId");
        byRef.put("creditorCode", "C2");
        byRef.put("creditorRef", "V-2");
        assertRefused(agentPays(byRef), "unknown-account");
        assertThat(api(tenant.user(AGENT)).get("/api/v1/accounts/" + c2 + "/payments").status()).isEqualTo(404);

        // an agent of another team (serving C2) cannot post to C1
        tenantAdmin.createTeam(tenant.id(), "T2", "Team two", Set.of("C2"));
        String other = "agent2-" + tenant.code();
        tenantAdmin.createUser(tenant.id(), other, "Other agent", TestTenant.PASSWORD, EnumSet.of(Role.AGENT), Set.of(),
                "T2");
        assertRefused(new PaymentClient(port, other).post(key(), body(c1, "10")), "unknown-account");
        assertThat(new PaymentClient(port, other).post(key(), body(c2, "10")).status()).isEqualTo(201);
    }

    @Test
    void anotherTenantNeverSeesNorPosts() {
        TestTenant foreign = tenants.create();
        Api.Response posted = new PaymentClient(port, foreign.user(MANAGER)).post(key(), body(c1, "10"));
        assertRefused(posted, "unknown-account");
        assertThat(api(foreign.user(MANAGER)).get("/api/v1/accounts/" + c1 + "/payments").status()).isEqualTo(404);
        String paymentId = pay(tenant, MANAGER, body(c1, "10")).json().get("id").asString();
        assertThat(api(foreign.user(MANAGER)).get("/api/v1/payments/" + paymentId).status()).isEqualTo(404);
        assertThat(api(foreign.user(MANAGER))
            .post("/api/v1/payments/" + paymentId + "/reversal", Map.of("reason", "bounced"))
            .status()).isEqualTo(404);
        Api.Response rec = api(foreign.user(MANAGER)).get("/api/v1/payments/reconciliation");
        assertThat(rec.body()).doesNotContain("C1\"").doesNotContain(paymentId);
    }

    @Test
    void aCreditorViewerReadsItsOwnCreditorsPaymentsButPostsNothing() {
        pay(tenant, MANAGER, body(c2, "25"));
        Api viewer = api(tenant.user(CREDITOR_VIEWER));
        assertThat(new PaymentClient(port, tenant.user(CREDITOR_VIEWER)).post(key(), body(c2, "10")).status())
            .isEqualTo(403);
        Api.Response own = viewer.get("/api/v1/accounts/" + c2 + "/payments");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("payments")).hasSize(1);
        assertThat(viewer.get("/api/v1/accounts/" + c1 + "/payments").status()).isEqualTo(404);
        for (Role role : EnumSet.of(Role.COMPLIANCE, Role.LEGAL, Role.ANALYST)) {
            assertThat(new PaymentClient(port, tenant.user(role)).post(key(), body(c1, "10")).status()).as(role.name())
                .isEqualTo(403);
        }
    }

}
