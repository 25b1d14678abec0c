package io.recoverydesk.compliance.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.recoverydesk.compliance.policy.Fixtures.LOS_ANGELES;
import static io.recoverydesk.compliance.policy.Fixtures.MOBILE;
import static io.recoverydesk.compliance.policy.Fixtures.NEW_YORK;
import static io.recoverydesk.compliance.policy.Fixtures.POLICY;
import static io.recoverydesk.compliance.policy.Fixtures.call;
import static io.recoverydesk.compliance.policy.Fixtures.callMobile;
import static io.recoverydesk.compliance.policy.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

/** The engine as a whole: look-back, combined next allowed instant, cost. */
class ContactPolicyTest {

    @Test
    void lookbackIsTheLongestWindowAnyRuleReads() {
        // CN.THIRD_PARTY's month of failed attempts is the longest
        assertThat(POLICY.lookback()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void nextAllowedAtSatisfiesTheCountAndEveryZonesWindowTogether() {
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int day = 3; day <= 9; day++) {
            ledger.add(call(local("2024-06-0" + day + "T12:00", NEW_YORK), Outcome.NO_ANSWER));
        }
        DebtorFacts facts = new DebtorFacts(Set.of(NEW_YORK, LOS_ANGELES), Set.of(MOBILE), Set.of(), "CA");
        Decision decision = Fixtures.decide(callMobile(local("2024-06-09T22:00", NEW_YORK)), RulePacks.us(), facts,
                ledger);
        assertThat(decision.blockingRules()).containsExactly("US.TIME", "US.CALLS_7IN7");
        // 10 June starts a period holding six calls; 08:00 in Los Angeles is 11:00 in New
        // York
        assertThat(decision.nextAllowedAt()).isEqualTo(local("2024-06-10T11:00", NEW_YORK));
        assertThat(decision.remaining()).isEqualTo(Map.of("US.CALLS_7IN7", 0));
    }

    @Test
    void remainingCallsAreReportedWhenAllowed() {
        List<LedgerEntry> ledger = List.of(call(local("2024-06-03T12:00", NEW_YORK), Outcome.NO_ANSWER),
                call(local("2024-06-04T12:00", NEW_YORK), Outcome.VOICEMAIL),
                call(local("2024-06-05T12:00", NEW_YORK), Outcome.BUSY),
                call(local("2024-06-06T12:00", NEW_YORK), Outcome.NO_ANSWER),
                call(local("2024-06-07T12:00", NEW_YORK), Outcome.NO_ANSWER));
        Decision decision = Fixtures.decide(callMobile(local("2024-06-08T12:00", NEW_YORK)), RulePacks.us(), NEW_YORK,
                ledger);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.nextAllowedAt()).isEqualTo(local("2024-06-08T12:00", NEW_YORK));
        assertThat(decision.remaining()).isEqualTo(Map.of("US.CALLS_7IN7", 3));
    }

    @Test
    void aYearOfHistoryDecidesLikeItsLookbackSlice() {
        Instant at = local("2024-12-20T12:00", NEW_YORK);
        List<LedgerEntry> year = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < 365 * 8; i++) {
            Instant when = at.minus(Duration.ofMinutes(17 + i * 181L));
            year.add(Fixtures.callTo(i % 3 == 0 ? Fixtures.HOME : MOBILE, when, outcomes[i % outcomes.length]));
        }
        Instant from = at.minus(POLICY.lookback());
        List<LedgerEntry> slice = year.stream().filter(e -> !e.startedAt().isBefore(from)).toList();
        DebtorFacts facts = new DebtorFacts(Set.of(NEW_YORK, LOS_ANGELES), Set.of(MOBILE, Fixtures.HOME), Set.of(),
                "MA");
        ContactHistory sliced = new ContactHistory(slice, Map.of());
        for (RulePack pack : List.of(RulePacks.cn(), RulePacks.us(), RulePacks.gb())) {
            assertThat(POLICY.decide(callMobile(at), pack, facts, new ContactHistory(year, Map.of()), List.of()))
                .isEqualTo(POLICY.decide(callMobile(at), pack, facts, sliced, List.of()));
        }
    }

}
