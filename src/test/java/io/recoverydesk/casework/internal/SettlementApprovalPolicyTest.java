package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who approves a discount: agent ≤ 10 %, team lead ≤ 25 %, manager ≤ 50 %, else admin.
 */
class SettlementApprovalPolicyTest {

    final SettlementApprovalPolicy policy = SettlementApprovalPolicy.defaults();

    @ParameterizedTest
    @CsvSource({ "900.00, 1000.00, 0.100000, AGENT", "899.99, 1000.00, 0.100010, TEAM_LEAD",
            "750.00, 1000.00, 0.250000, TEAM_LEAD", "500.00, 1000.00, 0.500000, MANAGER",
            "499.99, 1000.00, 0.500010, ADMIN", "1.00, 3.00, 0.666667, ADMIN", "2.00, 3.00, 0.333334, MANAGER" })
    void picksTheLowestRoleWhoseLimitCoversTheDiscount(String amount, String balance, String discount, Role required) {
        BigDecimal d = SettlementApprovalPolicy.discount(new BigDecimal(amount), new BigDecimal(balance));
        assertThat(d).isEqualByComparingTo(discount);
        assertThat(policy.requiredRole(d)).isEqualTo(required);
    }

    @Test
    void aUserDecidesUpToTheirHighestRolesLimit() {
        BigDecimal twenty = new BigDecimal("0.20");
        assertThat(policy.mayDecide(Set.of(Role.AGENT), twenty)).isFalse();
        assertThat(policy.mayDecide(Set.of(Role.AGENT, Role.TEAM_LEAD), twenty)).isTrue();
        assertThat(policy.mayDecide(Set.of(Role.COMPLIANCE), BigDecimal.ZERO)).isFalse();
        assertThat(policy.mayDecide(Set.of(Role.ADMIN), BigDecimal.ONE)).isTrue();
        assertThat(policy.limitOf(Set.of(Role.CREDITOR_VIEWER))).isZero();
    }

    @Test
    void refusesLimitsThatFallUpTheLadder() {
        assertThatThrownBy(() -> new SettlementApprovalPolicy(Map.of(Role.AGENT, new BigDecimal("0.30"), Role.TEAM_LEAD,
                new BigDecimal("0.20"), Role.MANAGER, new BigDecimal("0.50"))))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SettlementApprovalPolicy(Map.of(Role.AGENT, new BigDecimal("0.10"), Role.TEAM_LEAD,
                new BigDecimal("0.20"), Role.MANAGER, new BigDecimal("1.50"))))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
