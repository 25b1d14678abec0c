package io.recoverydesk.kernel;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {

    @Test
    void newIdsAreVersion7AndTimeOrdered() throws InterruptedException {
        UUID first = Ids.newId();
        Thread.sleep(2);
        UUID second = Ids.newId();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(second.getMostSignificantBits() >>> 16).isGreaterThan(first.getMostSignificantBits() >>> 16);
    }

    @Test
    void idsMadeOneAfterAnotherStrictlyIncreaseEvenWithinOneMillisecond() throws Exception {
        UUID previous = Ids.newId();
        for (int i = 0; i < 20_000; i++) {
            UUID next = Ids.newId();
            assertThat(next.getMostSignificantBits()).isGreaterThan(previous.getMostSignificantBits());
            assertThat(next.version()).isEqualTo(7);
            previous = next;
        }
        // and across threads no id repeats
        java.util.Set<UUID> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    seen.add(Ids.newId());
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(40_000);
    }

    @Test
    void nameBasedIdsAreStablePerNamespaceAndName() {
        UUID ns = UUID.randomUUID();
        assertThat(Ids.nameBased(ns, "a")).isEqualTo(Ids.nameBased(ns, "a")).isNotEqualTo(Ids.nameBased(ns, "b"));
        assertThat(Ids.nameBased(ns, "a")).isNotEqualTo(Ids.nameBased(UUID.randomUUID(), "a"));
        assertThat(Ids.nameBased(ns, "a").version()).isEqualTo(8);
    }

    @Test
    void timePrefixedNameBasedIdsShareTheBatchPrefixAndStayStable() {
        UUID ns = UUID.randomUUID();
        long millis = 1_790_000_000_000L;
        UUID a = Ids.nameBased(millis, ns, "a");
        assertThat(a).isEqualTo(Ids.nameBased(millis, ns, "a")).isNotEqualTo(Ids.nameBased(millis, ns, "b"));
        assertThat(a.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(a.version()).isEqualTo(8);
    }

}
