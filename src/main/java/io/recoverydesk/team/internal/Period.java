package io.recoverydesk.team.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.recoverydesk.kernel.BadRequestException;

/**
 * The days a schedule covers, both included: by default a week from today (in the
 * tenant's zone), at most {@value #MAX_DAYS} days.
 */
record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    static final int DEFAULT_DAYS = 7;

    Period {
        if (to.isBefore(from)) {
            throw new BadRequestException("bad-period", "to (" + to + ") must not be before from (" + from + ").");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new BadRequestException("bad-period", "A period spans at most " + MAX_DAYS + " days.");
        }
    }

    /**
     * The asked-for days; a missing start is today, a missing end a week after the start.
     */
    static Period of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate start = from == null ? today : from;
        return new Period(start, to == null ? start.plusDays(DEFAULT_DAYS - 1) : to);
    }

    boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

}
