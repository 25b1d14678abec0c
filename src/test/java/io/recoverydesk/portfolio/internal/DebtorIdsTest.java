package io.recoverydesk.portfolio.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each key keeps the id it was first given, through every growth, and the ids ascend in
 * the order the keys were first met.
 */
class DebtorIdsTest {

    @Property(tries = 50)
    void aKeyKeepsItsIdAndNewKeysGetAscendingIds(
            @ForAll @Size(max = 3000) List<@IntRange(min = 0, max = 2000) Integer> picks, @ForAll long seed) {
        DebtorIds ids = new DebtorIds();
        Map<UUID, UUID> reference = new LinkedHashMap<>();
        for (int pick : picks) {
            // few distinct keys, so that repeats are common; high bits vary too
            UUID key = new UUID(seed ^ ((long) pick << 40), pick * 31L);
            DebtorIds.Assigned assigned = ids.assign(key);
            assertThat(assigned.first()).isEqualTo(!reference.containsKey(key));
            assertThat(reference.computeIfAbsent(key, k -> assigned.id())).isEqualTo(assigned.id());
        }
        assertThat(ids.size()).isEqualTo(reference.size());
        List<UUID> inOrder = new ArrayList<>(reference.values());
        for (int i = 1; i < inOrder.size(); i++) {
            // PostgreSQL orders uuids by their bytes: unsigned, most significant first
            assertThat(unsignedBytesCompare(inOrder.get(i - 1), inOrder.get(i))).isNegative();
        }
    }

    @Test
    void idsOfTwoImportsDiffer() {
        UUID key = new UUID(1, 2);
        assertThat(new DebtorIds().assign(key).id()).isNotEqualTo(new DebtorIds().assign(key).id());
    }

    private static int unsignedBytesCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

}
