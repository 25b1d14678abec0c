package io.recoverydesk.allocation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.allocation.WorkDemands.Demand;
import io.recoverydesk.casework.WorkAssignments.Held;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountStatus;
import io.recoverydesk.portfolio.OpenAccounts.OpenAccount;
import io.recoverydesk.team.Roster.AgentSchedule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationPoolTest {

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static OpenAccount account(int n) {
        return new OpenAccount(id(n), id(1000 + n), "C1", "CARD", "CNY", new BigDecimal("1000"), 30, null, null,
                AccountStatus.ACTIVE, null);
    }

    private static Demand person(String priority) {
        return new Demand(true, Set.of(), null, new BigDecimal(priority), List.of(), "path CALL_FIRST");
    }

    private static final Demand DIGITAL = new Demand(false, Set.of(), null, BigDecimal.TEN, List.of(),
            "automated messages only so far");

    /** One agent with room for {@code capacity} open cases. */
    private static List<AgentSchedule> roster(int capacity) {
        return List.of(new AgentSchedule("a", "A", "T1", Set.of(), Set.of(), capacity, BigDecimal.ONE, false, true,
                List.of()));
    }

    @Test
    void newWorkBeyondTheRoomLeftKeepsTheHighestPrioritiesAndCountsTheRestAsWaiting() {
        Map<UUID, Held> held = Map.of(id(1), new Held("a", false, null));
        AllocationPool pool = new AllocationPool(TENANT, roster(3), held, new BigDecimal("0.1"));
        pool.offer(account(1), person("5"), null);
        pool.offer(account(2), person("10"), null);
        pool.offer(account(3), person("30"), null);
        pool.offer(account(4), person("20"), new BigDecimal("0.5"));
        pool.offer(account(5), person("20"), null);
        pool.offer(account(6), DIGITAL, null);
        pool.finish();

        // capacity 3 less one held: room for two new accounts, the two highest (ties by
        // id)
        assertThat(pool.entries).extracting(PoolEntry::accountId).containsExactlyInAnyOrder(id(1), id(3), id(4));
        assertThat(pool.waiting).isEqualTo(2);
        assertThat(pool.open).isEqualTo(6);
        assertThat(pool.needing).isEqualTo(5);
        assertThat(
                pool.entries.stream().filter(e -> e.accountId().equals(id(4))).findFirst().orElseThrow().propensity())
            .isEqualByComparingTo("0.5");
        assertThat(
                pool.entries.stream().filter(e -> e.accountId().equals(id(3))).findFirst().orElseThrow().propensity())
            .isEqualByComparingTo("0.1");
    }

    @Test
    void pinsStayHeldWorkThatTurnedDigitalOrClosedIsReleased() {
        Map<UUID, Held> held = Map.of(id(1), new Held("a", true, null), id(2), new Held("a", false, null), id(3),
                new Held("a", false, Instant.now()), id(4), new Held("a", true, null));
        AllocationPool pool = new AllocationPool(TENANT, roster(10), held, new BigDecimal("0.1"));
        pool.offer(account(1), DIGITAL, null);
        pool.offer(account(2), DIGITAL, null);
        // 3 and 4 are not open any more
        pool.finish();

        assertThat(pool.entries).extracting(PoolEntry::accountId).containsExactly(id(1));
        assertThat(pool.releases).extracting(AllocationPool.Release::accountId).containsExactlyInAnyOrder(id(2), id(3));
        assertThat(pool.releases).filteredOn(r -> r.accountId().equals(id(3)))
            .extracting(AllocationPool.Release::why)
            .containsExactly("no longer open");
    }

}
