package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.recoverydesk.compliance.policy.Fixtures.HOME;
import static io.recoverydesk.compliance.policy.Fixtures.MOBILE;
import static io.recoverydesk.compliance.policy.Fixtures.NEW_YORK;
import static io.recoverydesk.compliance.policy.Fixtures.callMobile;
import static io.recoverydesk.compliance.policy.Fixtures.facts;
import static io.recoverydesk.compliance.policy.Fixtures.local;
import static io.recoverydesk.compliance.policy.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/** Holds stop the matching contacts in every pack, under the pack's rule id. */
class HoldRuleTest {

    private static final Instant MONDAY_NOON = local("2024-06-03T12:00", NEW_YORK);

    private static Decision decide(ContactRequest request, RulePack pack, ActiveHold... holds) {
        return Fixtures.POLICY.decide(request, pack, facts(NEW_YORK), new ContactHistory(List.of(), Map.of()),
                List.of(holds));
    }

    @ParameterizedTest(name = "{1} hold in the {0} pack → {2}")
    @CsvSource({ "US, DISPUTE, US.DISPUTE", "US, CEASE, US.CEASE", "US, BANKRUPTCY, HOLD.BANKRUPTCY",
            "US, LAWYER, HOLD.LAWYER", "CN, DISPUTE, HOLD.DISPUTE", "CN, DECEASED, HOLD.DECEASED",
            "GB, COMPLAINT, HOLD.COMPLAINT", "GB, LEGAL, HOLD.LEGAL", "GB, CEASE, HOLD.CEASE" })
    void accountWideHoldStopsEveryOutboundContactForGood(String pack, HoldType type, String rule) {
        for (Channel channel : Channel.values()) {
            Decision decision = decide(request(channel, Party.DEBTOR, MOBILE, MONDAY_NOON), RulePacks.of(pack),
                    ActiveHold.of(type));
            assertThat(decision.blockingRules()).as(channel.name()).contains(rule);
            assertThat(decision.nextAllowedAt()).isNull();
        }
    }

    @Test
    void inboundContactIsNeverStoppedByAHold() {
        ContactRequest inbound = new ContactRequest(Fixtures.ACCOUNT, Fixtures.DEBTOR, Channel.CALL, Direction.INBOUND,
                Party.DEBTOR, MOBILE, MONDAY_NOON, null);
        assertThat(decide(inbound, RulePacks.us(), ActiveHold.of(HoldType.CEASE)).allowed()).isTrue();
    }

    @Test
    void doNotCallStopsCallsAndTextsToThatNumberOnly() {
        ActiveHold dnc = ActiveHold.doNotCall(MOBILE);
        assertThat(decide(callMobile(MONDAY_NOON), RulePacks.us(), dnc).blockingRules())
            .containsExactly("HOLD.DO_NOT_CALL");
        assertThat(decide(request(Channel.SMS, Party.DEBTOR, MOBILE, MONDAY_NOON), RulePacks.us(), dnc).allowed())
            .isFalse();
        assertThat(decide(request(Channel.CALL, Party.DEBTOR, HOME, MONDAY_NOON), RulePacks.us(), dnc).allowed())
            .isTrue();
        assertThat(decide(request(Channel.EMAIL, Party.DEBTOR, null, MONDAY_NOON), RulePacks.us(), dnc).allowed())
            .isTrue();
        // a call whose number is not chosen yet might go to the held number
        assertThat(decide(request(Channel.CALL, Party.DEBTOR, null, MONDAY_NOON), RulePacks.us(), dnc).allowed())
            .isFalse();
    }

    @Test
    void channelOptOutStopsThatChannelToThatAddressOrToAll() {
        ActiveHold noEmailHere = ActiveHold.optOut(Channel.EMAIL, HOME);
        assertThat(decide(request(Channel.EMAIL, Party.DEBTOR, HOME, MONDAY_NOON), RulePacks.us(), noEmailHere)
            .blockingRules()).containsExactly("US.CHANNEL_OPT_OUT");
        assertThat(decide(request(Channel.EMAIL, Party.DEBTOR, MOBILE, MONDAY_NOON), RulePacks.us(), noEmailHere)
            .allowed()).isTrue();
        ActiveHold noTexts = ActiveHold.optOut(Channel.SMS, null);
        assertThat(decide(request(Channel.SMS, Party.DEBTOR, MOBILE, MONDAY_NOON), RulePacks.cn(), noTexts)
            .blockingRules()).containsExactly("HOLD.CHANNEL_OPT_OUT");
        assertThat(decide(callMobile(MONDAY_NOON), RulePacks.us(), noTexts).allowed()).isTrue();
    }

    @Test
    void everyBlockingRuleIsListed() {
        Instant night = local("2024-06-03T22:30", NEW_YORK);
        Decision decision = decide(callMobile(night), RulePacks.us(), ActiveHold.of(HoldType.DISPUTE),
                ActiveHold.of(HoldType.BANKRUPTCY), ActiveHold.doNotCall(MOBILE));
        assertThat(decision.blockingRules()).containsExactly("US.DISPUTE", "HOLD.BANKRUPTCY", "HOLD.DO_NOT_CALL",
                "US.TIME");
        assertThat(decision.nextAllowedAt()).isNull();
    }

}
