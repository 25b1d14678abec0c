package io.recoverydesk.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.kernel.DatabaseVendor;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@value #CHAINS} hash chains per tenant (ADR 0013). A transaction appends all its
 * entries to one chain, the first free one from a random start at its first entry, and
 * holds that chain's head row until it commits (the head is kept in memory meanwhile and
 * written once, just before the commit); concurrent transactions take other chains and do
 * not wait for each other while one is free. Each entry's hash covers the previous hash
 * of its chain and the entry's own content.
 */
@Component
class JdbcAuditLog implements AuditLog {

    static final String GENESIS = "0".repeat(64);

    static final int CHAINS = 32;

    /**
     * Tenant-wide numbers one draw from {@code audit_entry_seq} reserves (the sequence's
     * increment, V034).
     */
    static final int SEQ_BLOCK = 4;

    /**
     * Entries a transaction keeps before writing them (at the latest just before its
     * commit, together with its chain's head).
     */
    static final int PENDING_MAX = 200;

    private static final String INSERT = """
            insert into audit_entry (tenant_id, seq, chain, chain_seq, at, actor, action, entity_type, entity_id,
                                     details, prev_hash, hash)
            values """;

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String STORE_HEAD = "update audit_chain set last_seq = ?, last_hash = ?"
            + " where tenant_id = ? and chain = ?";

    private final JdbcClient jdbc;

    private final Clock clock;

    private final DatabaseVendor vendor;

    JdbcAuditLog(JdbcClient jdbc, Clock clock, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.vendor = vendor;
    }

    @Override
    @Transactional
    public void record(TenantId tenant, String actor, String action, String entityType, String entityId,
            String details) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            List<Entry> entries = new ArrayList<>(2);
            ChainHead head = firstFreeHead(tenant, ThreadLocalRandom.current().nextInt(CHAINS));
            ChainHead last = appendAll(tenant, head, actor, action, entityType, entityId, details, entries);
            write(tenant, entries, last);
            return;
        }
        ChainKey key = new ChainKey(tenant);
        OpenChain open = (OpenChain) TransactionSynchronizationManager.getResource(key);
        if (open == null) {
            open = new OpenChain(tenant, key, firstFreeHead(tenant, ThreadLocalRandom.current().nextInt(CHAINS)));
            TransactionSynchronizationManager.bindResource(key, open);
            TransactionSynchronizationManager.registerSynchronization(open);
        }
        open.head = appendAll(tenant, open.head, actor, action, entityType, entityId, details, open.pending);
        if (open.committing) {
            // written from another synchronization's beforeCommit, after ours ran
            write(tenant, open.pending, open.head);
        }
        else if (open.pending.size() >= PENDING_MAX) {
            insert(open.pending);
        }
    }

    /**
     * Appends the entry, after a note that head rows were rebuilt when they were, to
     * {@code entries}; returns the new head (neither written yet).
     */
    private ChainHead appendAll(TenantId tenant, ChainHead head, String actor, String action, String entityType,
            String entityId, String details, List<Entry> entries) {
        if (!head.rebuilt().isEmpty()) {
            // head rows were deleted: appends go on, and the trail says so
            head = append(tenant, head, "system", "AUDIT_HEAD_REBUILT", "audit_chain", tenant.value().toString(),
                    "chain heads were missing; rebuilt " + head.rebuilt(), entries);
        }
        return append(tenant, head, actor, action, entityType, entityId, details, entries);
    }

    /**
     * Writes the entries (and empties the list) and the chain's new head: on PostgreSQL
     * in one statement, the head's update after the entries' insert in a data-modifying
     * {@code with}.
     */
    private void write(TenantId tenant, List<Entry> entries, ChainHead head) {
        Object[] headValues = { head.lastSeq(), head.lastHash(), tenant.value(), head.chain() };
        if (entries.isEmpty() || !vendor.postgres()) {
            insert(entries);
            jdbc.sql(STORE_HEAD).params(headValues).update();
            return;
        }
        List<Object> values = new ArrayList<>(entries.size() * 12 + 4);
        entries.forEach(e -> values.addAll(Arrays.asList(e.values())));
        values.addAll(Arrays.asList(headValues));
        jdbc.sql("with written as (" + INSERT + rows(entries.size()) + " returning 1) " + STORE_HEAD)
            .params(values)
            .update();
        entries.clear();
    }

    /** Inserts the entries in one statement and empties the list. */
    private void insert(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>(entries.size() * 12);
        entries.forEach(e -> values.addAll(Arrays.asList(e.values())));
        jdbc.sql(INSERT + rows(entries.size())).params(values).update();
        entries.clear();
    }

    private static String rows(int count) {
        return String.join(", ", Collections.nCopies(count, ROW));
    }

    /**
     * The chain a transaction appends to (ADR 0013): its head row is locked by the
     * transaction's first entry and stays locked until the end, so the head is kept here
     * between entries instead of being read again, and written back once, just before the
     * commit, together with the entries not written yet (up to {@value #PENDING_MAX} wait
     * here). Unbound while the transaction is suspended (an inner transaction takes a
     * chain of its own). Savepoints are not used here: a rollback to one would undo
     * entries behind the head kept in memory (ADR 0019).
     */
    private final class OpenChain implements TransactionSynchronization {

        private final TenantId tenant;

        private final ChainKey key;

        private ChainHead head;

        private final List<Entry> pending = new ArrayList<>(4);

        private boolean committing;

        OpenChain(TenantId tenant, ChainKey key, ChainHead head) {
            this.tenant = tenant;
            this.key = key;
            this.head = head;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(key);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(key, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            write(tenant, pending, head);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }

    }

    /**
     * The first head from {@code start} on that no other transaction holds, locked; when
     * the start chain's head is missing, or every head is held, the start chain's head,
     * waiting for it (and rebuilding missing heads).
     */
    private ChainHead firstFreeHead(TenantId tenant, int start) {
        for (int i = 0; i < CHAINS; i++) {
            int chain = (start + i) % CHAINS;
            Optional<ChainHead> free = jdbc
                .sql("select last_seq, last_hash, nextval('audit_entry_seq') from audit_chain"
                        + " where tenant_id = ? and chain = ? for update skip locked")
                .params(tenant.value(), chain)
                .query((rs, n) -> new ChainHead(chain, rs.getLong(1), rs.getString(2), "",
                        new Numbers(rs.getLong(3), SEQ_BLOCK)))
                .optional();
            if (free.isPresent()) {
                return free.get();
            }
            if (i == 0 && jdbc.sql("select count(*) from audit_chain where tenant_id = ? and chain = ?")
                .params(tenant.value(), chain)
                .query(Integer.class)
                .single() == 0) {
                break;
            }
        }
        return lockHead(tenant, start);
    }

    /**
     * The chain's head, locked. Missing heads (a new tenant, or rows someone deleted) are
     * created first, each from the last entry of its chain.
     */
    private ChainHead lockHead(TenantId tenant, int chain) {
        Optional<ChainHead> head = selectHead(tenant, chain);
        if (head.isPresent()) {
            return head.get();
        }
        Map<Integer, ChainHead> present = heads(tenant);
        Map<Integer, ChainHead> last = lastEntries(tenant);
        List<String> rebuilt = new ArrayList<>();
        for (int c = 0; c < CHAINS; c++) {
            if (present.containsKey(c)) {
                continue;
            }
            ChainHead from = last.getOrDefault(c, new ChainHead(c, 0, GENESIS, "", Numbers.NONE));
            int created = jdbc
                .sql("insert into audit_chain (tenant_id, chain, last_seq, last_hash) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(tenant.value(), c, from.lastSeq(), from.lastHash())
                .update();
            if (created == 1 && from.lastSeq() > 0) {
                rebuilt.add("chain " + c + " from its entry " + from.lastSeq());
            }
        }
        ChainHead locked = selectHead(tenant, chain).orElseThrow();
        return rebuilt.isEmpty() ? locked
                : new ChainHead(chain, locked.lastSeq(), locked.lastHash(), String.join(", ", rebuilt), Numbers.NONE);
    }

    private Optional<ChainHead> selectHead(TenantId tenant, int chain) {
        return jdbc.sql("select last_seq, last_hash from audit_chain where tenant_id = ? and chain = ? for update")
            .params(tenant.value(), chain)
            .query((rs, n) -> new ChainHead(chain, rs.getLong(1), rs.getString(2), "", Numbers.NONE))
            .optional();
    }

    private Map<Integer, ChainHead> heads(TenantId tenant) {
        return jdbc.sql("select chain, last_seq, last_hash from audit_chain where tenant_id = ?")
            .param(tenant.value())
            .query((rs, n) -> new ChainHead(rs.getInt(1), rs.getLong(2), rs.getString(3), "", Numbers.NONE))
            .list()
            .stream()
            .collect(Collectors.toMap(ChainHead::chain, h -> h));
    }

    private Map<Integer, ChainHead> lastEntries(TenantId tenant) {
        return jdbc.sql("""
                select e.chain, e.chain_seq, e.hash from audit_entry e
                where e.tenant_id = ? and e.chain_seq = (select max(x.chain_seq) from audit_entry x
                                                         where x.tenant_id = e.tenant_id and x.chain = e.chain)""")
            .param(tenant.value())
            .query((rs, n) -> new ChainHead(rs.getInt(1), rs.getLong(2), rs.getString(3), "", Numbers.NONE))
            .list()
            .stream()
            .collect(Collectors.toMap(ChainHead::chain, h -> h));
    }

    private ChainHead append(TenantId tenant, ChainHead head, String actor, String action, String entityType,
            String entityId, String details, List<Entry> entries) {
        long chainSeq = head.lastSeq() + 1;
        Numbers numbers = head.numbers().left() > 0 ? head.numbers()
                : new Numbers(jdbc.sql("select nextval('audit_entry_seq')").query(Long.class).single(), SEQ_BLOCK);
        long seq = numbers.next();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // the hash covers exactly what is stored
        String storedActor = truncate(actor, 60);
        String storedEntityId = truncate(entityId, 100);
        String storedDetails = details == null ? null : truncate(details, 2000);
        Position position = new Position(seq, head.chain(), chainSeq);
        String hash = hash(head.lastHash(), tenant.value().toString(), position, at, storedActor, action, entityType,
                storedEntityId, storedDetails);
        entries.add(new Entry(new Object[] { tenant.value(), seq, head.chain(), chainSeq,
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC), storedActor, action, entityType, storedEntityId,
                storedDetails, head.lastHash(), hash }));
        return new ChainHead(head.chain(), chainSeq, hash, "", numbers.rest());
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify(TenantId tenant) {
        Map<Integer, ChainHead> heads = heads(tenant);
        Map<Integer, ChainVerifier> chains = new TreeMap<>();
        jdbc.sql("""
                select seq, chain, chain_seq, at, actor, action, entity_type, entity_id, details, prev_hash, hash
                from audit_entry where tenant_id = ? order by chain, chain_seq""").param(tenant.value()).query(rs -> {
            int chain = rs.getInt(2);
            ChainVerifier verifier = chains.computeIfAbsent(chain, c -> new ChainVerifier(c, GENESIS));
            if (verifier.broken()) {
                return;
            }
            Position position = new Position(rs.getLong(1), chain, rs.getLong(3));
            Instant at = rs.getObject(4, OffsetDateTime.class).toInstant();
            String expected = hash(verifier.previousHash(), tenant.value().toString(), position, at, rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
            verifier.check(position.seq(), position.chainSeq(), rs.getString(10), rs.getString(11), expected);
        });
        boolean anyEntries = !chains.isEmpty();
        IntStream.range(0, CHAINS).forEach(c -> chains.computeIfAbsent(c, n -> new ChainVerifier(n, GENESIS)));
        heads.keySet().forEach(c -> chains.computeIfAbsent(c, n -> new ChainVerifier(n, GENESIS)));
        for (ChainVerifier verifier : chains.values()) {
            if (verifier.broken()) {
                continue;
            }
            ChainHead head = heads.get(verifier.chain());
            if (head != null) {
                verifier.checkHead(head.lastSeq(), head.lastHash());
            }
            else if (anyEntries) {
                verifier.headMissing();
            }
        }
        long entries = chains.values().stream().mapToLong(ChainVerifier::entries).sum();
        return chains.values()
            .stream()
            .filter(ChainVerifier::broken)
            .findFirst()
            .map(broken -> new AuditVerification(false, entries, broken.brokenSeq(), broken.problem()))
            .orElse(new AuditVerification(true, entries, null, null));
    }

    /**
     * The hash of an entry. Entries of chain 0 whose tenant-wide number equals their
     * place in the chain (all entries written before ADR 0013) hash as they always did;
     * every other entry's hash also covers its chain and its tenant-wide number.
     */
    static String hash(String previousHash, String tenant, Position position, Instant at, String actor, String action,
            String entityType, String entityId, String details) {
        List<String> fields = new ArrayList<>(List.of(previousHash, tenant, Long.toString(position.chainSeq()),
                Long.toString(at.toEpochMilli()), actor, action, entityType, entityId, details == null ? "" : details));
        if (position.chain() != 0 || position.seq() != position.chainSeq()) {
            fields.add(Integer.toString(position.chain()));
            fields.add(Long.toString(position.seq()));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                .formatHex(digest.digest(String.join("\u001f", fields).getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /**
     * Where an entry sits: its tenant-wide number, its chain and its place in that chain.
     */
    record Position(long seq, int chain, long chainSeq) {
    }

    /**
     * A chain's head; {@code rebuilt} names the heads just rebuilt from entries, if any;
     * {@code numbers} are tenant-wide numbers already drawn for the next entries.
     */
    private record ChainHead(int chain, long lastSeq, String lastHash, String rebuilt, Numbers numbers) {
    }

    /** Drawn tenant-wide numbers not used yet: {@code left} of them from {@code next}. */
    private record Numbers(long next, int left) {

        static final Numbers NONE = new Numbers(0, 0);

        Numbers rest() {
            return left > 1 ? new Numbers(next + 1, left - 1) : NONE;
        }

    }

    /** An entry not written yet: its columns in the order of {@link #INSERT}. */
    private record Entry(Object[] values) {
    }

    /** Binds a transaction's chosen chain per tenant. */
    private record ChainKey(TenantId tenant) {
    }

}
