package io.recoverydesk.portfolio.internal;

import java.util.UUID;

/** Hears an import's progress: rows read so far, and the start of the apply phase. */
interface ImportObserver {

    default void rowsRead(UUID importId, int rows, long bytes) {
    }

    default void applying(UUID importId) {
    }

    /**
     * One set-based step of the apply phase has run (still inside the import's
     * transaction).
     */
    default void stepDone(UUID importId, String step) {
    }

}
