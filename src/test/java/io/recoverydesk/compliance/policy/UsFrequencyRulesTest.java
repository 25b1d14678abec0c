package io.recoverydesk.compliance.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.recoverydesk.compliance.policy.Fixtures.ACCOUNT;
import static io.recoverydesk.compliance.policy.Fixtures.DEBTOR;
import static io.recoverydesk.compliance.policy.Fixtures.HOME;
import static io.recoverydesk.compliance.policy.Fixtures.MOBILE;
import static io.recoverydesk.compliance.policy.Fixtures.NEW_YORK;
import static io.recoverydesk.compliance.policy.Fixtures.OTHER_ACCOUNT;
import static io.recoverydesk.compliance.policy.Fixtures.call;
import static io.recoverydesk.compliance.policy.Fixtures.callAbout;
import static io.recoverydesk.compliance.policy.Fixtures.callMobile;
import static io.recoverydesk.compliance.policy.Fixtures.callTo;
import static io.recoverydesk.compliance.policy.Fixtures.consentCall;
import static io.recoverydesk.compliance.policy.Fixtures.decide;
import static io.recoverydesk.compliance.policy.Fixtures.inboundCall;
import static io.recoverydesk.compliance.policy.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

/** US.CALLS_7IN7, US.AFTER_CONVERSATION, US.EXCLUDED_CALLS and US.STATE.MA. */
class UsFrequencyRulesTest {

    private static Instant ny(String localDateTime) {
        return local(localDateTime, NEW_YORK);
    }

    private static Decision decideUs(Instant at, List<LedgerEntry> entries) {
        return decide(callMobile(at), RulePacks.us(), NEW_YORK, entries);
    }

    /** Scenario 1. */
    @ParameterizedTest(name = "call on {0} after a conversation on Monday 3 June: allowed={1}")
    @CsvSource({ "2024-06-03T15:00, false", "2024-06-04T10:00, false", "2024-06-06T12:00, false",
            "2024-06-09T20:59, false", "2024-06-10T08:00, true", "2024-06-12T10:00, true" })
    void conversationOnMondayBlocksCallsAboutThatDebtThroughSunday(String when, boolean allowed) {
        List<LedgerEntry> ledger = List.of(call(ny("2024-06-03T10:00"), Outcome.RIGHT_PARTY_CONTACT));
        Decision decision = decideUs(ny(when), ledger);
        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.blockingRules()).containsExactly("US.AFTER_CONVERSATION");
            assertThat(decision.nextAllowedAt()).isEqualTo(ny("2024-06-10T08:00"));
            assertThat(decision.reasons().get(0).message()).contains("2024-06-03").contains("2024-06-09");
        }
    }

    @Test
    void conversationAboutOneDebtDoesNotBlockCallsAboutAnother() {
        List<LedgerEntry> ledger = List.of(callAbout(OTHER_ACCOUNT, ny("2024-06-03T10:00"), Outcome.PROMISE_TO_PAY));
        assertThat(decideUs(ny("2024-06-04T10:00"), ledger).allowed()).isTrue();
    }

    @Test
    void inboundConversationStartsTheQuietPeriodToo() {
        List<LedgerEntry> ledger = List.of(inboundCall(ny("2024-06-05T18:00"), Outcome.HARDSHIP));
        Decision decision = decideUs(ny("2024-06-06T10:00"), ledger);
        assertThat(decision.blockingRules()).containsExactly("US.AFTER_CONVERSATION");
        assertThat(decision.nextAllowedAt()).isEqualTo(ny("2024-06-12T08:00"));
    }

    @Test
    void thirdPartyAnsweringIsNoConversationWithThePerson() {
        List<LedgerEntry> ledger = List.of(call(ny("2024-06-03T10:00"), Outcome.THIRD_PARTY));
        assertThat(decideUs(ny("2024-06-04T10:00"), ledger).allowed()).isTrue();
    }

    @Test
    void callsInsideAConsentWindowAreExemptFromTheQuietPeriod() {
        // "call me back on Wednesday": consent given in the conversation itself
        List<LedgerEntry> ledger = List
            .of(consentCall(ny("2024-06-03T10:00"), Outcome.CALLBACK_REQUESTED, ny("2024-06-06T00:00")));
        assertThat(decideUs(ny("2024-06-05T10:00"), ledger).allowed()).isTrue();
        assertThat(decideUs(ny("2024-06-06T10:00"), ledger).blockingRules()).containsExactly("US.AFTER_CONVERSATION");
    }

    @Test
    void consentNeverLastsBeyondTheSeventhDay() {
        List<LedgerEntry> ledger = new ArrayList<>();
        ledger.add(consentCall(ny("2024-06-03T10:00"), Outcome.CALLBACK_REQUESTED, ny("2024-07-31T00:00")));
        // day 7 (9 June) is still inside; day 8 is not, and the count of day 4–10 decides
        for (int day = 4; day <= 9; day++) {
            ledger.add(call(ny("2024-06-0" + day + "T09:00"), Outcome.NO_ANSWER));
        }
        assertThat(decideUs(ny("2024-06-09T20:00"), ledger).allowed()).isTrue();
        ledger.add(call(ny("2024-06-10T09:00"), Outcome.NO_ANSWER));
        // 4–10 June: six calls in consent (not counted) and one outside; the 3 June call
        // started the consent and is a conversation more than 7 days ago
        Decision decision = decideUs(ny("2024-06-10T12:00"), ledger);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.remaining()).containsEntry("US.CALLS_7IN7", 6);
    }

    /** Scenario 2. */
    @Test
    void blocksEighthCallInSevenDays() {
        List<LedgerEntry> ledger = List.of(call(ny("2024-06-03T09:00"), Outcome.NO_ANSWER),
                call(ny("2024-06-03T17:00"), Outcome.VOICEMAIL), call(ny("2024-06-04T09:00"), Outcome.NO_ANSWER),
                call(ny("2024-06-05T09:00"), Outcome.NO_ANSWER), call(ny("2024-06-06T09:00"), Outcome.NO_ANSWER),
                call(ny("2024-06-07T09:00"), Outcome.NO_ANSWER), call(ny("2024-06-08T09:00"), Outcome.NO_ANSWER));
        Decision decision = decideUs(ny("2024-06-09T10:00"), ledger);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.blockingRules()).containsExactly("US.CALLS_7IN7");
        assertThat(decision.reasons().get(0).message()).isEqualTo("7 calls in the 7 days from 2024-06-03 (limit 7)");
        assertThat(decision.reasons().get(0).args()).containsExactly(7, 7, java.time.LocalDate.parse("2024-06-03"), 7);
        assertThat(decision.remaining()).containsEntry("US.CALLS_7IN7", 0);
        assertThat(decision.nextAllowedAt()).isEqualTo(ny("2024-06-10T08:00"));
        assertThat(decideUs(ny("2024-06-10T08:00"), ledger).remaining()).containsEntry("US.CALLS_7IN7", 2);
    }

    /** Scenario 3. */
    @ParameterizedTest(name = "seven earlier attempts, one of them {0}: eighth allowed={1}")
    @CsvSource({ "BUSY, true", "NUMBER_INVALID, true", "VOICEMAIL, false", "NO_ANSWER, false" })
    void callsThatDidNotConnectAreNotCounted(Outcome odd, boolean allowed) {
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int day = 3; day <= 8; day++) {
            ledger.add(call(ny("2024-06-0" + day + "T09:00"), Outcome.NO_ANSWER));
        }
        ledger.add(call(ny("2024-06-09T09:00"), odd));
        Decision decision = decideUs(ny("2024-06-09T12:00"), ledger);
        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.remaining()).containsEntry("US.CALLS_7IN7", allowed ? 1 : 0);
    }

    /** Scenario 4. */
    @Test
    void callsToAllThePersonsNumbersCountTogether() {
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int day = 3; day <= 6; day++) {
            ledger.add(callTo(MOBILE, ny("2024-06-0" + day + "T09:00"), Outcome.NO_ANSWER));
        }
        for (int day = 6; day <= 8; day++) {
            ledger.add(callTo(HOME, ny("2024-06-0" + day + "T18:00"), Outcome.VOICEMAIL));
        }
        ContactRequest fourthToHome = ContactRequest.callDebtor(ACCOUNT, DEBTOR, HOME, ny("2024-06-09T10:00"));
        assertThat(decide(fourthToHome, RulePacks.us(), NEW_YORK, ledger).blockingRules())
            .containsExactly("US.CALLS_7IN7");
    }

    @Test
    void callsAboutAnotherDebtOfThePersonAreCountedForThatDebt() {
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int day = 3; day <= 9; day++) {
            ledger.add(callAbout(OTHER_ACCOUNT, ny("2024-06-0" + day + "T09:00"), Outcome.NO_ANSWER));
        }
        assertThat(decideUs(ny("2024-06-09T12:00"), ledger).allowed()).isTrue();
    }

    @Test
    void aCallWithPriorConsentIsNotCountedAndNotBlocked() {
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int day = 3; day <= 9; day++) {
            ledger.add(call(ny("2024-06-0" + day + "T09:00"), Outcome.NO_ANSWER));
        }
        assertThat(decideUs(ny("2024-06-09T12:00"), ledger).allowed()).isFalse();
        ledger.add(consentCall(ny("2024-06-09T10:00"), Outcome.CALLBACK_REQUESTED, ny("2024-06-09T18:00")));
        assertThat(decideUs(ny("2024-06-09T12:00"), ledger).allowed()).isTrue();
        // the call that got the consent was not made with it, so it counts: 8 counted
        assertThat(decideUs(ny("2024-06-09T18:00"), ledger).blockingRules()).containsExactlyInAnyOrder("US.CALLS_7IN7",
                "US.AFTER_CONVERSATION");
    }

    @Test
    void massachusettsAllowsTwoCallsPerSevenDays() {
        DebtorFacts bostonian = new DebtorFacts(Set.of(NEW_YORK), Set.of(MOBILE), Set.of(), "MA");
        List<LedgerEntry> ledger = List.of(call(ny("2024-06-03T09:00"), Outcome.NO_ANSWER),
                call(ny("2024-06-05T09:00"), Outcome.VOICEMAIL));
        Decision decision = decide(callMobile(ny("2024-06-07T10:00")), RulePacks.us(), bostonian, ledger);
        assertThat(decision.blockingRules()).containsExactly("US.STATE.MA");
        assertThat(decision.remaining()).isEqualTo(Map.of("US.CALLS_7IN7", 5, "US.STATE.MA", 0));
        assertThat(decision.nextAllowedAt()).isEqualTo(ny("2024-06-10T08:00"));
        DebtorFacts newYorker = new DebtorFacts(Set.of(NEW_YORK), Set.of(MOBILE), Set.of(), "NY");
        assertThat(decide(callMobile(ny("2024-06-07T10:00")), RulePacks.us(), newYorker, ledger).allowed()).isTrue();
    }

    @Test
    void textsAreNotLimitedByTheCallRules() {
        List<LedgerEntry> ledger = List.of(call(ny("2024-06-03T10:00"), Outcome.RIGHT_PARTY_CONTACT));
        ContactRequest text = Fixtures.request(Channel.SMS, Party.DEBTOR, MOBILE, ny("2024-06-04T10:00"));
        Decision decision = decide(text, RulePacks.us(), NEW_YORK, ledger);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.remaining()).isEmpty();
    }

    @Test
    void dayCountsFollowLocalDaysAcrossTheSpringDstChange() {
        // seven calls on Monday 4 March (EST); the period 4–10 March ends at midnight EDT
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ledger.add(call(ny("2024-03-04T10:0" + i), Outcome.NO_ANSWER));
        }
        Decision decision = decideUs(ny("2024-03-10T20:00"), ledger);
        assertThat(decision.blockingRules()).containsExactly("US.CALLS_7IN7");
        assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2024-03-11T12:00:00Z"));
    }

}
