package io.recoverydesk.compliance.internal;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceDashboardTest {

    static final Instant NOW = Instant.parse("2026-06-10T00:00:00Z");

    @ParameterizedTest(name = "{0}, acknowledge by {1}, resolve by {2} → {3}")
    @CsvSource({ "RECEIVED, 2026-06-11T00:00:00Z, 2026-07-01T00:00:00Z, TO_ACKNOWLEDGE",
            "RECEIVED, 2026-06-09T00:00:00Z, 2026-07-01T00:00:00Z, OVERDUE",
            "ACKNOWLEDGED, 2026-06-09T00:00:00Z, 2026-07-01T00:00:00Z, INVESTIGATING",
            "INVESTIGATING, 2026-05-01T00:00:00Z, 2026-06-09T23:59:59Z, OVERDUE",
            "RESOLVED, 2026-05-01T00:00:00Z, 2026-05-02T00:00:00Z, RESOLVED" })
    void complaintsStandAgainstTheirDeadlines(String state, Instant ackDue, Instant resolveDue, String expected) {
        assertThat(ComplianceDashboard.slaState(state, ackDue, resolveDue, NOW)).isEqualTo(expected);
    }

}
