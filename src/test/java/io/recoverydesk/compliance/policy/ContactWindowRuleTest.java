package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.recoverydesk.compliance.policy.Fixtures.LONDON;
import static io.recoverydesk.compliance.policy.Fixtures.LOS_ANGELES;
import static io.recoverydesk.compliance.policy.Fixtures.MOBILE;
import static io.recoverydesk.compliance.policy.Fixtures.NEW_YORK;
import static io.recoverydesk.compliance.policy.Fixtures.SHANGHAI;
import static io.recoverydesk.compliance.policy.Fixtures.callMobile;
import static io.recoverydesk.compliance.policy.Fixtures.decide;
import static io.recoverydesk.compliance.policy.Fixtures.facts;
import static io.recoverydesk.compliance.policy.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

/** CN.TIME, US.TIME and GB.TIME, with several candidate zones and across DST changes. */
class ContactWindowRuleTest {

    private static Decision callAt(RulePack pack, Instant at, ZoneId... zones) {
        return decide(callMobile(at), pack, facts(zones), List.of());
    }

    /** Scenario 5: the address says California, the phone (212) says New York. */
    @ParameterizedTest(name = "{0} New York time: allowed={1}")
    @CsvSource({ "2024-06-03T07:59, false", "2024-06-03T08:00, false", "2024-06-03T10:30, false",
            "2024-06-03T10:59, false", "2024-06-03T11:00, true", "2024-06-03T15:00, true", "2024-06-03T20:59, true",
            "2024-06-03T21:00, false", "2024-06-03T23:30, false" })
    void californiaAddressWithNewYorkPhoneIsCalledOnlyFrom11To21NewYorkTime(String nyTime, boolean allowed) {
        Set<ZoneId> zones = new ZoneResolver().zonesFor("US", "CA", List.of("+12125550123"));
        assertThat(zones).containsExactlyInAnyOrder(LOS_ANGELES, NEW_YORK);
        Decision decision = decide(callMobile(local(nyTime, NEW_YORK)), RulePacks.us(),
                new DebtorFacts(zones, Set.of(MOBILE), Set.of(), "CA"), List.of());
        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.blockingRules()).containsExactly("US.TIME");
        }
    }

    @Test
    void tenThirtyNewYorkTimeWaitsUntilElevenForTheCaliforniaAddress() {
        Decision decision = callAt(RulePacks.us(), local("2024-06-03T10:30", NEW_YORK), LOS_ANGELES, NEW_YORK);
        assertThat(decision.nextAllowedAt()).isEqualTo(local("2024-06-03T11:00", NEW_YORK));
        assertThat(decision.reasons().get(0).message())
            .isEqualTo("07:30 in America/Los_Angeles is outside 08:00–21:00 local time");
        Decision evening = callAt(RulePacks.us(), local("2024-06-03T21:00", NEW_YORK), LOS_ANGELES, NEW_YORK);
        assertThat(evening.nextAllowedAt()).isEqualTo(local("2024-06-04T11:00", NEW_YORK));
    }

    /** Scenario 6, last part. */
    @Test
    void cnCallAt2205LocalIsBlockedUntilEightNextMorning() {
        Decision decision = callAt(RulePacks.cn(), local("2024-06-03T22:05", SHANGHAI), SHANGHAI);
        assertThat(decision.blockingRules()).containsExactly("CN.TIME");
        assertThat(decision.nextAllowedAt()).isEqualTo(local("2024-06-04T08:00", SHANGHAI));
        assertThat(callAt(RulePacks.cn(), local("2024-06-03T21:59", SHANGHAI), SHANGHAI).allowed()).isTrue();
    }

    @ParameterizedTest(name = "{0}: allowed={1}")
    @CsvSource({
            // spring forward on Sunday 10 March 2024: 08:00 EDT is 12:00Z, 08:00 EST the
            // day before 13:00Z
            "2024-03-09T12:30:00Z, false", "2024-03-09T13:00:00Z, true", "2024-03-10T11:59:00Z, false",
            "2024-03-10T12:00:00Z, true", "2024-03-10T01:59:00Z, true", "2024-03-10T02:00:00Z, false",
            "2024-03-11T00:59:00Z, true", "2024-03-11T01:00:00Z, false",
            // fall back on Sunday 3 November 2024: 08:00 EST is 13:00Z
            "2024-11-03T12:30:00Z, false", "2024-11-03T13:00:00Z, true", "2024-11-04T01:59:00Z, true",
            "2024-11-04T02:00:00Z, false" })
    void usWindowFollowsNewYorkLocalTimeAcrossDst(String utc, boolean allowed) {
        assertThat(callAt(RulePacks.us(), Instant.parse(utc), NEW_YORK).allowed()).isEqualTo(allowed);
    }

    @Test
    void nextAllowedAtLandsOnTheLocalOpeningAfterADstChange() {
        // 21:30 EST on Saturday 9 March → 08:00 EDT on Sunday
        assertThat(callAt(RulePacks.us(), Instant.parse("2024-03-10T02:30:00Z"), NEW_YORK).nextAllowedAt())
            .isEqualTo(Instant.parse("2024-03-10T12:00:00Z"));
        // 21:30 EDT on Saturday 2 November → 08:00 EST on Sunday
        assertThat(callAt(RulePacks.us(), Instant.parse("2024-11-03T01:30:00Z"), NEW_YORK).nextAllowedAt())
            .isEqualTo(Instant.parse("2024-11-03T13:00:00Z"));
    }

    @ParameterizedTest(name = "{0}: allowed={1}")
    @CsvSource({
            // British Summer Time starts on Sunday 31 March 2024 at 01:00 GMT
            "2024-03-30T07:30:00Z, false", "2024-03-30T08:00:00Z, true", "2024-03-30T20:59:00Z, true",
            "2024-03-30T21:00:00Z, false", "2024-03-31T06:59:00Z, false", "2024-03-31T07:00:00Z, true",
            "2024-03-31T19:59:00Z, true", "2024-03-31T20:00:00Z, false" })
    void gbWindowFollowsLondonLocalTimeAcrossBstStart(String utc, boolean allowed) {
        assertThat(callAt(RulePacks.gb(), Instant.parse(utc), LONDON).allowed()).isEqualTo(allowed);
    }

    @Test
    void gbNextAllowedAtAcrossBstStartIsEightBst() {
        assertThat(callAt(RulePacks.gb(), Instant.parse("2024-03-30T21:30:00Z"), LONDON).nextAllowedAt())
            .isEqualTo(Instant.parse("2024-03-31T07:00:00Z"));
    }

    @Test
    void lettersIgnoreTheWindowButTextsAndEmailsWait() {
        Instant night = local("2024-06-03T23:00", SHANGHAI);
        RulePack cn = RulePacks.cn();
        assertThat(
                decide(Fixtures.request(Channel.LETTER, Party.DEBTOR, null, night), cn, SHANGHAI, List.of()).allowed())
            .isTrue();
        assertThat(decide(Fixtures.request(Channel.SMS, Party.DEBTOR, MOBILE, night), cn, SHANGHAI, List.of())
            .blockingRules()).containsExactly("CN.TIME");
        assertThat(decide(Fixtures.request(Channel.EMAIL, Party.DEBTOR, null, night), cn, SHANGHAI, List.of())
            .blockingRules()).containsExactly("CN.TIME");
    }

    @Test
    void inboundCallsAreNeverBlocked() {
        ContactRequest inbound = new ContactRequest(Fixtures.ACCOUNT, Fixtures.DEBTOR, Channel.CALL, Direction.INBOUND,
                Party.DEBTOR, MOBILE, local("2024-06-03T23:30", SHANGHAI), null);
        Decision decision = decide(inbound, RulePacks.cn(), SHANGHAI, List.of());
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.nextAllowedAt()).isEqualTo(inbound.at());
    }

    @Test
    void zonesWhoseWindowsNeverOverlapBlockForGood() {
        RulePack narrow = RulePacks.us()
            .tightenedBy(PackSettings.inherit().withWindow(LocalTime.of(9, 0), LocalTime.of(10, 0)));
        Decision decision = callAt(narrow, local("2024-06-03T09:30", NEW_YORK), NEW_YORK, SHANGHAI);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.nextAllowedAt()).isNull();
    }

    @Test
    void unknownZonesFallBackToEveryZoneOfThePackCountry() {
        // 10:30 in New York is 04:30 in Honolulu
        Decision decision = decide(callMobile(local("2024-06-03T10:30", NEW_YORK)), RulePacks.us(),
                new DebtorFacts(Set.of(), Set.of(MOBILE), Set.of(), null), List.of());
        assertThat(decision.blockingRules()).containsExactly("US.TIME");
        assertThat(decision.nextAllowedAt()).isEqualTo(local("2024-06-03T08:00", ZoneId.of("Pacific/Honolulu")));
    }

}
