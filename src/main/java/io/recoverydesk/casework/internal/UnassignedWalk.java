package io.recoverydesk.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.recoverydesk.portfolio.AccountDirectory.Ranked;

/**
 * The open accounts of a ranked selection that nobody works, in rank order: read page by
 * page (each page four times the last, ids and statuses only) until the pages read hold
 * at least {@code wanted} of them or the selection ends. Replaces re-reading ever wider
 * windows of whole account rows, which took seconds once most of a portfolio was
 * assigned.
 */
final class UnassignedWalk {

    /** A page of the ranked selection: {@code size} accounts from {@code offset}. */
    interface Pages {

        List<Ranked> page(int offset, int size);

    }

    private UnassignedWalk() {
    }

    /**
     * Every free open account on the pages read (possibly more than {@code wanted}: the
     * caller may still drop some the agent cannot see); reads at most {@code maxScan}
     * accounts.
     * @param taken of some account ids, those somebody works
     */
    static List<UUID> free(int wanted, int firstPage, int maxScan, Pages pages, Function<List<UUID>, Set<UUID>> taken) {
        Set<UUID> free = new LinkedHashSet<>();
        int offset = 0;
        for (int size = firstPage; offset < maxScan; size *= 4) {
            int asked = Math.min(size, maxScan - offset);
            List<Ranked> page = pages.page(offset, asked);
            List<UUID> open = new ArrayList<>();
            for (Ranked r : page) {
                if (WorkQueue.isOpen(r.status())) {
                    open.add(r.id());
                }
            }
            Set<UUID> busy = open.isEmpty() ? Set.of() : taken.apply(open);
            open.stream().filter(id -> !busy.contains(id)).forEach(free::add);
            offset += page.size();
            if (free.size() >= wanted || page.size() < asked) {
                break;
            }
        }
        return List.copyOf(free);
    }

}
