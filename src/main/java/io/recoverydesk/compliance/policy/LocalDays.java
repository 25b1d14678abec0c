package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar days in a local zone, as instants (DST makes days 23 or 25 hours long). */
final class LocalDays {

    private LocalDays() {
    }

    static LocalDate dayOf(Instant t, ZoneId zone) {
        return LocalDate.ofInstant(t, zone);
    }

    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Start of the period of {@code days} local days whose last day holds {@code t}. */
    static Instant periodStart(Instant t, ZoneId zone, int days) {
        return startOf(dayOf(t, zone).minusDays(days - 1L), zone);
    }

}
