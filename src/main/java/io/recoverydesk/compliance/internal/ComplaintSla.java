package io.recoverydesk.compliance.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Complaint deadlines in business days, in the tenant's zone. A business day is Monday to
 * Friday, except the tenant's holidays, plus the tenant's make-up working days on a
 * weekend (调休; see {@link Calendar}). The day of receipt does not count: "within N
 * business days" ends at the end (midnight, local time) of the N-th business day after
 * the day the complaint was received, so a complaint received on a Friday or at the
 * weekend with one day to acknowledge is due by the end of Monday.
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

    /** A tenant's exceptions to Monday-to-Friday: holidays and make-up working days. */
    record Calendar(java.util.Set<LocalDate> holidays, java.util.Set<LocalDate> workdays) {

        static final Calendar NONE = new Calendar(java.util.Set.of(), java.util.Set.of());

        Calendar {
            holidays = java.util.Set.copyOf(holidays);
            workdays = java.util.Set.copyOf(workdays);
        }

        boolean businessDay(LocalDate date) {
            if (workdays.contains(date)) {
                return true;
            }
            DayOfWeek day = date.getDayOfWeek();
            return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
        }

    }

    static boolean businessDay(LocalDate date) {
        return Calendar.NONE.businessDay(date);
    }

    /** The N-th business day after a date (N ≥ 1). */
    static LocalDate addBusinessDays(LocalDate from, int days) {
        return addBusinessDays(from, days, Calendar.NONE);
    }

    /** The N-th business day after a date (N ≥ 1) in a tenant's calendar. */
    static LocalDate addBusinessDays(LocalDate from, int days, Calendar calendar) {
        if (days < 1) {
            throw new IllegalArgumentException("business days must be at least 1: " + days);
        }
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (calendar.businessDay(date)) {
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
        return deadline(received, zone, days, Calendar.NONE);
    }

    static Instant deadline(Instant received, ZoneId zone, int days, Calendar calendar) {
        LocalDate due = addBusinessDays(received.atZone(zone).toLocalDate(), days, calendar);
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }

}
