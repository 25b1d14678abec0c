package io.recoverydesk.portfolio;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BucketTest {

    @ParameterizedTest
    @CsvSource({ "0, M0", "1, M1", "30, M1", "31, M2", "60, M2", "61, M3", "90, M3", "91, M4", "120, M4", "121, M5",
            "150, M5", "151, M6", "180, M6", "181, M6+", "720, M6+" })
    void bucketsFollowTheDomainTable(int dpd, String label) {
        assertThat(Bucket.of(dpd).label()).isEqualTo(label);
    }

    @Property
    void bucketsNeverGoDownAsDpdGrowsAndDpdCountsCalendarDays(@ForAll @IntRange(min = 0, max = 2000) int dpd) {
        assertThat(Bucket.of(dpd + 1).ordinal()).isGreaterThanOrEqualTo(Bucket.of(dpd).ordinal());
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(Delinquency.on(today, today.minusDays(dpd)).dpd()).isEqualTo(dpd);
    }

    @Property
    void aFutureFirstDelinquencyIsNotPastDue(@ForAll @IntRange(min = 1, max = 100) int days) {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(Delinquency.on(today, today.plusDays(days)).bucket()).isEqualTo(Bucket.CURRENT);
    }

}
