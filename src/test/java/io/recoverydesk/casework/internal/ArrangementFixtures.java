package io.recoverydesk.casework.internal;

import java.time.Duration;
import java.util.function.Supplier;

/** Small helpers for the arrangement ITs. */
final class ArrangementFixtures {

    static final String CSV_HEADER = "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\n";

    private ArrangementFixtures() {
    }

    static String csv(String ref, String name, String phone, String principal) {
        return CSV_HEADER + ref + "," + name + "," + phone + "," + principal + ",2026-01-15\n";
    }

    /** Waits up to ten seconds for an asynchronous listener's effect. */
    static void await(String what, Supplier<Boolean> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(condition.get())) {
                return;
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

}
