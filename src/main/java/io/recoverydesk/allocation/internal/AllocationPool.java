package io.recoverydesk.allocation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.recoverydesk.allocation.Allocations;
import io.recoverydesk.allocation.WorkDemands;
import io.recoverydesk.allocation.WorkDemands.Demand;
import io.recoverydesk.casework.WorkAssignments.Held;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.OpenAccounts;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;
import io.recoverydesk.scoring.PropensityScores;
import io.recoverydesk.team.Roster.AgentSchedule;

/**
 * The accounts a run places, taken in one open account at a time (from the strategy run's
 * own pass, or by streaming the open accounts in id order, a page at a time): every
 * account a person pinned, every account an agent holds that still needs a person, and of
 * the others that need a person the {@code room} (the team's capacity less what agents
 * hold) with the highest priority, in a bounded heap so that memory follows the team's
 * capacity, not the portfolio. Assignments of accounts that no longer need a person, or
 * are no longer open, are noted for release.
 */
final class AllocationPool implements Allocations.Intake {

    static final int PAGE = 5000;

    /** The default demand of an account the strategy has not placed yet. */
    static final Demand UNPLACED = new Demand(true, Set.of(), null, BigDecimal.ZERO, List.of(),
            "not yet placed by a strategy run");

    /**
     * Lowest priority first, then the larger id (the heap's head is what a full pool
     * gives up first); written out, as it runs for every account a run offers.
     */
    private static final Comparator<PoolEntry> LOWEST_PRIORITY_FIRST = (a, b) -> {
        int byPriority = a.demand().priority().compareTo(b.demand().priority());
        return (byPriority != 0) ? byPriority : b.accountId().compareTo(a.accountId());
    };

    /** A held assignment the run releases, with why. */
    record Release(UUID accountId, String agent, String why) {
    }

    final TenantId tenant;

    final List<AgentSchedule> roster;

    final int capacity;

    final List<PoolEntry> entries = new ArrayList<>();

    final List<Release> releases = new ArrayList<>();

    final Set<String> products = new TreeSet<>();

    final Set<String> creditors = new TreeSet<>();

    long open;

    long needing;

    long waiting;

    private final Map<UUID, Held> held;

    private final BigDecimal unscored;

    private final int room;

    private final PriorityQueue<PoolEntry> fresh = new PriorityQueue<>(LOWEST_PRIORITY_FIRST);

    private final Set<UUID> heldSeen = new HashSet<>();

    private boolean finished;

    AllocationPool(TenantId tenant, List<AgentSchedule> roster, Map<UUID, Held> held, BigDecimal unscored) {
        this.tenant = tenant;
        this.roster = roster;
        this.capacity = roster.stream().mapToInt(AgentDesks::capacity).sum();
        this.held = held;
        this.unscored = unscored;
        // the accounts agents hold today come first (continuity); new work fills the rest
        this.room = Math.max(0, capacity - held.size());
    }

    /** Streams every open account of the tenant into the pool and finishes it. */
    AllocationPool stream(LocalDate day, OpenAccounts accounts, WorkDemands demands, PropensityScores scores) {
        UUID after = null;
        while (true) {
            List<OpenAccount> page = accounts.page(tenant, after, PAGE, day);
            if (page.isEmpty()) {
                break;
            }
            UUID first = page.get(0).id();
            after = page.get(page.size() - 1).id();
            Map<UUID, Demand> wanted = (demands == null) ? Map.of() : demands.between(tenant, first, after);
            Map<UUID, PropensityScores.Score> scored = scores.between(tenant, first, after);
            for (OpenAccount account : page) {
                PropensityScores.Score score = scored.get(account.id());
                offer(account, wanted.get(account.id()), (score == null) ? null : score.probability());
            }
        }
        return finish();
    }

    @Override
    public void offer(OpenAccount account, Demand wanted, BigDecimal propensity) {
        if (finished) {
            throw new IllegalStateException("the pool is finished");
        }
        open++;
        Demand demand = (wanted == null) ? UNPLACED : wanted;
        Held holder = held.get(account.id());
        if (holder != null) {
            heldSeen.add(account.id());
        }
        if (demand.person()) {
            needing++;
        }
        if (holder == null && !demand.person()) {
            return;
        }
        if (holder == null && (room == 0 || (fresh.size() >= room && !outranks(demand, account.id(), fresh.peek())))) {
            waiting++;
            return;
        }
        PoolEntry entry = new PoolEntry(account.id(), account.debtorId(), account.creditorCode(), productOf(account),
                account.balance().max(BigDecimal.ZERO), (propensity == null) ? unscored : propensity, demand,
                (holder == null) ? null : holder.agent(), holder != null && holder.pinned(), account.language());
        if (entry.pinned() || (holder != null && demand.person())) {
            add(entry);
        }
        else if (holder != null) {
            releases.add(new Release(account.id(), holder.agent(), demand.why()));
        }
        else {
            fresh.add(entry);
            if (fresh.size() > room) {
                fresh.poll();
                waiting++;
            }
        }
    }

    /** Whether new work would take the place of the lowest entry of the full heap. */
    private static boolean outranks(Demand demand, UUID id, PoolEntry lowest) {
        int byPriority = demand.priority().compareTo(lowest.demand().priority());
        return byPriority > 0 || (byPriority == 0 && id.compareTo(lowest.accountId()) < 0);
    }

    /**
     * Ends the intake: the kept new work joins, held accounts never offered are released.
     */
    AllocationPool finish() {
        if (!finished) {
            finished = true;
            fresh.forEach(this::add);
            fresh.clear();
            held.forEach((id, holder) -> {
                if (!heldSeen.contains(id) && !holder.pinned()) {
                    releases.add(new Release(id, holder.agent(), "no longer open"));
                }
            });
        }
        return this;
    }

    /**
     * The account's product, or {@link AgentDesks#NO_PRODUCT} (which every agent holds)
     * when the placement file gave none.
     */
    private static String productOf(OpenAccount account) {
        return (account.product() == null || account.product().isBlank()) ? AgentDesks.NO_PRODUCT : account.product();
    }

    private void add(PoolEntry entry) {
        entries.add(entry);
        products.add(entry.product());
        creditors.add(entry.creditor());
    }

}
