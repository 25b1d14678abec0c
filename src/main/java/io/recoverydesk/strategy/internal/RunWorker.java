package io.recoverydesk.strategy.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.recoverydesk.allocation.Allocations;
import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.casework.CaseworkFacts;
import io.recoverydesk.casework.CaseworkFacts.CaseState;
import io.recoverydesk.compliance.ComplianceFacts;
import io.recoverydesk.compliance.ComplianceFacts.ContactState;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.OpenAccounts;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;
import io.recoverydesk.scoring.PropensityScores;
import io.recoverydesk.strategy.experiments.Arm;
import io.recoverydesk.strategy.experiments.ArmSplit;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentStep;
import io.recoverydesk.strategy.internal.TreatmentPlanner.Decision;
import io.recoverydesk.strategy.internal.TreatmentPlanner.Position;
import io.recoverydesk.strategy.segments.AccountFacts;
import io.recoverydesk.strategy.segments.SegmentTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes a run: streams the open accounts in id order, a chunk per transaction. Each
 * chunk reads the accounts and their casework and compliance state by id range, finds
 * each account's segment, moves it along its path, scores its priority, and writes the
 * account's strategy row, the step's action (unique per run and account), the queue
 * priority, the run's counts and its cursor — all in that one transaction, and only while
 * this node holds the run's lease. A crash loses at most the chunk in flight, which the
 * next holder of the lease does again; two nodes never both advance a run.
 */
@Component
class RunWorker {

    private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

    static final int MAX_FAILURES = 3;

    private final JdbcClient jdbc;

    private final StrategyWriter writer;

    private final TransactionTemplate tx;

    private final OpenAccounts openAccounts;

    private final CaseworkFacts casework;

    private final ComplianceFacts compliance;

    private final PropensityScores propensity;

    private final Experiments experiments;

    private final StrategyVersions versions;

    private final Tenants tenants;

    private final Allocations allocations;

    private final AuditLog audit;

    private final Clock clock;

    private final int chunkSize;

    private final Duration lease;

    private final String node;

    /**
     * Called inside each chunk's transaction after its writes (tests simulate crashes
     * here).
     */
    volatile ChunkHook afterChunkWrites = (run, chunk) -> {
    };

    @Autowired
    RunWorker(JdbcClient jdbc, StrategyWriter writer, TransactionTemplate tx, OpenAccounts openAccounts,
            CaseworkFacts casework, ComplianceFacts compliance, PropensityScores propensity, Experiments experiments,
            StrategyVersions versions, Tenants tenants, Allocations allocations, AuditLog audit, Clock clock,
            @Value("${rd.strategy.chunk-size:2000}") int chunkSize,
            @Value("${rd.strategy.lease:PT1M}") Duration lease) {
        this(jdbc, writer, tx, openAccounts, casework, compliance, propensity, experiments, versions, tenants,
                allocations, audit, clock, chunkSize, lease, ManagementFactory.getRuntimeMXBean().getName());
    }

    RunWorker(JdbcClient jdbc, StrategyWriter writer, TransactionTemplate tx, OpenAccounts openAccounts,
            CaseworkFacts casework, ComplianceFacts compliance, PropensityScores propensity, Experiments experiments,
            StrategyVersions versions, Tenants tenants, Allocations allocations, AuditLog audit, Clock clock,
            int chunkSize, Duration lease, String node) {
        this.allocations = allocations;
        this.jdbc = jdbc;
        this.writer = writer;
        this.tx = tx;
        this.openAccounts = openAccounts;
        this.casework = casework;
        this.compliance = compliance;
        this.propensity = propensity;
        this.experiments = experiments;
        this.versions = versions;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.lease = lease;
        this.node = node;
    }

    /** A hook into each chunk's transaction. */
    @FunctionalInterface
    interface ChunkHook {

        void afterWrites(UUID runId, int chunk);

    }

    /** Signals that another node holds the run now: this node's chunk is rolled back. */
    static final class LeaseLost extends RuntimeException {

        LeaseLost(UUID runId) {
            super("The lease on strategy run " + runId + " passed to another node");
        }

    }

    /**
     * Runs {@code runId} to its end if this node can take its lease; answers false when
     * another node holds it or it has ended.
     */
    boolean execute(TenantId tenant, UUID runId) {
        if (!claim(tenant, runId)) {
            return false;
        }
        int chunk = 0;
        Timings timings = new Timings();
        try {
            while (true) {
                int number = ++chunk;
                Boolean more = tx.execute(status -> processChunk(tenant, runId, number, timings));
                if (!Boolean.TRUE.equals(more)) {
                    log.info("strategy run {}: {} chunks on this node; {}", runId, number - 1, timings);
                    return true;
                }
            }
        }
        catch (LeaseLost ex) {
            log.info("{}", ex.getMessage());
            return false;
        }
        catch (RuntimeException ex) {
            fail(tenant, runId, ex);
            return false;
        }
        finally {
            timings.close();
        }
    }

    private boolean claim(TenantId tenant, UUID runId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update strategy_run set status = 'RUNNING', lease_owner = ?, lease_until = ?,
                                        started_at = coalesce(started_at, ?)
                where tenant_id = ? and id = ? and status in ('QUEUED', 'RUNNING')
                  and (lease_owner is null or lease_until < ? or lease_owner = ?)""")
            .params(node, SqlValues.utc(now.plus(lease)), SqlValues.utc(now), tenant.value(), runId, SqlValues.utc(now),
                    node)
            .update() == 1;
    }

    /** One chunk in the caller's transaction; false when the run has ended. */
    private boolean processChunk(TenantId tenant, UUID runId, int chunkNumber, Timings timings) {
        long started = System.nanoTime();
        RunState run = jdbc.sql("""
                select r.run_date, r.cursor_account, r.lease_owner, r.status, v.definition, v.number
                from strategy_run r join strategy_version v on v.tenant_id = r.tenant_id and v.id = r.version_id
                where r.tenant_id = ? and r.id = ?""")
            .params(tenant.value(), runId)
            .query((rs, n) -> new RunState(SqlValues.date(rs, "run_date"), rs.getObject("cursor_account", UUID.class),
                    rs.getString("lease_owner"), rs.getString("status"), rs.getString("definition"),
                    rs.getInt("number")))
            .single();
        if (!node.equals(run.leaseOwner()) || !"RUNNING".equals(run.status())) {
            throw new LeaseLost(runId);
        }
        if (timings.experiments == null) {
            timings.experiments = experiments.runningBySegment(tenant);
        }
        if (!run.definition().equals(timings.definitionJson)) {
            timings.definitionJson = run.definition();
            timings.definition = versions.parse(run.definition());
            timings.table = new SegmentTable(timings.definition.segments());
        }
        StrategyDefinition definition = timings.definition;
        SegmentTable table = timings.table;
        if (run.cursor() == null && chunkNumber == 1) {
            // a run from its start sees every open account: the allocation takes them in
            // now and needs no second pass (a resumed run's allocation reads them again)
            timings.intake = allocations.intake(tenant, run.runDate());
        }
        Context context = new Context(run.runDate(), run.versionNumber(), definition, table, timings.experiments,
                tenants.get(tenant).zone(), timings.intake != null);
        Chunk chunk = timings.take(run.cursor());
        if (chunk == null) {
            chunk = prepare(tenant, runId, run.cursor(), context);
        }
        List<OpenAccount> accounts = chunk.accounts();
        if (accounts.isEmpty()) {
            // the allocation belongs to this run and happens once, in this transaction: a
            // crash here rolls it back with the run's end, and the next holder does both
            if (timings.intake != null) {
                allocations.allocate(tenant, "system", runId, run.runDate(), timings.intake);
            }
            else {
                allocations.allocate(tenant, "system", runId, run.runDate());
            }
            afterChunkWrites.afterWrites(runId, chunkNumber);
            finish(tenant, runId, run, clock.instant());
            return false;
        }
        long decided = System.nanoTime();
        timings.waited += decided - started;
        timings.read += chunk.readNanos();
        timings.decide += chunk.decideNanos();
        UUID last = accounts.get(accounts.size() - 1).id();
        // the next chunk is read and decided on another thread while this one is written
        // (another connection, committed data: the next id range is disjoint from this
        // one, and deciding writes nothing)
        timings.prefetch(last, () -> prepare(tenant, runId, last, context));
        if (timings.intake != null) {
            for (Offer offer : chunk.offers()) {
                timings.intake.offer(offer.account(), offer.demand(), offer.propensity());
            }
        }
        writer.write(chunk.strategies(), chunk.positioned(), chunk.actions());
        writer.writeMembers(chunk.members());
        casework.reprioritise(tenant, chunk.queue());
        addCounts(tenant, runId, "SEGMENT", chunk.segmentCounts());
        addCounts(tenant, runId, "ACTION", chunk.actionCounts());
        afterChunkWrites.afterWrites(runId, chunkNumber);
        int advanced = jdbc.sql("""
                update strategy_run set cursor_account = ?, accounts_processed = accounts_processed + ?,
                                        lease_until = ?
                where tenant_id = ? and id = ? and lease_owner = ? and status = 'RUNNING'""")
            .params(last, accounts.size(), SqlValues.utc(clock.instant().plus(lease)), tenant.value(), runId, node)
            .update();
        if (advanced != 1) {
            throw new LeaseLost(runId);
        }
        timings.write += System.nanoTime() - decided;
        return true;
    }

    /**
     * Where a run's time went on this node (reading accounts, other facts, deciding,
     * writing), and the run's parsed definition, kept between chunks.
     */
    static final class Timings {

        String definitionJson;

        Map<String, Experiments.Experiment> experiments;

        StrategyDefinition definition;

        SegmentTable table;

        /**
         * Takes in every account for the allocation, when this node ran the run from its
         * start.
         */
        Allocations.Intake intake;

        private final java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "strategy-run-read");
                thread.setDaemon(true);
                return thread;
            });

        private UUID nextAfter;

        private java.util.concurrent.Future<Chunk> next;

        void prefetch(UUID after, java.util.concurrent.Callable<Chunk> read) {
            nextAfter = after;
            next = reader.submit(read);
        }

        /**
         * The chunk prepared ahead for this cursor, or null (none, another cursor, or
         * preparing it failed).
         */
        Chunk take(UUID cursor) {
            java.util.concurrent.Future<Chunk> pending = next;
            next = null;
            if (pending == null || cursor == null || !cursor.equals(nextAfter)) {
                if (pending != null) {
                    pending.cancel(true);
                }
                return null;
            }
            try {
                return pending.get();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return null;
            }
            catch (java.util.concurrent.ExecutionException ex) {
                return null;
            }
        }

        void close() {
            reader.shutdownNow();
        }

        /** The main thread waiting for a chunk to be read and decided. */
        long waited;

        /** Reading chunks (accounts and their facts), on whichever thread did it. */
        long read;

        /** Deciding chunks, on whichever thread did it. */
        long decide;

        /** Writing chunks and advancing the cursor, on the main thread. */
        long write;

        @Override
        public String toString() {
            return "waiting for the next chunk " + waited / 1_000_000 + " ms; reading " + read / 1_000_000
                    + " ms and deciding " + decide / 1_000_000 + " ms ahead of the writes; writing " + write / 1_000_000
                    + " ms";
        }

    }

    /** A chunk's accounts after a cursor and everything the run reads about them. */
    record Slice(List<OpenAccount> accounts, Map<UUID, CaseState> cases, Map<UUID, ContactState> contacts,
            Map<UUID, PropensityScores.Score> scores, Map<UUID, Position> positions) {
    }

    /**
     * What the run knows for the whole run: the day, the version and its parsed
     * definition, running experiments, the tenant's zone, and whether the allocation
     * takes accounts in from this node's chunks.
     */
    private record Context(LocalDate runDate, int versionNumber, StrategyDefinition definition, SegmentTable table,
            Map<String, Experiments.Experiment> experiments, ZoneId zone, boolean intake) {
    }

    /** An account for the allocation's intake: what it needs, its propensity. */
    private record Offer(OpenAccount account, io.recoverydesk.allocation.WorkDemands.Demand demand,
            java.math.BigDecimal propensity) {
    }

    /**
     * A chunk read and decided, ready to be written: its accounts, the strategy rows
     * ({@code positioned}: accounts that had one), actions, experiment members, queue
     * priorities, counts and intake offers.
     */
    record Chunk(List<OpenAccount> accounts, java.util.Set<UUID> positioned, List<Object[]> strategies,
            List<Object[]> actions, List<Object[]> members, List<CaseworkFacts.QueuePriority> queue,
            Map<String, Long> segmentCounts, Map<String, Long> actionCounts, List<Offer> offers, long readNanos,
            long decideNanos) {
    }

    /** Reads the chunk after {@code after} and decides every account in it. */
    private Chunk prepare(TenantId tenant, UUID runId, UUID after, Context context) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        // one value for every row of the chunk (the binary copy converts it once)
        java.time.OffsetDateTime at = SqlValues.utc(now);
        Slice slice = read(tenant, after, context.runDate(), now);
        long read = System.nanoTime();
        Map<UUID, CaseState> cases = slice.cases();
        Map<UUID, ContactState> contacts = slice.contacts();
        Map<UUID, PropensityScores.Score> scores = slice.scores();
        Map<UUID, Position> positions = slice.positions();
        StrategyDefinition definition = context.definition();
        Map<String, Long> segmentCounts = new TreeMap<>();
        Map<String, Long> actionCounts = new TreeMap<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        List<CaseworkFacts.QueuePriority> queue = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        for (OpenAccount account : slice.accounts()) {
            CaseState caseState = cases.getOrDefault(account.id(), CaseState.NONE);
            PropensityScores.Score score = scores.get(account.id());
            java.math.BigDecimal propensity = score == null ? null : score.probability();
            AccountFacts facts = FactsOf.of(account, caseState, contacts.get(account.id()), score, context.zone(),
                    context.runDate());
            String hold = facts.hold();
            Integer daysSinceContact = facts.daysSinceContact();
            int index = firstMatch(context.table(), facts);
            if (index < 0) {
                segmentCounts.merge("UNMATCHED", 1L, Long::sum);
                if (context.intake()) {
                    offers.add(new Offer(account, null, propensity));
                }
                continue;
            }
            var rule = context.table().rules().get(index);
            segmentCounts.merge(rule.code(), 1L, Long::sum);
            TreatmentPath path = definition.path(rule.pathCode()).orElseThrow();
            Experiments.Experiment experiment = context.experiments().get(rule.code());
            if (experiment != null) {
                Arm arm = ArmSplit.arm(experiment.id(), account.id(), experiment.share());
                members.add(new Object[] { tenant.value(), experiment.id(), account.id(), arm.name(), account.balance(),
                        at });
                if (arm == Arm.CHALLENGER) {
                    path = definition.path(experiment.challengerPath()).orElse(path);
                }
            }
            ContactState contact = contacts.get(account.id());
            Decision decision = TreatmentPlanner.plan(positions.get(account.id()), path, caseState.arrangement(), hold,
                    contact == null ? null : contact.lastOutcome(), contact == null || contact.lastContactAt() == null
                            ? null : LocalDate.ofInstant(contact.lastContactAt(), context.zone()),
                    context.runDate());
            PriorityScorer.Priority priority = PriorityScorer.score(account.balance(), facts.scoreBand(), propensity,
                    account.dpd(), caseState.dueNow(), daysSinceContact, caseState.arrangement(), hold);
            Position p = decision.position();
            // the parts in words, once: for the strategy row, the queue and the
            // allocation
            List<String> reasons = priority.reasons();
            updates.add(new Object[] { rule.code(), index, p.pathCode(), p.enteredOn(), p.stepIndex(), p.lastStepOn(),
                    decision.stage().name(), decision.pausedBy() == null ? null : decision.pausedBy().name(),
                    priority.score(), String.join("; ", reasons), runId, context.versionNumber(), at, tenant.value(),
                    account.id() });
            if (decision.step().isPresent()) {
                TreatmentStep step = decision.step().get();
                actionCounts.merge(step.channel().name(), 1L, Long::sum);
                actions.add(new Object[] { tenant.value(), Ids.newId(), runId, account.id(), p.pathCode(),
                        p.stepIndex(), step.stage().name(), step.channel().name(), step.template(),
                        step.channel().initialStatus(), at, at, at });
            }
            if (caseState.agent() != null) {
                queue.add(new CaseworkFacts.QueuePriority(account.id(), priority.score(), reasons));
            }
            if (context.intake()) {
                offers.add(new Offer(account,
                        StrategyWorkDemands.demand(path, p.pathCode(), p.stepIndex(), decision.stage().name(),
                                decision.pausedBy() == null ? null : decision.pausedBy().name(), priority.score(),
                                reasons),
                        propensity));
            }
        }
        return new Chunk(slice.accounts(), positions.keySet(), updates, actions, members, queue, segmentCounts,
                actionCounts, offers, read - started, System.nanoTime() - read);
    }

    private Slice read(TenantId tenant, UUID after, LocalDate runDate, Instant now) {
        List<OpenAccount> accounts = openAccounts.page(tenant, after, chunkSize, runDate);
        if (accounts.isEmpty()) {
            return new Slice(accounts, Map.of(), Map.of(), Map.of(), Map.of());
        }
        UUID first = accounts.get(0).id();
        UUID last = accounts.get(accounts.size() - 1).id();
        return new Slice(accounts, casework.between(tenant, first, last, now), compliance.between(tenant, first, last),
                propensity.between(tenant, first, last), positions(tenant, first, last));
    }

    /** The first row that matches, without the explanation a person would read. */
    private static int firstMatch(SegmentTable table, AccountFacts facts) {
        List<io.recoverydesk.strategy.segments.SegmentRule> rules = table.rules();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).matches(facts)) {
                return i;
            }
        }
        return -1;
    }

    private record RunState(LocalDate runDate, UUID cursor, String leaseOwner, String status, String definition,
            int versionNumber) {
    }

    private Map<UUID, Position> positions(TenantId tenant, UUID first, UUID last) {
        Map<UUID, Position> positions = new HashMap<>();
        jdbc.sql("""
                select account_id, path_code, entered_on, step_index, last_step_on from account_strategy
                where tenant_id = ? and account_id between ? and ?""")
            .params(tenant.value(), first, last)
            .query((rs, n) -> positions.put(rs.getObject(1, UUID.class),
                    new Position(rs.getString(2), SqlValues.date(rs, "entered_on"), rs.getInt(4),
                            SqlValues.date(rs, "last_step_on"))))
            .list();
        return positions;
    }

    private void addCounts(TenantId tenant, UUID runId, String kind, Map<String, Long> counts) {
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            int updated = jdbc
                .sql("update strategy_run_count set count_value = count_value + ?"
                        + " where tenant_id = ? and run_id = ? and kind = ? and count_key = ?")
                .params(count.getValue(), tenant.value(), runId, kind, count.getKey())
                .update();
            if (updated == 0) {
                jdbc.sql("insert into strategy_run_count (tenant_id, run_id, kind, count_key, count_value)"
                        + " values (?, ?, ?, ?, ?)")
                    .params(tenant.value(), runId, kind, count.getKey(), count.getValue())
                    .update();
            }
        }
    }

    private void finish(TenantId tenant, UUID runId, RunState run, Instant now) {
        // accounts that closed since an earlier run keep their last strategy row, marked
        // as left
        jdbc.sql("update account_strategy set paused_by = 'CLOSED', updated_at = ?"
                + " where tenant_id = ? and run_id <> ? and (paused_by is null or paused_by <> 'CLOSED')")
            .params(SqlValues.utc(now), tenant.value(), runId)
            .update();
        jdbc.sql("update strategy_run set status = 'COMPLETED', finished_at = ?, lease_owner = null,"
                + " lease_until = null where tenant_id = ? and id = ?")
            .params(SqlValues.utc(now), tenant.value(), runId)
            .update();
        jdbc.sql("delete from strategy_run_slot where tenant_id = ? and run_id = ?")
            .params(tenant.value(), runId)
            .update();
        audit.record(tenant, "system", "STRATEGY_RUN_COMPLETED", "strategy_run", runId.toString(),
                "version " + run.versionNumber() + " for " + run.runDate());
    }

    /**
     * A chunk failed: the lease is given up so that the run is tried again (by any node);
     * after {@value #MAX_FAILURES} failures the run ends as FAILED and frees the slot.
     */
    private void fail(TenantId tenant, UUID runId, RuntimeException ex) {
        log.warn("strategy run {} failed a chunk", runId, ex);
        String error = String.valueOf(ex.getMessage());
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    update strategy_run set failures = failures + 1, error = ?, lease_owner = null, lease_until = null,
                           status = case when failures + 1 >= ? then 'FAILED' else status end,
                           finished_at = case when failures + 1 >= ? then ? else finished_at end
                    where tenant_id = ? and id = ? and lease_owner = ?""")
                .params(error.length() > 2000 ? error.substring(0, 2000) : error, MAX_FAILURES, MAX_FAILURES,
                        SqlValues.utc(clock.instant()), tenant.value(), runId, node)
                .update();
            jdbc.sql("delete from strategy_run_slot where tenant_id = ? and run_id = ? and exists"
                    + " (select 1 from strategy_run r where r.tenant_id = ? and r.id = ? and r.status = 'FAILED')")
                .params(tenant.value(), runId, tenant.value(), runId)
                .update();
        });
    }

}
