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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * entries to one chain and writes them together with the chain's new head just before it
 * commits; concurrent transactions use different chains. Each entry's hash covers the
 * previous hash of its chain and the entry's own content.
 * <p>
 * Which chain, and how its head is known (ADR 0023): this instance keeps, per tenant, a
 * slot per chain that one of its transactions at a time may take, with the chain's head
 * as its last committed transaction on that chain left it. On PostgreSQL a transaction
 * whose slot knows the head reads nothing at its first entry, and writes its entries only
 * if the head row is still that head and no other transaction holds it (one statement);
 * otherwise — another instance wrote to the chain, or holds it, or someone changed the
 * row — it takes the first free chain as below and writes there. A slot that does not
 * know its head, every slot taken, or H2: the transaction locks the first head no other
 * transaction holds (from a random start) at its first entry and keeps it until the end.
 */
@Component
class JdbcAuditLog implements AuditLog {

    static final String GENESIS = "0".repeat(64);

    static final int CHAINS = 32;

    /**
     * Tenant-wide numbers one draw from {@code audit_entry_seq} reserves (the sequence's
     * increment, V036): this instance hands them out until they are used up.
     */
    static final int SEQ_BLOCK = 64;

    /**
     * Entries a transaction keeps before writing them (at the latest just before its
     * commit, together with its chain's head).
     */
    static final int PENDING_MAX = 200;

    private static final String COLUMNS = "tenant_id, seq, chain, chain_seq, at, actor, action, entity_type,"
            + " entity_id, details, prev_hash, hash";

    private static final String INSERT = "insert into audit_entry (" + COLUMNS + ") values ";

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String STORE_HEAD = "update audit_chain set last_seq = ?, last_hash = ?"
            + " where tenant_id = ? and chain = ?";

    /**
     * Entries and the new head in one statement, only if the head row is still the
     * expected head and no other transaction holds it; the count is the entries written.
     */
    private static final String WRITE_IF_HEAD = """
            with expected as (select 1 from audit_chain where tenant_id = ? and chain = ? and last_seq = ?
                              and last_hash = ? for update skip locked),
                 head as (update audit_chain set last_seq = ?, last_hash = ? where tenant_id = ? and chain = ?
                          and exists (select 1 from expected) returning 1)
            insert into audit_entry (%s) select * from (values %s) v where exists (select 1 from head)""";

    private final JdbcClient jdbc;

    private final Clock clock;

    private final DatabaseVendor vendor;

    private final Numbers numbers = new Numbers();

    private final Map<TenantId, Slot[]> slots = new ConcurrentHashMap<>();

    /** Writes on a known head that went through, and those sent to another chain. */
    private final AtomicLong writtenOnKnownHead = new AtomicLong();

    private final AtomicLong sentToAnotherChain = new AtomicLong();

    JdbcAuditLog(JdbcClient jdbc, Clock clock, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.vendor = vendor;
    }

    @Override
    @Transactional
    public void record(TenantId tenant, String actor, String action, String entityType, String entityId,
            String details) {
        Entry entry = entry(actor, action, entityType, entityId, details);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            ChainHead head = firstFreeHead(tenant, ThreadLocalRandom.current().nextInt(CHAINS));
            writeLocked(tenant, head, new ArrayList<>(List.of(entry)));
            return;
        }
        ChainKey key = new ChainKey(tenant);
        OpenChain open = (OpenChain) TransactionSynchronizationManager.getResource(key);
        if (open == null) {
            open = open(tenant, key);
            TransactionSynchronizationManager.bindResource(key, open);
            TransactionSynchronizationManager.registerSynchronization(open);
        }
        open.pending.add(entry);
        if (open.committing || open.pending.size() >= PENDING_MAX) {
            // written from another synchronization's beforeCommit, after ours ran; or
            // enough waiting
            open.write();
        }
    }

    /**
     * The chain a transaction starts on: its slot's known head (PostgreSQL), else a head
     * locked now.
     */
    private OpenChain open(TenantId tenant, ChainKey key) {
        int start = ThreadLocalRandom.current().nextInt(CHAINS);
        Slot slot = take(tenant, start);
        if (slot != null && slot.known != null && vendor.postgres()) {
            return new OpenChain(tenant, key, slot, slot.known, false);
        }
        ChainHead head = firstFreeHead(tenant, slot != null ? slot.chain : start);
        if (slot != null && head.chain() != slot.chain) {
            slot.release(null);
            slot = null;
        }
        return new OpenChain(tenant, key, slot, head, true);
    }

    /** The first slot from {@code start} on that no transaction of this instance has. */
    private Slot take(TenantId tenant, int start) {
        Slot[] all = slots.computeIfAbsent(tenant,
                t -> IntStream.range(0, CHAINS).mapToObj(Slot::new).toArray(Slot[]::new));
        for (int i = 0; i < CHAINS; i++) {
            Slot slot = all[(start + i) % CHAINS];
            if (slot.taken.compareAndSet(false, true)) {
                return slot;
            }
        }
        return null;
    }

    /**
     * Writes the entries (and empties the list) and the locked chain's new head: on
     * PostgreSQL in one statement, the head's update after the entries' insert in a
     * data-modifying {@code with}. Returns the new head.
     */
    private ChainHead writeLocked(TenantId tenant, ChainHead head, List<Entry> entries) {
        Rows rows = rows(tenant, head, entries);
        Object[] headValues = { rows.head().lastSeq(), rows.head().lastHash(), tenant.value(), head.chain() };
        if (!vendor.postgres()) {
            jdbc.sql(INSERT_SQL.of(rows.count())).params(rows.values()).update();
            jdbc.sql(STORE_HEAD).params(headValues).update();
        }
        else {
            List<Object> values = new ArrayList<>(rows.values());
            values.addAll(Arrays.asList(headValues));
            jdbc.sql(INSERT_AND_HEAD_SQL.of(rows.count())).params(values).update();
        }
        entries.clear();
        return rows.head();
    }

    /**
     * Writes the entries on the expected head if it is still the chain's head and free;
     * the new head, or empty when nothing was written.
     */
    private Optional<ChainHead> writeIfHead(TenantId tenant, ChainHead expected, List<Entry> entries) {
        Rows rows = rows(tenant, expected, entries);
        List<Object> values = new ArrayList<>(List.of(tenant.value(), expected.chain(), expected.lastSeq(),
                expected.lastHash(), rows.head().lastSeq(), rows.head().lastHash(), tenant.value(), expected.chain()));
        values.addAll(rows.values());
        int written = jdbc.sql(WRITE_IF_HEAD_SQL.of(rows.count())).params(values).update();
        if (written != rows.count()) {
            return Optional.empty();
        }
        entries.clear();
        return Optional.of(rows.head());
    }

    /**
     * How this instance's transactions wrote: on a head it knew, or (that head having
     * moved on or being held) on another chain.
     */
    long[] knownHeadWrites() {
        return new long[] { writtenOnKnownHead.get(), sentToAnotherChain.get() };
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, ROW));
    }

    /*
     * The three statements for n entries, made once per n: the same String each time, so
     * that neither this class nor the driver's statement cache (which hashes the SQL text
     * on every execution) builds or hashes a new one per transaction.
     */
    private static final SqlByCount INSERT_SQL = new SqlByCount(n -> INSERT + placeholders(n));

    private static final SqlByCount INSERT_AND_HEAD_SQL = new SqlByCount(
            n -> "with written as (" + INSERT + placeholders(n) + " returning 1) " + STORE_HEAD);

    private static final SqlByCount WRITE_IF_HEAD_SQL = new SqlByCount(
            n -> WRITE_IF_HEAD.formatted(COLUMNS, placeholders(n)));

    /**
     * A statement's text for 1 … {@value #PENDING_MAX} rows, each made when first used.
     */
    private static final class SqlByCount {

        private final java.util.function.IntFunction<String> make;

        private final java.util.concurrent.atomic.AtomicReferenceArray<String> made = new java.util.concurrent.atomic.AtomicReferenceArray<>(
                PENDING_MAX + 1);

        SqlByCount(java.util.function.IntFunction<String> make) {
            this.make = make;
        }

        String of(int count) {
            if (count > PENDING_MAX) {
                return make.apply(count);
            }
            String sql = made.get(count);
            if (sql == null) {
                sql = make.apply(count);
                made.set(count, sql);
            }
            return sql;
        }

    }

    /**
     * The chain a transaction appends to. Its entries wait here (up to
     * {@value #PENDING_MAX}) and are written with the chain's new head just before the
     * commit. {@code locked}: the transaction holds the head row (it locked it, or wrote
     * it), so {@code head} is the chain's head; otherwise {@code head} is what the slot
     * knew, checked when written. Unbound while the transaction is suspended (an inner
     * transaction takes a chain of its own). Savepoints are not used here: a rollback to
     * one would undo entries behind the head kept in memory (ADR 0019).
     */
    private final class OpenChain implements TransactionSynchronization {

        private final TenantId tenant;

        private final ChainKey key;

        private Slot slot;

        private ChainHead head;

        private boolean locked;

        private final List<Entry> pending = new ArrayList<>(4);

        private boolean committing;

        OpenChain(TenantId tenant, ChainKey key, Slot slot, ChainHead head, boolean locked) {
            this.tenant = tenant;
            this.key = key;
            this.slot = slot;
            this.head = head;
            this.locked = locked;
        }

        /**
         * Writes what is pending: on the known head if it still is, else on a locked one.
         */
        void write() {
            if (pending.isEmpty()) {
                return;
            }
            if (!locked) {
                Optional<ChainHead> written = writeIfHead(tenant, head, pending);
                if (written.isPresent()) {
                    writtenOnKnownHead.incrementAndGet();
                    head = written.get();
                    locked = true;
                    return;
                }
                sentToAnotherChain.incrementAndGet();
                // the chain moved on elsewhere, or is held: another chain, locked
                slot.release(null);
                slot = null;
                head = firstFreeHead(tenant, ThreadLocalRandom.current().nextInt(CHAINS));
                locked = true;
            }
            head = writeLocked(tenant, head, pending);
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
            write();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
            if (slot != null) {
                // committed: the head this transaction left; otherwise read it again
                slot.release(status == STATUS_COMMITTED && locked ? head : null);
            }
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
                .sql("select last_seq, last_hash from audit_chain where tenant_id = ? and chain = ?"
                        + " for update skip locked")
                .params(tenant.value(), chain)
                .query((rs, n) -> new ChainHead(chain, rs.getLong(1), rs.getString(2), ""))
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
            ChainHead from = last.getOrDefault(c, new ChainHead(c, 0, GENESIS, ""));
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
                : new ChainHead(chain, locked.lastSeq(), locked.lastHash(), String.join(", ", rebuilt));
    }

    private Optional<ChainHead> selectHead(TenantId tenant, int chain) {
        return jdbc.sql("select last_seq, last_hash from audit_chain where tenant_id = ? and chain = ? for update")
            .params(tenant.value(), chain)
            .query((rs, n) -> new ChainHead(chain, rs.getLong(1), rs.getString(2), ""))
            .optional();
    }

    private Map<Integer, ChainHead> heads(TenantId tenant) {
        return jdbc.sql("select chain, last_seq, last_hash from audit_chain where tenant_id = ?")
            .param(tenant.value())
            .query((rs, n) -> new ChainHead(rs.getInt(1), rs.getLong(2), rs.getString(3), ""))
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
            .query((rs, n) -> new ChainHead(rs.getInt(1), rs.getLong(2), rs.getString(3), ""))
            .list()
            .stream()
            .collect(Collectors.toMap(ChainHead::chain, h -> h));
    }

    /** An entry as stored, but not yet placed in a chain. */
    private Entry entry(String actor, String action, String entityType, String entityId, String details) {
        // the hash covers exactly what is stored
        return new Entry(clock.instant().truncatedTo(ChronoUnit.MILLIS), truncate(actor, 60), action, entityType,
                truncate(entityId, 100), details == null ? null : truncate(details, 2000));
    }

    /**
     * The entries placed after {@code head} — after a note that head rows were rebuilt
     * when they were — with tenant-wide numbers and hashes: their column values in the
     * order of {@link #COLUMNS}, and the head they leave.
     */
    private Rows rows(TenantId tenant, ChainHead head, List<Entry> entries) {
        List<Entry> placed = entries;
        if (!head.rebuilt().isEmpty()) {
            // head rows were deleted: appends go on, and the trail says so
            placed = new ArrayList<>(entries.size() + 1);
            placed.add(entry("system", "AUDIT_HEAD_REBUILT", "audit_chain", tenant.value().toString(),
                    "chain heads were missing; rebuilt " + head.rebuilt()));
            placed.addAll(entries);
        }
        long[] seqs = numbers.take(placed.size());
        List<Object> values = new ArrayList<>(placed.size() * 12);
        long chainSeq = head.lastSeq();
        String hash = head.lastHash();
        for (int i = 0; i < placed.size(); i++) {
            Entry e = placed.get(i);
            chainSeq++;
            Position position = new Position(seqs[i], head.chain(), chainSeq);
            String previous = hash;
            hash = hash(previous, tenant.value().toString(), position, e.at(), e.actor(), e.action(), e.entityType(),
                    e.entityId(), e.details());
            values.addAll(Arrays.asList(tenant.value(), seqs[i], head.chain(), chainSeq,
                    OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC), e.actor(), e.action(), e.entityType(),
                    e.entityId(), e.details(), previous, hash));
        }
        return new Rows(values, placed.size(), new ChainHead(head.chain(), chainSeq, hash, ""));
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
     * A chain's head; {@code rebuilt} names the heads just rebuilt from entries, if any.
     */
    private record ChainHead(int chain, long lastSeq, String lastHash, String rebuilt) {
    }

    /**
     * An entry's own content, as stored; its place and hashes come when it is written.
     */
    private record Entry(Instant at, String actor, String action, String entityType, String entityId, String details) {
    }

    /**
     * Entries ready to insert: their column values, how many, and the head they leave.
     */
    private record Rows(List<Object> values, int count, ChainHead head) {
    }

    /** Binds a transaction's chosen chain per tenant. */
    private record ChainKey(TenantId tenant) {
    }

    /**
     * A chain as this instance sees it: taken by at most one of its transactions at a
     * time, and the head its last transaction on the chain committed, when known.
     */
    private static final class Slot {

        private final int chain;

        private final AtomicBoolean taken = new AtomicBoolean();

        private volatile ChainHead known;

        Slot(int chain) {
            this.chain = chain;
        }

        /** Frees the slot, knowing {@code head} (null: not known). */
        void release(ChainHead head) {
            known = head == null ? null : new ChainHead(head.chain(), head.lastSeq(), head.lastHash(), "");
            taken.set(false);
        }

    }

    /**
     * Tenant-wide numbers: this instance draws {@value #SEQ_BLOCK} at a time from
     * {@code audit_entry_seq} (whose increment is that many) and hands them out in order.
     */
    private final class Numbers {

        private long next;

        private int left;

        synchronized long[] take(int count) {
            long[] taken = new long[count];
            for (int i = 0; i < count; i++) {
                if (left == 0) {
                    next = jdbc.sql("select nextval('audit_entry_seq')").query(Long.class).single();
                    left = SEQ_BLOCK;
                }
                taken[i] = next++;
                left--;
            }
            return taken;
        }

    }

}
