package io.recoverydesk.audit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.DatabaseVendor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application (here two audit logs over one database) append to the
 * same tenant's chains at once (ADR 0023): each knows the heads its own transactions
 * left, and a head the other instance moved on, or holds, sends the transaction to
 * another chain instead of forking one. Every entry is written once, a transaction's
 * entries follow each other in one chain, and the log verifies.
 */
class AuditChainsAcrossInstancesIT extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    DatabaseVendor vendor;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoInstancesAppendingToOneTenantKeepEveryChainWhole() throws Exception {
        TestTenant tenant = tenants.create();
        JdbcAuditLog otherInstance = new JdbcAuditLog(jdbc, clock, vendor);
        AuditLog[] instances = { audit, otherInstance };
        TransactionTemplate tx = new TransactionTemplate(transactions);
        int transactionsEach = 150;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 2 * transactionsEach; i++) {
                int n = i;
                AuditLog instance = instances[n % 2];
                done.add(pool.submit(() -> tx.executeWithoutResult(s -> {
                    instance.record(tenant.id(), "node" + (n % 2), "FIRST", "two-nodes", Integer.toString(n), null);
                    instance.record(tenant.id(), "node" + (n % 2), "SECOND", "two-nodes", Integer.toString(n), null);
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        finally {
            pool.shutdown();
        }
        // entity id -> action -> [chain, place in the chain]
        Map<String, Map<String, long[]>> rows = new HashMap<>();
        jdbc.sql("select entity_id, action, chain, chain_seq from audit_entry"
                + " where tenant_id = ? and entity_type = 'two-nodes'")
            .param(tenant.id().value())
            .query(rs -> {
                rows.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .put(rs.getString(2), new long[] { rs.getLong(3), rs.getLong(4) });
            });
        assertThat(rows).hasSize(2 * transactionsEach);
        rows.forEach((n, actions) -> {
            assertThat(actions).containsOnlyKeys("FIRST", "SECOND");
            assertThat(actions.get("SECOND")[0]).as("one chain").isEqualTo(actions.get("FIRST")[0]);
            assertThat(actions.get("SECOND")[1]).as("one after the other").isEqualTo(actions.get("FIRST")[1] + 1);
        });
        if (vendor.postgres()) {
            long[] writes = otherInstance.knownHeadWrites();
            assertThat(writes[0]).as("written on a head the instance knew, nothing read first").isPositive();
            assertThat(writes[1]).as("heads the other instance had moved on sent some to another chain").isPositive();
        }
        AuditLog.AuditVerification verdict = audit.verify(tenant.id());
        assertThat(verdict.valid()).as(String.valueOf(verdict.problem())).isTrue();
        assertThat(verdict.entries()).isGreaterThanOrEqualTo(2L * 2 * transactionsEach);
    }

    @Test
    void theSequenceReservesTheNumbersAnInstanceHandsOut() {
        assertThat(jdbc
            .sql("select cast(increment as bigint) from information_schema.sequences"
                    + " where lower(sequence_name) = 'audit_entry_seq'")
            .query(Long.class)
            .single()).isEqualTo(JdbcAuditLog.SEQ_BLOCK);
    }

}
