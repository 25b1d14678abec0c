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

import io.recoverydesk.allocation.WorkDemands;
import io.recoverydesk.allocation.WorkDemands.Demand;
import io.recoverydesk.casework.WorkAssignments.Held;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.OpenAccounts;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;
import io.recoverydesk.scoring.PropensityScores;

/**
 * Streams the tenant's open accounts in id order, a page at a time, and keeps those the
 * run places: every account a person pinned, every account an agent holds that still
 * needs a person, and of the others that need a person the {@code room} (the team's
 * capacity less what agents hold) with the highest priority, in a bounded heap so that
 * memory follows the team's capacity, not the portfolio. Assignments of accounts that no
 * longer need a person are noted for release.
 */
final class AllocationPool {

    static final int PAGE = 5000;

    /** The default demand of an account the strategy has not placed yet. */
    static final Demand UNPLACED = new Demand(true, Set.of(), null, BigDecimal.ZERO, List.of(),
            "not yet placed by a strategy run");

    private static final Comparator<PoolEntry> LOWEST_PRIORITY_FIRST = Comparator
        .comparing((PoolEntry e) -> e.demand().priority())
        .thenComparing(PoolEntry::accountId, Comparator.reverseOrder());

    /** A held assignment the run releases, with why. */
    record Release(UUID accountId, String agent, String why) {
    }

    final List<PoolEntry> entries = new ArrayList<>();

    final List<Release> releases = new ArrayList<>();

    final Set<String> products = new TreeSet<>();

    final Set<String> creditors = new TreeSet<>();

    long open;

    long needing;

    long waiting;

    private AllocationPool() {
    }

    static AllocationPool build(TenantId tenant, LocalDate day, OpenAccounts accounts, WorkDemands demands,
            PropensityScores scores, Map<UUID, Held> held, BigDecimal unscored, int room) {
        AllocationPool pool = new AllocationPool();
        PriorityQueue<PoolEntry> fresh = new PriorityQueue<>(LOWEST_PRIORITY_FIRST);
        Set<UUID> seen = new HashSet<>();
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
                pool.open++;
                seen.add(account.id());
                Demand demand = wanted.getOrDefault(account.id(), UNPLACED);
                Held holder = held.get(account.id());
                PropensityScores.Score score = scored.get(account.id());
                PoolEntry entry = new PoolEntry(account.id(), account.debtorId(), account.creditorCode(),
                        productOf(account), account.balance().max(BigDecimal.ZERO),
                        (score == null) ? unscored : score.probability(), demand,
                        (holder == null) ? null : holder.agent(), holder != null && holder.pinned(),
                        account.language());
                if (demand.person()) {
                    pool.needing++;
                }
                if (entry.pinned() || (holder != null && demand.person())) {
                    pool.add(entry);
                }
                else if (holder != null) {
                    pool.releases.add(new Release(account.id(), holder.agent(), demand.why()));
                }
                else if (demand.person() && room > 0) {
                    fresh.add(entry);
                    if (fresh.size() > room) {
                        fresh.poll();
                        pool.waiting++;
                    }
                }
                else if (demand.person()) {
                    pool.waiting++;
                }
            }
        }
        fresh.forEach(pool::add);
        held.forEach((id, holder) -> {
            if (!seen.contains(id) && !holder.pinned()) {
                pool.releases.add(new Release(id, holder.agent(), "no longer open"));
            }
        });
        return pool;
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
