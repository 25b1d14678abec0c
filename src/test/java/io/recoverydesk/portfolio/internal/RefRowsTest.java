package io.recoverydesk.portfolio.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The compact ref table answers like a {@link HashMap}, through every growth. */
class RefRowsTest {

    @Property(tries = 50)
    void answersLikeAHashMap(@ForAll @Size(max = 3000) List<@IntRange(min = 0, max = 1500) Integer> picks) {
        RefRows refs = new RefRows();
        Map<String, Integer> reference = new HashMap<>();
        int row = 0;
        for (int pick : picks) {
            row++;
            // few distinct refs so that repeats are common; lengths and characters vary,
            // Chinese included
            String ref = (pick % 3 == 0 ? "合同-" : "R") + Integer.toString(pick, pick % 7 + 2);
            int first = refs.firstRow(ref);
            assertThat(first).isEqualTo(reference.getOrDefault(ref, -1));
            if (first < 0) {
                refs.put(ref, row);
                reference.put(ref, row);
            }
        }
        assertThat(refs.size()).isEqualTo(reference.size());
    }

    @Test
    void refsWithTheSameHashStayApart() {
        RefRows refs = new RefRows();
        // "Aa" and "BB" share String.hashCode
        refs.put("Aa", 1);
        assertThat(refs.firstRow("BB")).isEqualTo(-1);
        refs.put("BB", 2);
        assertThat(refs.firstRow("Aa")).isEqualTo(1);
        assertThat(refs.firstRow("BB")).isEqualTo(2);
        assertThat(refs.firstRow("A")).isEqualTo(-1);
        assertThat(refs.firstRow("")).isEqualTo(-1);
    }

}
