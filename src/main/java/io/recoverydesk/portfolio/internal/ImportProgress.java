package io.recoverydesk.portfolio.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** In-memory progress of the imports running on this node, for the upload page's progress line. */
@Component
class ImportProgress implements ImportObserver {

    private final Map<UUID, Long> rowsRead = new ConcurrentHashMap<>();

    @Override
    public void rowsRead(UUID importId, int rows) {
        rowsRead.put(importId, (long) rows);
    }

    @Override
    public void applying(UUID importId) {
        rowsRead.computeIfPresent(importId, (k, v) -> -Math.abs(v));
    }

    void finished(UUID importId) {
        rowsRead.remove(importId);
    }

    Optional<Long> rowsRead(UUID importId) {
        return Optional.ofNullable(rowsRead.get(importId));
    }

}
