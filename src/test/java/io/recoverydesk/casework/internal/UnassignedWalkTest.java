package io.recoverydesk.casework.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import io.recoverydesk.portfolio.AccountDirectory.Ranked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnassignedWalkTest {

    private final List<Ranked> selection = new ArrayList<>();

    private final Set<UUID> assigned = new HashSet<>();

    private final List<Integer> asked = new ArrayList<>();

    private final UnassignedWalk.Pages pages = (offset, size) -> {
        this.asked.add(size);
        return this.selection.subList(Math.min(offset, this.selection.size()),
                Math.min(offset + size, this.selection.size()));
    };

    private List<UUID> free(int wanted, int maxScan) {
        return UnassignedWalk.free(wanted, 2, maxScan, this.pages, ids -> {
            Set<UUID> busy = new HashSet<>(ids);
            busy.retainAll(this.assigned);
            return busy;
        });
    }

    private List<UUID> accounts(int n, String status) {
        List<UUID> ids = IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
        ids.forEach(id -> this.selection.add(new Ranked(id, status)));
        return ids;
    }

    @Test
    void oneShortPageIsTheWholeSelection() {
        List<UUID> ids = accounts(1, "ACTIVE");
        assertThat(free(5, 100)).isEqualTo(ids);
        assertThat(this.asked).containsExactly(2);
    }

    @Test
    void pagesGrowUntilEnoughAreFreeAndKeepTheirOrder() {
        List<UUID> taken = accounts(9, "ACTIVE");
        this.assigned.addAll(taken);
        List<UUID> open = accounts(40, "NEW");
        // pages of 2, 8, 32: 42 read, the first 33 of the free ones among them
        assertThat(free(3, 100)).isEqualTo(open.subList(0, 33));
        assertThat(this.asked).containsExactly(2, 8, 32);
    }

    @Test
    void closedAndAssignedAccountsAreNeverFree() {
        List<UUID> first = accounts(1, "PAID");
        List<UUID> second = accounts(1, "ACTIVE");
        List<UUID> third = accounts(1, "SETTLED");
        List<UUID> fourth = accounts(1, "PROMISED");
        this.assigned.addAll(second);
        assertThat(free(10, 100)).containsExactly(fourth.get(0)).doesNotContain(first.get(0), third.get(0));
    }

    @Test
    void theWalkStopsAtItsWidestLook() {
        this.assigned.addAll(accounts(20, "ACTIVE"));
        accounts(5, "ACTIVE");
        assertThat(free(1, 13)).isEmpty();
        assertThat(this.asked).containsExactly(2, 8, 3);
    }

    @Test
    void aSelectionOfNothingAsksOnce() {
        assertThat(free(1, 100)).isEmpty();
        assertThat(this.asked).containsExactly(2);
    }

}
