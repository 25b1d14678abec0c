package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.team.Roster.Absence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The share of full time: weekly hours over full time, times the working days (Monday to
 * Friday) not covered by an absence over the working days of the period.
 */
class HoursShareTest {

    static final BigDecimal FULL_TIME = new BigDecimal("40");

    /** Monday 2 March 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    static Absence away(LocalDate first, LocalDate last) {
        return new Absence(UUID.randomUUID(), first, last, "LEAVE", null);
    }

    static BigDecimal share(String weekly, LocalDate from, LocalDate to, Absence... absences) {
        return HoursShare.of(new BigDecimal(weekly), FULL_TIME, from, to, List.of(absences));
    }

    @ParameterizedTest(name = "{0} h a week, {1} to {2}, away {3} to {4}: {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # weekly, from,       to,         away from,  away to,    share
            40,       2026-03-02, 2026-03-06, -,          -,          1.0000
            40,       2026-03-02, 2026-03-08, -,          -,          1.0000
            20,       2026-03-02, 2026-03-08, -,          -,          0.5000
            40,       2026-03-02, 2026-03-06, 2026-03-03, 2026-03-04, 0.6000
            30,       2026-03-02, 2026-03-06, 2026-03-06, 2026-03-06, 0.6000
            40,       2026-03-02, 2026-03-08, 2026-03-07, 2026-03-08, 1.0000
            40,       2026-03-02, 2026-03-06, 2026-02-20, 2026-03-03, 0.6000
            40,       2026-03-02, 2026-03-06, 2026-03-05, 2026-03-20, 0.6000
            40,       2026-03-02, 2026-03-06, 2026-02-01, 2026-04-01, 0.0000
            37.5,     2026-03-02, 2026-03-13, 2026-03-10, 2026-03-12, 0.6562
            37.5,     2026-03-02, 2026-03-13, 2026-03-02, 2026-03-04, 0.6562
            50,       2026-03-02, 2026-03-06, -,          -,          1.0000
            0,        2026-03-02, 2026-03-06, -,          -,          0.0000
            30,       2026-03-07, 2026-03-08, -,          -,          0.7500
            30,       2026-03-07, 2026-03-08, 2026-03-07, 2026-03-08, 0.7500
            40,       2026-03-04, 2026-03-04, 2026-03-04, 2026-03-04, 0.0000
            """)
    void sharesFullTimeByWeeklyHoursAndWorkingDaysPresent(String weekly, LocalDate from, LocalDate to,
            LocalDate awayFrom, LocalDate awayTo, BigDecimal expected) {
        Absence[] absences = awayFrom == null ? new Absence[0] : new Absence[] { away(awayFrom, awayTo) };
        BigDecimal share = share(weekly, from, to, absences);
        assertThat(share).isEqualTo(expected);
        assertThat(share.scale()).isEqualTo(4);
    }

    @Test
    void roundsOnceHalfEvenToFourDecimals() {
        // 37.5 / 40 × 7 / 10 = 0.65625 exactly: half even keeps the 2
        BigDecimal share = share("37.5", MONDAY, MONDAY.plusDays(11), away(MONDAY.plusDays(8), MONDAY.plusDays(10)));
        assertThat(share).isEqualTo("0.6562");
        // 35 / 40 × 2 / 3 = 0.58333…
        assertThat(share("35", MONDAY, MONDAY.plusDays(2), away(MONDAY, MONDAY))).isEqualTo("0.5833");
    }

    @Test
    void overlappingAbsencesCountEachDayOnce() {
        BigDecimal share = share("40", MONDAY, MONDAY.plusDays(4), away(MONDAY, MONDAY.plusDays(1)),
                away(MONDAY.plusDays(1), MONDAY.plusDays(2)));
        assertThat(share).isEqualTo("0.4000");
    }

    @Test
    void refusesAnEmptyFullTimeNegativeHoursAndABackwardPeriod() {
        assertThatThrownBy(() -> HoursShare.of(BigDecimal.TEN, BigDecimal.ZERO, MONDAY, MONDAY, List.of()))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HoursShare.of(new BigDecimal("-1"), FULL_TIME, MONDAY, MONDAY, List.of()))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HoursShare.of(BigDecimal.TEN, FULL_TIME, MONDAY, MONDAY.minusDays(1), List.of()))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
