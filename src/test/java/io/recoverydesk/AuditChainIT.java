package io.recoverydesk;

import io.recoverydesk.identity.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainIT extends IntegrationTest {

    @Test
    void theChainVerifiesAndATamperedRowIsNamed() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        admin.post("/api/v1/creditors", java.util.Map.of("code", "AUD", "name", "Audited creditor"));

        JsonNode ok = admin.get("/api/v1/audit/verify").json();
        assertThat(ok.get("valid").asBoolean()).isTrue();
        long entries = ok.get("entries").asLong();
        assertThat(entries).isGreaterThanOrEqualTo(13);

        long fifth = jdbc
            .sql("select seq from audit_entry where tenant_id = ? order by seq offset 4 rows fetch next 1 rows only")
            .param(tenant.id().value())
            .query(Long.class)
            .single();
        jdbc.sql("update audit_entry set actor = 'mallory' where tenant_id = ? and seq = ?")
            .params(tenant.id().value(), fifth)
            .update();
        JsonNode broken = api(tenant.user(Role.COMPLIANCE)).get("/api/v1/audit/verify").json();
        assertThat(broken.get("valid").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenEntry").asLong()).isEqualTo(fifth);
        assertThat(broken.get("problem").asString()).contains("altered");
    }

    @Test
    void aDeletedEntryOrATruncatedTailIsDetected() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        // each transaction writes to one of 32 chains at random: make sure some chain has
        // two entries (with a dozen transactions it usually has, not always)
        for (int i = 0; i < 100 && jdbc.sql("""
                select count(*) from audit_entry e join audit_entry n on n.tenant_id = e.tenant_id
                  and n.chain = e.chain and n.chain_seq = e.chain_seq + 1 where e.tenant_id = ?""")
            .param(tenant.id().value())
            .query(Long.class)
            .single() == 0; i++) {
            assertThat(
                    admin
                        .post("/api/v1/teams",
                                java.util.Map.of("code", "X" + i, "name", "Team " + i, "creditorScopes",
                                        java.util.List.of()))
                        .status())
                .isEqualTo(201);
        }
        // an entry in the middle of its chain: the entry after it no longer links
        java.util.Map<String, Object> inMiddle = jdbc.sql("""
                select e.seq as gone, n.seq as next from audit_entry e
                join audit_entry n on n.tenant_id = e.tenant_id and n.chain = e.chain and n.chain_seq = e.chain_seq + 1
                where e.tenant_id = ? order by e.seq fetch first 1 rows only""")
            .param(tenant.id().value())
            .query()
            .singleRow();
        jdbc.sql("delete from audit_entry where tenant_id = ? and seq = ?")
            .params(tenant.id().value(), inMiddle.get("gone"))
            .update();
        JsonNode gap = admin.get("/api/v1/audit/verify").json();
        assertThat(gap.get("valid").asBoolean()).isFalse();
        assertThat(gap.get("firstBrokenEntry").asLong()).isEqualTo(((Number) inMiddle.get("next")).longValue());
        assertThat(gap.get("problem").asString()).contains("missing");

        TestTenant other = tenants.create();
        long last = jdbc.sql("select max(seq) from audit_entry where tenant_id = ?")
            .param(other.id().value())
            .query(Long.class)
            .single();
        jdbc.sql("delete from audit_entry where tenant_id = ? and seq = ?").params(other.id().value(), last).update();
        JsonNode tail = api(other.user(Role.ADMIN)).get("/api/v1/audit/verify").json();
        assertThat(tail.get("valid").asBoolean()).isFalse();
        assertThat(tail.get("problem").asString()).contains("removed");
    }

    @Test
    void aDeletedChainHeadIsReportedAndAppendsGoOnWithANote() {
        TestTenant tenant = tenants.create();
        Api admin = api(tenant.user(Role.ADMIN));
        jdbc.sql("delete from audit_chain where tenant_id = ?").param(tenant.id().value()).update();
        JsonNode missing = admin.get("/api/v1/audit/verify").json();
        assertThat(missing.get("valid").asBoolean()).isFalse();
        assertThat(missing.get("problem").asString()).contains("is missing");

        assertThat(admin
            .post("/api/v1/teams", java.util.Map.of("code", "TX", "name", "x", "creditorScopes", java.util.List.of()))
            .status()).isEqualTo(201);
        assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? order by seq desc")
            .param(tenant.id().value())
            .query(String.class)
            .list()).startsWith("TEAM_CREATED", "AUDIT_HEAD_REBUILT");
        assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aWholeChainDeletedWithItsHeadIsDetected() {
        TestTenant tenant = tenants.create();
        int chain = jdbc.sql("select max(chain) from audit_entry where tenant_id = ?")
            .param(tenant.id().value())
            .query(Integer.class)
            .single();
        jdbc.sql("delete from audit_entry where tenant_id = ? and chain = ?")
            .params(tenant.id().value(), chain)
            .update();
        jdbc.sql("delete from audit_chain where tenant_id = ? and chain = ?")
            .params(tenant.id().value(), chain)
            .update();
        JsonNode verdict = api(tenant.user(Role.ADMIN)).get("/api/v1/audit/verify").json();
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("problem").asString()).contains("head of chain " + chain + " is missing");
    }

    @Test
    void concurrentWritersSpreadOverChainsAndTheLogStillVerifies() throws Exception {
        TestTenant tenant = tenants.create();
        long before = api(tenant.user(Role.ADMIN)).get("/api/v1/audit/verify").json().get("entries").asLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> posts = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                posts.add(pool.submit(() -> api(tenant.user(Role.ADMIN))
                    .post("/api/v1/creditors", java.util.Map.of("code", "P" + n, "name", "Parallel " + n))
                    .status()));
            }
            for (java.util.concurrent.Future<Integer> post : posts) {
                assertThat(post.get()).isEqualTo(201);
            }
        }
        finally {
            pool.shutdown();
        }
        JsonNode after = api(tenant.user(Role.COMPLIANCE)).get("/api/v1/audit/verify").json();
        assertThat(after.get("valid").asBoolean()).isTrue();
        assertThat(after.get("entries").asLong()).isGreaterThanOrEqualTo(before + 40);
        assertThat(jdbc.sql("select count(distinct chain) from audit_entry where tenant_id = ?")
            .param(tenant.id().value())
            .query(Integer.class)
            .single()).isGreaterThan(4);
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.recoverydesk.audit.AuditLog audit;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void entriesOfOneTransactionFollowEachOtherInOneChainAndAnInnerTransactionTakesAnother() {
        TestTenant tenant = tenants.create();
        var outer = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var inner = new org.springframework.transaction.support.TransactionTemplate(transactions);
        inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        outer.executeWithoutResult(s -> {
            audit.record(tenant.id(), "t", "OUTER_1", "test", "1", null);
            audit.record(tenant.id(), "t", "OUTER_2", "test", "2", null);
            inner.executeWithoutResult(i -> audit.record(tenant.id(), "t", "INNER", "test", "3", null));
            audit.record(tenant.id(), "t", "OUTER_3", "test", "4", null);
        });
        // a rolled-back transaction leaves no entry and no moved head behind
        try {
            outer.executeWithoutResult(s -> {
                audit.record(tenant.id(), "t", "ROLLED_BACK", "test", "5", null);
                throw new IllegalStateException("roll back");
            });
        }
        catch (IllegalStateException expected) {
            // rolled back
        }
        outer.executeWithoutResult(s -> audit.record(tenant.id(), "t", "AFTER", "test", "6", null));

        // action -> [chain, place in the chain]
        java.util.Map<String, java.util.List<Long>> rows = new java.util.HashMap<>();
        jdbc.sql("select action, chain, chain_seq from audit_entry where tenant_id = ? and entity_type = 'test'")
            .param(tenant.id().value())
            .query(rs -> {
                rows.put(rs.getString(1), java.util.List.of(rs.getLong(2), rs.getLong(3)));
            });
        assertThat(rows).containsOnlyKeys("OUTER_1", "OUTER_2", "INNER", "OUTER_3", "AFTER");
        long chain = rows.get("OUTER_1").get(0);
        long first = rows.get("OUTER_1").get(1);
        assertThat(rows.get("OUTER_2")).containsExactly(chain, first + 1);
        assertThat(rows.get("OUTER_3")).containsExactly(chain, first + 2);
        assertThat(rows.get("INNER").get(0)).isNotEqualTo(chain);
        assertThat(jdbc.sql("select last_seq from audit_chain where tenant_id = ? and chain = ?")
            .params(tenant.id().value(), (int) chain)
            .query(Long.class)
            .single()).isGreaterThanOrEqualTo(first + 2);
        JsonNode verdict = api(tenant.user(Role.COMPLIANCE)).get("/api/v1/audit/verify").json();
        assertThat(verdict.get("valid").asBoolean()).isTrue();
    }

    @Test
    void aTransactionWithManyEntriesWritesThemAllInOrderAndTheLogVerifies() {
        TestTenant tenant = tenants.create();
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        // more than a transaction keeps before writing: some are written early, the rest
        // with the head
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 450; i++) {
                audit.record(tenant.id(), "t", "MANY", "test", Integer.toString(i), "entry " + i);
            }
        });
        java.util.List<long[]> rows = jdbc
            .sql("select chain, chain_seq, entity_id from audit_entry where tenant_id = ? and action = 'MANY'"
                    + " order by chain_seq")
            .param(tenant.id().value())
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), Long.parseLong(rs.getString(3)) })
            .list();
        assertThat(rows).hasSize(450);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)[0]).isEqualTo(rows.get(0)[0]);
            assertThat(rows.get(i)[1]).isEqualTo(rows.get(0)[1] + i);
            assertThat(rows.get(i)[2]).isEqualTo(i);
        }
        assertThat(jdbc.sql("select last_seq from audit_chain where tenant_id = ? and chain = ?")
            .params(tenant.id().value(), (int) rows.get(0)[0])
            .query(Long.class)
            .single()).isEqualTo(rows.get(449)[1]);
        JsonNode verdict = api(tenant.user(Role.COMPLIANCE)).get("/api/v1/audit/verify").json();
        assertThat(verdict.get("valid").asBoolean()).isTrue();
        assertThat(verdict.get("entries").asLong()).isGreaterThanOrEqualTo(450);
    }

    @Test
    void revealsAreAuditedInTheSameTransaction() {
        TestTenant tenant = tenants.create();
        Api manager = api(tenant.user(Role.MANAGER));
        manager.upload("/api/v1/placements", java.util.Map.of("creditor", "C1"), "p.csv",
                ("creditor_ref,debtor_name,national_id,phone_1,principal,first_delinquency_date\n"
                        + "R-1,王芳,110101199003071233,13800138000,100,2026-01-01\n")
                    .getBytes());
        String id = manager.get("/api/v1/accounts?ref=R-1").json().get("items").get(0).get("id").asString();
        JsonNode account = manager.get("/api/v1/accounts/" + id).json();
        String debtor = account.get("debtor").get("id").asString();
        String phone = account.get("contactPoints").get(0).get("id").asString();

        assertThat(manager.post("/api/v1/debtors/" + debtor + "/national-id/reveal", "{}")
            .json()
            .get("nationalId")
            .asString()).isEqualTo("110101199003071233");
        assertThat(manager.post("/api/v1/contact-points/" + phone + "/reveal", "{}").json().get("value").asString())
            .isEqualTo("+8613800138000");
        assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? order by seq desc limit 2")
            .param(tenant.id().value())
            .query(String.class)
            .list()).containsExactly("PHONE_REVEALED", "NATIONAL_ID_REVEALED");
        String stored = jdbc.sql("select national_id_enc from debtor where tenant_id = ? and id = ?")
            .params(tenant.id().value(), java.util.UUID.fromString(debtor))
            .query(String.class)
            .single();
        assertThat(stored).doesNotContain("110101199003071233");
    }

}
