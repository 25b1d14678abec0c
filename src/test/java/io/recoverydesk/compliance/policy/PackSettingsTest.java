package io.recoverydesk.compliance.policy;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.recoverydesk.compliance.policy.Fixtures.SHANGHAI;
import static io.recoverydesk.compliance.policy.Fixtures.callMobile;
import static io.recoverydesk.compliance.policy.Fixtures.decide;
import static io.recoverydesk.compliance.policy.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Packs as COMPLIANCE.md states them; tenants may tighten, never loosen. */
class PackSettingsTest {

    @Test
    void packsCarryTheNumbersOfComplianceMd() {
        PackSettings cn = RulePacks.cn().settings();
        assertThat(cn.windowStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(cn.windowEnd()).isEqualTo(LocalTime.of(22, 0));
        assertThat(List.of(cn.cnConversationsPerDay(), cn.cnUnansweredPerNumberPerDay(),
                cn.cnThirdPartyAfterFailedAttempts(), cn.cnVisitMinCollectors()))
            .containsExactly(3, 6, 3, 2);
        PackSettings us = RulePacks.us().settings();
        assertThat(us.windowEnd()).isEqualTo(LocalTime.of(21, 0));
        assertThat(List.of(us.usCallsIn7Days(), us.usAfterConversationDays(), us.usThirdPartyContactsPerParty(),
                us.usMaCallsIn7Days()))
            .containsExactly(7, 7, 1, 2);
        PackSettings gb = RulePacks.gb().settings();
        assertThat(gb.windowStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(gb.windowEnd()).isEqualTo(LocalTime.of(21, 0));
        assertThat(gb.gbCallsPerDay()).isNull();
        assertThat(gb.gbCallsIn7Days()).isNull();
    }

    @Test
    void narrowingTheCnWindowTo21Works() {
        RulePack tenant = RulePacks.cn().tightenedBy(PackSettings.inherit().withWindow(null, LocalTime.of(21, 0)));
        assertThat(tenant.settings().windowStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(tenant.settings().windowEnd()).isEqualTo(LocalTime.of(21, 0));
        Decision decision = decide(callMobile(local("2024-06-03T21:30", SHANGHAI)), tenant, SHANGHAI, List.of());
        assertThat(decision.blockingRules()).containsExactly("CN.TIME");
        assertThat(
                decide(callMobile(local("2024-06-03T21:30", SHANGHAI)), RulePacks.cn(), SHANGHAI, List.of()).allowed())
            .isTrue();
    }

    @Test
    void wideningTheWindowIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.cn().tightenedBy(PackSettings.inherit().withWindow(LocalTime.of(7, 30), null)))
            .withMessageContaining("windowStart");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.us().tightenedBy(PackSettings.inherit().withWindow(null, LocalTime.of(21, 30))))
            .withMessageContaining("windowEnd");
    }

    @Test
    void anEmptyWindowIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.cn()
                .tightenedBy(PackSettings.inherit()
                    .withWindow(LocalTime.of(21, 0), null)
                    .withWindow(LocalTime.of(21, 0), LocalTime.of(21, 0))))
            .withMessageContaining("windowStart");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.gb().tightenedBy(PackSettings.inherit().withWindow(LocalTime.of(21, 0), null)))
            .withMessageContaining("windowStart");
    }

    @Test
    void raisingACapIsRejectedLoweringItWorks() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.cn().tightenedBy(PackSettings.inherit().withCnCaps(4, null)))
            .withMessageContaining("cnConversationsPerDay");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.us().tightenedBy(PackSettings.inherit().withUs(8, null, null, null)))
            .withMessageContaining("usCallsIn7Days");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.us().tightenedBy(PackSettings.inherit().withUs(null, null, 2, null)))
            .withMessageContaining("usThirdPartyContactsPerParty");
        assertThat(RulePacks.cn().tightenedBy(PackSettings.inherit().withCnCaps(2, 5)).settings())
            .extracting(PackSettings::cnConversationsPerDay, PackSettings::cnUnansweredPerNumberPerDay)
            .containsExactly(2, 5);
    }

    @Test
    void shorteningAPeriodOrLoweringAMinimumIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.us().tightenedBy(PackSettings.inherit().withUs(null, 5, null, null)))
            .withMessageContaining("usAfterConversationDays");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.cn().tightenedBy(PackSettings.inherit().withCnMinimums(2, null)))
            .withMessageContaining("cnThirdPartyAfterFailedAttempts");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.cn().tightenedBy(PackSettings.inherit().withCnMinimums(null, 1)))
            .withMessageContaining("cnVisitMinCollectors");
        assertThat(RulePacks.us()
            .tightenedBy(PackSettings.inherit().withUs(null, 10, null, null))
            .settings()
            .usAfterConversationDays()).isEqualTo(10);
    }

    @Test
    void aQuietPeriodLongerThanTheLookBackAllowsIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.us().tightenedBy(PackSettings.inherit().withUs(null, 15, null, null)))
            .withMessageContaining("usAfterConversationDays");
    }

    @Test
    void gbCapsThatAreOffMayBeSwitchedOnButNotRaisedLater() {
        RulePack capped = RulePacks.gb().tightenedBy(PackSettings.inherit().withGbCaps(3, 10));
        assertThat(capped.settings().gbCallsPerDay()).isEqualTo(3);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> capped.tightenedBy(PackSettings.inherit().withGbCaps(4, null)))
            .withMessageContaining("gbCallsPerDay");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RulePacks.gb().tightenedBy(PackSettings.inherit().withGbCaps(-1, null)))
            .withMessageContaining("gbCallsPerDay");
    }

    @Test
    void unknownPackCodeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RulePacks.of("FR")).withMessageContaining("FR");
    }

}
