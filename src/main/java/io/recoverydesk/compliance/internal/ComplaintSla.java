package io.recoverydesk.compliance.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Complaint deadlines in business days, in the tenant's zone. A business day is Monday to
 * Friday; there is no holiday calendar (public holidays count as business days). The day
 * of receipt does not count: "within N business days" ends at the end (midnight, local
 * time) of the N-th business day after the day the complaint was received, so a complaint
 * received on a Friday or at the weekend with one day to acknowledge is due by the end of
 * Monday.
 */
final class ComplaintSla {

    static final int DEFAULT_ACK_DAYS = 1;

    static final int DEFAULT_RESOLVE_DAYS = 15;

    static final int MAX_DAYS = 250;

    private ComplaintSla() {
    }

    /** The tenant's deadlines in business days. */
    record Days(int acknowledge, int resolve) {

        static final Days DEFAULT = new Days(DEFAULT_ACK_DAYS, DEFAULT_RESOLVE_DAYS);

    }

    static boolean businessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The N-th business day after a date (N ≥ 1). */
    static LocalDate addBusinessDays(LocalDate from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("business days must be at least 1: " + days);
        }
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (businessDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The instant a deadline of N business days expires for something received at an
     * instant: the start of the day after the due date, in the zone.
     */
    static Instant deadline(Instant received, ZoneId zone, int days) {
        LocalDate due = addBusinessDays(received.atZone(zone).toLocalDate(), days);
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }

}
