package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.recoverydesk.compliance.policy.Fixtures.LONDON;
import static io.recoverydesk.compliance.policy.Fixtures.OTHER_ACCOUNT;
import static io.recoverydesk.compliance.policy.Fixtures.call;
import static io.recoverydesk.compliance.policy.Fixtures.callAbout;
import static io.recoverydesk.compliance.policy.Fixtures.callMobile;
import static io.recoverydesk.compliance.policy.Fixtures.decide;
import static io.recoverydesk.compliance.policy.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

/** GB: only the window by default; the tenant's call caps when set. */
class GbRulesTest {

    private static Instant uk(String localDateTime) {
        return local(localDateTime, LONDON);
    }

    private static List<LedgerEntry> callsOn(String... localDateTimes) {
        List<LedgerEntry> ledger = new ArrayList<>();
        for (String when : localDateTimes) {
            ledger.add(call(uk(when), Outcome.NO_ANSWER));
        }
        return ledger;
    }

    @Test
    void withoutTenantCapsCallsAreOnlyLimitedByTheWindow() {
        List<LedgerEntry> ledger = callsOn("2024-06-03T09:00", "2024-06-03T10:00", "2024-06-03T11:00",
                "2024-06-03T12:00", "2024-06-03T13:00");
        Decision decision = decide(callMobile(uk("2024-06-03T14:00")), RulePacks.gb(), LONDON, ledger);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.remaining()).isEmpty();
    }

    @Test
    void tenantCapPerDayCountsEveryAttemptOnEveryDebt() {
        RulePack capped = RulePacks.gb().tightenedBy(PackSettings.inherit().withGbCaps(2, null));
        List<LedgerEntry> ledger = List.of(call(uk("2024-06-03T09:00"), Outcome.BUSY),
                callAbout(OTHER_ACCOUNT, uk("2024-06-03T10:00"), Outcome.RIGHT_PARTY_CONTACT));
        Decision decision = decide(callMobile(uk("2024-06-03T14:00")), capped, LONDON, ledger);
        assertThat(decision.blockingRules()).containsExactly("GB.CALLS_PER_DAY");
        assertThat(decision.nextAllowedAt()).isEqualTo(uk("2024-06-04T08:00"));
        assertThat(decision.remaining()).isEqualTo(Map.of("GB.CALLS_PER_DAY", 0));
    }

    @Test
    void tenantCapPerSevenDays() {
        RulePack capped = RulePacks.gb().tightenedBy(PackSettings.inherit().withGbCaps(null, 3));
        List<LedgerEntry> ledger = callsOn("2024-06-03T09:00", "2024-06-05T09:00", "2024-06-07T09:00");
        Decision decision = decide(callMobile(uk("2024-06-08T14:00")), capped, LONDON, ledger);
        assertThat(decision.blockingRules()).containsExactly("GB.CALLS_7D");
        assertThat(decision.reasons().get(0).message()).isEqualTo("3 calls in the 7 days from 2024-06-02 (limit 3)");
        assertThat(decision.nextAllowedAt()).isEqualTo(uk("2024-06-10T08:00"));
    }

}
