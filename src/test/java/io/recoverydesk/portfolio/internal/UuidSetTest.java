package io.recoverydesk.portfolio.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/** The compact UUID set answers like a {@link HashSet}, through every growth. */
class UuidSetTest {

    @Property(tries = 50)
    void behavesLikeAHashSet(@ForAll @Size(max = 3000) List<@IntRange(min = 0, max = 2000) Integer> picks,
            @ForAll long seed) {
        UuidSet set = new UuidSet();
        Set<UUID> reference = new HashSet<>();
        for (int pick : picks) {
            // few distinct keys, so that repeats are common; high bits vary too
            UUID key = new UUID(seed ^ ((long) pick << 40), pick * 31L);
            assertThat(set.add(key)).isEqualTo(reference.add(key));
        }
        assertThat(set.size()).isEqualTo(reference.size());
    }

}
