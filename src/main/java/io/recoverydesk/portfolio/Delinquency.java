package io.recoverydesk.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days past due on a business date, counted from the first unpaid due date, and its
 * bucket.
 */
public record Delinquency(long dpd, Bucket bucket) {

    public static Delinquency on(LocalDate today, LocalDate firstDelinquencyDate) {
        long dpd = Math.max(0, ChronoUnit.DAYS.between(firstDelinquencyDate, today));
        return new Delinquency(dpd, Bucket.of(dpd));
    }

}
