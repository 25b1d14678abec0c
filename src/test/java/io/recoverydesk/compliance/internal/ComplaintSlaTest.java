package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Business-day deadlines: the day of receipt does not count; weekends do not count. */
class ComplaintSlaTest {

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            // Monday 2026-06-01
            "2026-06-01, 1, 2026-06-02", "2026-06-01, 4, 2026-06-05", "2026-06-01, 5, 2026-06-08",
            // Thursday → Friday; Friday → Monday
            "2026-06-04, 1, 2026-06-05", "2026-06-05, 1, 2026-06-08", "2026-06-05, 2, 2026-06-09",
            // received at the weekend: Monday is the first business day
            "2026-06-06, 1, 2026-06-08", "2026-06-07, 1, 2026-06-08", "2026-06-07, 5, 2026-06-12",
            // 15 business days = three weeks from a Monday, from a Friday
            "2026-06-01, 15, 2026-06-22", "2026-06-05, 15, 2026-06-26",
            // across a month and a year
            "2026-12-31, 1, 2027-01-01", "2027-01-01, 1, 2027-01-04" })
    void addsBusinessDays(LocalDate from, int days, LocalDate due) {
        assertThat(ComplaintSla.addBusinessDays(from, days)).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0} in {1}, {2} day(s) → expires {3}")
    @CsvSource({
            // Friday 17:00 in Shanghai: due end of Monday = Tuesday 00:00 local = Monday
            // 16:00Z
            "2026-06-05T09:00:00Z, Asia/Shanghai, 1, 2026-06-08T16:00:00Z",
            // Friday 23:30 UTC is already Saturday 07:30 in Shanghai: still due end of
            // Monday
            "2026-06-05T23:30:00Z, Asia/Shanghai, 1, 2026-06-08T16:00:00Z",
            // Sunday 23:59 Shanghai (15:59Z): first business day is Monday
            "2026-06-07T15:59:00Z, Asia/Shanghai, 1, 2026-06-08T16:00:00Z",
            // Monday 00:00 Shanghai (Sunday 16:00Z): Monday is the day of receipt, so
            // Tuesday
            "2026-06-07T16:00:00Z, Asia/Shanghai, 1, 2026-06-09T16:00:00Z",
            // the same instant in UTC is a Sunday: due end of Monday UTC
            "2026-06-07T16:00:00Z, UTC, 1, 2026-06-09T00:00:00Z",
            // 15 business days from a Monday in Shanghai
            "2026-06-01T02:00:00Z, Asia/Shanghai, 15, 2026-06-22T16:00:00Z",
            // New York across the spring-forward weekend: Friday 6 March 2026, due end of
            // Monday 9 March (EDT)
            "2026-03-06T15:00:00Z, America/New_York, 1, 2026-03-10T04:00:00Z",
            // Friday 6 March before the change is EST: end of Friday would be 05:00Z; +2
            // days → end of Tuesday EDT
            "2026-03-06T15:00:00Z, America/New_York, 2, 2026-03-11T04:00:00Z" })
    void deadlineIsTheEndOfTheDueDayInTheZone(Instant received, String zone, int days, Instant expires) {
        assertThat(ComplaintSla.deadline(received, ZoneId.of(zone), days)).isEqualTo(expires);
    }

    @Test
    void zeroDaysIsRefused() {
        assertThatThrownBy(() -> ComplaintSla.addBusinessDays(LocalDate.of(2026, 6, 1), 0))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void holidaysAreSkippedAndMakeUpWorkingDaysCount() {
        // National Day week 2026: 1-7 October off, Saturday 10 October worked (调休)
        java.util.Set<LocalDate> holidays = new java.util.HashSet<>();
        for (int d = 1; d <= 7; d++) {
            holidays.add(LocalDate.of(2026, 10, d));
        }
        ComplaintSla.Calendar calendar = new ComplaintSla.Calendar(holidays,
                java.util.Set.of(LocalDate.of(2026, 10, 10)));
        org.assertj.core.api.Assertions.assertThat(ComplaintSla.addBusinessDays(LocalDate.of(2026, 9, 30), 1, calendar))
            .isEqualTo(LocalDate.of(2026, 10, 8));
        org.assertj.core.api.Assertions.assertThat(ComplaintSla.addBusinessDays(LocalDate.of(2026, 10, 9), 1, calendar))
            .isEqualTo(LocalDate.of(2026, 10, 10));
        org.assertj.core.api.Assertions.assertThat(ComplaintSla.addBusinessDays(LocalDate.of(2026, 10, 9), 2, calendar))
            .isEqualTo(LocalDate.of(2026, 10, 12));
        org.assertj.core.api.Assertions
            .assertThat(ComplaintSla.addBusinessDays(LocalDate.of(2026, 10, 9), 2, ComplaintSla.Calendar.NONE))
            .isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @org.junit.jupiter.api.Test
    void calendarLinesNameHolidaysAndMakeUpDays() {
        var days = ComplaintPages.parseCalendar("2026-10-01 国庆节\n\n2026-10-10 +调休上班\r\n2026-12-25");
        org.assertj.core.api.Assertions.assertThat(days)
            .containsExactly(new ComplaintStore.CalendarDay(LocalDate.of(2026, 10, 1), false, "国庆节"),
                    new ComplaintStore.CalendarDay(LocalDate.of(2026, 10, 10), true, "调休上班"),
                    new ComplaintStore.CalendarDay(LocalDate.of(2026, 12, 25), false, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ComplaintPages.parseCalendar("1 Oct holiday"))
            .hasMessageContaining("Line 1");
    }

}
