package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import io.recoverydesk.team.Roster.Absence;

/**
 * The share of full time an agent is scheduled in a period:
 * {@code min(1, weekly hours ÷ full time) × working days present ÷ working days}, where
 * working days are Monday to Friday and a day is present when no absence covers it. A
 * period without a working day (a weekend) has the weekly share alone. One rounding, to
 * {@value #SCALE} decimals, half even.
 */
final class HoursShare {

    static final int SCALE = 4;

    private HoursShare() {
    }

    static BigDecimal of(BigDecimal weeklyHours, BigDecimal fullTimeHours, LocalDate from, LocalDate to,
            List<Absence> absences) {
        if (fullTimeHours.signum() <= 0) {
            throw new IllegalArgumentException("full-time hours must be above 0");
        }
        if (weeklyHours.signum() < 0) {
            throw new IllegalArgumentException("weekly hours cannot be negative");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        BigDecimal weekly = weeklyHours.min(fullTimeHours);
        long working = 0;
        long present = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (workingDay(day)) {
                working++;
                if (!covered(day, absences)) {
                    present++;
                }
            }
        }
        if (working == 0) {
            return weekly.divide(fullTimeHours, SCALE, RoundingMode.HALF_EVEN);
        }
        return weekly.multiply(BigDecimal.valueOf(present))
            .divide(fullTimeHours.multiply(BigDecimal.valueOf(working)), SCALE, RoundingMode.HALF_EVEN);
    }

    static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Some absence includes the day (both ends included). */
    static boolean covered(LocalDate day, List<Absence> absences) {
        for (Absence absence : absences) {
            if (!day.isBefore(absence.firstDay()) && !day.isAfter(absence.lastDay())) {
                return true;
            }
        }
        return false;
    }

}
