package io.recoverydesk.allocation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.allocation.Allocations;
import io.recoverydesk.allocation.WorkDemands;
import io.recoverydesk.allocation.engine.AccountToAllocate;
import io.recoverydesk.allocation.engine.AgentCapacity;
import io.recoverydesk.allocation.engine.AllocationPlan;
import io.recoverydesk.allocation.engine.AllocationPolicy;
import io.recoverydesk.allocation.engine.Allocator;
import io.recoverydesk.allocation.engine.Assignment;
import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.casework.WorkAssignments;
import io.recoverydesk.casework.WorkAssignments.Applied;
import io.recoverydesk.casework.WorkAssignments.Held;
import io.recoverydesk.casework.WorkAssignments.Placement;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.OpenAccounts;
import io.recoverydesk.scoring.PropensityScores;
import io.recoverydesk.team.Roster;
import io.recoverydesk.team.Roster.AgentSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One allocation run, in one transaction: lock the tenant's policy row, read the roster,
 * today's queues and the pool of accounts that need a person, let the engine place them,
 * write the plan into the queues and keep the report. A crash rolls all of it back; a run
 * for a strategy run that already has its allocation changes nothing.
 */
@Service
class AllocationService implements Allocations {

    private static final Logger log = LoggerFactory.getLogger(AllocationService.class);

    /** The days the roster's hours are taken over: the week ahead. */
    static final int PERIOD_DAYS = 7;

    private final LineTexts lineTexts;

    private final AllocationPolicies policies;

    private final AllocationStore store;

    private final Roster roster;

    private final WorkAssignments work;

    private final OpenAccounts accounts;

    private final PropensityScores scores;

    private final ObjectProvider<WorkDemands> demands;

    private final AuditLog audit;

    private final Clock clock;

    AllocationService(AllocationPolicies policies, AllocationStore store, Roster roster, WorkAssignments work,
            OpenAccounts accounts, PropensityScores scores, ObjectProvider<WorkDemands> demands, AuditLog audit,
            Clock clock, LineTexts lineTexts) {
        this.lineTexts = lineTexts;
        this.policies = policies;
        this.store = store;
        this.roster = roster;
        this.work = work;
        this.accounts = accounts;
        this.scores = scores;
        this.demands = demands;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Summary allocate(TenantId tenant, String actor, UUID strategyRunId, LocalDate day) {
        return allocate(tenant, actor, strategyRunId, day, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Intake intake(TenantId tenant, LocalDate day) {
        return newPool(tenant, day, policies.of(tenant));
    }

    @Override
    @Transactional
    public Summary allocate(TenantId tenant, String actor, UUID strategyRunId, LocalDate day, Intake intake) {
        AllocationPolicies.Policy policy = policies.lock(tenant);
        if (strategyRunId != null) {
            Optional<Summary> done = store.forStrategyRun(tenant, strategyRunId);
            if (done.isPresent()) {
                return done.get();
            }
        }
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        AllocationPool pool;
        if (intake instanceof AllocationPool given && given.tenant.equals(tenant)) {
            pool = given.finish();
        }
        else {
            pool = newPool(tenant, day, policy).stream(day, accounts, demands.getIfAvailable(), scores);
        }
        long t1 = System.nanoTime();
        List<AgentSchedule> agents = pool.roster;
        List<AgentCapacity> desks = AgentDesks.of(agents,
                work.scopes(tenant, agents.stream().map(AgentSchedule::username).toList()), pool.products,
                pool.creditors);
        Set<String> staffed = AgentDesks.staffedTeams(agents);
        List<AccountToAllocate> toPlace = new ArrayList<>(pool.entries.size());
        Map<UUID, PoolEntry> byId = new HashMap<>();
        for (PoolEntry entry : pool.entries) {
            byId.put(entry.accountId(), entry);
            toPlace.add(new AccountToAllocate(entry.accountId(), entry.debtorId(), entry.product(), entry.balance(),
                    entry.propensity(), requiredSkills(entry, staffed), entry.held(),
                    entry.pinned() ? entry.held() : null));
        }
        AllocationPlan plan = new Allocator(new AllocationPolicy(policy.fairnessBand(), policy.keepContinuity()))
            .allocate(toPlace, desks);
        long t2 = System.nanoTime();
        List<Placement> placements = new ArrayList<>(plan.assignments().size());
        for (Assignment assignment : plan.assignments()) {
            PoolEntry entry = byId.get(assignment.accountId());
            placements.add(new Placement(assignment.accountId(), assignment.agent(), entry.demand().priority(),
                    entry.demand().reasons()));
        }
        Applied applied = work.apply(tenant, actor, placements, clock.instant());
        UUID runId = Ids.newId();
        Summary summary = new Summary(runId, plan.assignments().size(), applied.added(), applied.moved(),
                applied.kept(), applied.released(), plan.unassigned().size(), pool.waiting);
        store.save(new AllocationStore.RunRecord(tenant, runId, strategyRunId, day, actor, started, clock.instant(),
                policy, pool, plan, applied, agents, pool.capacity), byId);
        long t3 = System.nanoTime();
        audit.record(tenant, actor, "ALLOCATION_RUN", "allocation_run", runId.toString(),
                "placed=" + summary.placed() + " added=" + summary.added() + " moved=" + summary.moved() + " released="
                        + summary.released() + " unassigned=" + summary.unassigned() + " waiting=" + summary.waiting()
                        + (strategyRunId == null ? "" : " strategyRun=" + strategyRunId));
        log.info(
                "allocation {}: {} open, {} need a person, {} considered, {} placed; pool {} ms ({}), engine {} ms,"
                        + " write {} ms",
                runId, pool.open, pool.needing, pool.entries.size(), summary.placed(), (t1 - t0) / 1_000_000,
                intake instanceof AllocationPool ? "taken in during the run" : "streamed", (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000);
        return summary;
    }

    /** A pool with the roster for the week from {@code day} and today's queues. */
    private AllocationPool newPool(TenantId tenant, LocalDate day, AllocationPolicies.Policy policy) {
        List<AgentSchedule> agents = roster.schedules(tenant, day, day.plusDays(PERIOD_DAYS - 1));
        Map<UUID, Held> held = work.all(tenant);
        return new AllocationPool(tenant, agents, held, policy.unscoredPropensity());
    }

    /** The reason given when the account's agent changed after the last run placed it. */
    static final String CHANGED_SINCE = "CHANGED_SINCE_RUN";

    @Override
    public Optional<Explanation> explain(TenantId tenant, UUID accountId) {
        String holder = work.holder(tenant, accountId).orElse(null);
        return store.explain(tenant, accountId)
            .map(e -> java.util.Objects.equals(e.agent(), holder)
                    ? new Explanation(e.agent(), e.reason(), lineTexts.of(e.detail()), e.runDate())
                    // the queues changed since the run (a lead's assignment, an agent's
                    // access): who works the account now, not the run's word
                    : new Explanation(holder, CHANGED_SINCE, null, e.runDate()));
    }

    /**
     * The demand's skills, the creditor, the debtor's language when the placement named
     * one, and the path's team while that team has an agent able to take work.
     */
    private static Set<String> requiredSkills(PoolEntry entry, Set<String> staffed) {
        Set<String> skills = new HashSet<>();
        entry.demand().skills().forEach(s -> skills.add(AgentDesks.skill(s)));
        skills.add(AgentDesks.creditorSkill(entry.creditor()));
        if (entry.language() != null && !entry.language().isBlank()) {
            skills.add(AgentDesks.skill(entry.language()));
        }
        String team = entry.demand().team();
        if (team != null && staffed.contains(team.toUpperCase(Locale.ROOT))) {
            skills.add(AgentDesks.teamSkill(team));
        }
        return skills;
    }

}
