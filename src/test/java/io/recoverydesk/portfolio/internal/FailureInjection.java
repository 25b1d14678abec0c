package io.recoverydesk.portfolio.internal;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * Lets an integration test make an import fail at a chosen point, to prove that nothing
 * of the file remains.
 */
@Component
public class FailureInjection implements ImportObserver {

    /** Where to fail. */
    public enum Point {

        NONE, WHILE_READING, BEFORE_APPLY, AFTER_DEBTORS_INSERTED

    }

    private static final AtomicReference<Point> ARMED = new AtomicReference<>(Point.NONE);

    public static void arm(Point point) {
        ARMED.set(point);
    }

    public static void disarm() {
        ARMED.set(Point.NONE);
    }

    @Override
    public void rowsRead(UUID importId, int rows, long bytes) {
        if (ARMED.get() == Point.WHILE_READING) {
            throw new IllegalStateException("injected failure after " + rows + " rows");
        }
    }

    @Override
    public void applying(UUID importId) {
        if (ARMED.get() == Point.BEFORE_APPLY) {
            throw new IllegalStateException("injected failure before apply");
        }
    }

    @Override
    public void stepDone(UUID importId, String step) {
        if (ARMED.get() == Point.AFTER_DEBTORS_INSERTED && step.equals("insertDebtors")) {
            throw new IllegalStateException("injected failure after the debtors were inserted");
        }
    }

}
