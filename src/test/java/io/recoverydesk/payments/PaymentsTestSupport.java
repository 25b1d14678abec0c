package io.recoverydesk.payments;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts with known parts and payment bodies for the payment ITs. */
abstract class PaymentsTestSupport extends IntegrationTest {

    static final String HEADER = "creditor_ref,debtor_name,principal,interest,fees,penalty,first_delinquency_date\n";

    /**
     * An account of the creditor with the given parts (principal, interest, fees,
     * penalty).
     */
    String account(TestTenant tenant, String creditor, String ref, String principal, String interest, String fees,
            String penalty) {
        return importAccount(tenant, creditor, ref, HEADER + ref + ",债务人" + ref + "," + principal + "," + interest + ","
                + fees + "," + penalty + ",2026-01-15\n");
    }

    static Map<String, Object> body(String accountId, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", accountId);
        body.put("amount", new BigDecimal(amount));
        body.put("currency", "CNY");
        body.put("method", "BANK_TRANSFER");
        return body;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    Api.Response pay(TestTenant tenant, io.recoverydesk.identity.Role role, Map<String, Object> body) {
        return new PaymentClient(port, tenant.user(role)).post(key(), body);
    }

    JsonNode accountJson(TestTenant tenant, String accountId) {
        Api.Response response = api(tenant.user(io.recoverydesk.identity.Role.MANAGER))
            .get("/api/v1/accounts/" + accountId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode payments(TestTenant tenant, String accountId) {
        Api.Response response = api(tenant.user(io.recoverydesk.identity.Role.MANAGER))
            .get("/api/v1/accounts/" + accountId + "/payments");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString());
    }

}
