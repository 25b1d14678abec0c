package io.recoverydesk.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The money side of accounts: lock, apply new parts, status changes with history. */
class AccountBalancesIT extends IntegrationTest {

    @Autowired
    AccountBalances balances;

    @Autowired
    TransactionTemplate tx;

    @Test
    void appliesNewPartsAndKeepsTheStatusHistory() {
        TestTenant tenant = tenants.create();
        UUID id = UUID.fromString(importAccount(tenant, "C1", "B1",
                "creditor_ref,debtor_name,principal,interest,fees,penalty,first_delinquency_date\n"
                        + "B1,张三,1000.00,50.00,10.00,5.00,2026-01-05\n"));
        AccountBalances.Snapshot before = balances.read(tenant.id(), id).orElseThrow();
        assertThat(before.balance()).isEqualByComparingTo("1065.00");
        assertThat(before.creditorCode()).isEqualTo("C1");
        assertThat(balances.idByCreditorRef(tenant.id(), "C1", "B1")).contains(id);
        assertThat(balances.idByCreditorRef(tenant.id(), "C2", "B1")).isEmpty();

        tx.executeWithoutResult(s -> {
            AccountBalances.Snapshot locked = balances.lock(tenant.id(), id).orElseThrow();
            balances.apply(tenant.id(), "tester",
                    new AccountBalances.Change(id,
                            new AccountBalances.Parts(locked.parts().principal(), BigDecimal.ZERO.setScale(2),
                                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)),
                            AccountStatus.PROMISED, LocalDate.of(2026, 11, 1), new BigDecimal("65.00"), "payment"));
        });
        AccountBalances.Snapshot after = balances.read(tenant.id(), id).orElseThrow();
        assertThat(after.balance()).isEqualByComparingTo("1000.00");
        assertThat(after.status()).isEqualTo(AccountStatus.PROMISED);
        assertThat(after.lastPaymentAmount()).isEqualByComparingTo("65.00");

        assertThat(
                balances.changeStatus(tenant.id(), "tester", id, Set.of(AccountStatus.ACTIVE), AccountStatus.HOLD, "x"))
            .as("only from ACTIVE")
            .isFalse();
        assertThat(balances.changeStatus(tenant.id(), "tester", id, Set.of(AccountStatus.PROMISED),
                AccountStatus.ACTIVE, "promise broken"))
            .isTrue();
        assertThat(balances.statusHistory(tenant.id(), id)).extracting(AccountBalances.StatusChange::to)
            .containsExactly(AccountStatus.ACTIVE, AccountStatus.PROMISED);
        assertThat(balances.read(tenants.create().id(), id)).as("another tenant").isEmpty();
    }

    @Test
    void lockNeedsATransactionAndPartsAreNeverNegative() {
        TestTenant tenant = tenants.create();
        assertThatThrownBy(() -> balances.lock(tenant.id(), UUID.randomUUID()))
            .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        assertThatThrownBy(() -> new AccountBalances.Parts(new BigDecimal("-0.01"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
