package io.recoverydesk.kernel;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlListsTest {

    @Test
    void longListsAreCutInOrderAndNothingIsLost() {
        List<Integer> values = IntStream.range(0, 2 * SqlLists.CHUNK + 1).boxed().toList();
        List<List<Integer>> chunks = SqlLists.chunks(values);
        assertThat(chunks).extracting(List::size).containsExactly(SqlLists.CHUNK, SqlLists.CHUNK, 1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(values);
        assertThat(SqlLists.chunks(List.of())).isEmpty();
    }

    @Test
    void marksAndParamsMatchTheValues() {
        assertThat(SqlLists.marks(3)).isEqualTo("?, ?, ?");
        assertThat(SqlLists.params("t", List.of("a", "b"))).containsExactly("t", "a", "b");
    }

}
