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
import static io.recoverydesk.compliance.policy.Fixtures.FRIEND;
import static io.recoverydesk.compliance.policy.Fixtures.HOME;
import static io.recoverydesk.compliance.policy.Fixtures.MOBILE;
import static io.recoverydesk.compliance.policy.Fixtures.OTHER_ACCOUNT;
import static io.recoverydesk.compliance.policy.Fixtures.SHANGHAI;
import static io.recoverydesk.compliance.policy.Fixtures.call;
import static io.recoverydesk.compliance.policy.Fixtures.callAbout;
import static io.recoverydesk.compliance.policy.Fixtures.callMobile;
import static io.recoverydesk.compliance.policy.Fixtures.callTo;
import static io.recoverydesk.compliance.policy.Fixtures.decide;
import static io.recoverydesk.compliance.policy.Fixtures.inboundCall;
import static io.recoverydesk.compliance.policy.Fixtures.local;
import static io.recoverydesk.compliance.policy.Fixtures.thirdPartyCall;
import static org.assertj.core.api.Assertions.assertThat;

/** CN.CONVERSATIONS, CN.UNANSWERED, CN.THIRD_PARTY and CN.VISIT. */
class CnRulesTest {

    private static Instant sh(String localDateTime) {
        return local(localDateTime, SHANGHAI);
    }

    /** Scenario 6, first part. */
    @Test
    void blocksFourthConversationInOneDay() {
        List<LedgerEntry> ledger = List.of(call(sh("2024-06-03T09:00"), Outcome.RIGHT_PARTY_CONTACT),
                callAbout(OTHER_ACCOUNT, sh("2024-06-03T11:00"), Outcome.PROMISE_TO_PAY),
                callTo(HOME, sh("2024-06-03T14:00"), Outcome.HUNG_UP));
        Decision decision = decide(callMobile(sh("2024-06-03T16:00")), RulePacks.cn(), SHANGHAI, ledger);
        assertThat(decision.blockingRules()).containsExactly("CN.CONVERSATIONS");
        assertThat(decision.reasons().get(0).message())
            .isEqualTo("3 conversations with the debtor on 2024-06-03 (Asia/Shanghai) (limit 3)");
        assertThat(decision.nextAllowedAt()).isEqualTo(sh("2024-06-04T08:00"));
        assertThat(decision.remaining()).containsEntry("CN.CONVERSATIONS", 0);
    }

    @ParameterizedTest(name = "two conversations and a {0}: third conversation allowed={1}")
    @CsvSource({ "THIRD_PARTY, true", "WRONG_NUMBER, true", "VOICEMAIL, true", "DECEASED, false",
            "CALLBACK_REQUESTED, false" })
    void countsOnlyConversationsWithTheDebtor(Outcome third, boolean allowed) {
        List<LedgerEntry> ledger = List.of(call(sh("2024-06-03T09:00"), Outcome.RIGHT_PARTY_CONTACT),
                call(sh("2024-06-03T10:00"), Outcome.DISPUTE), call(sh("2024-06-03T11:00"), third));
        assertThat(decide(callMobile(sh("2024-06-03T16:00")), RulePacks.cn(), SHANGHAI, ledger).allowed())
            .isEqualTo(allowed);
    }

    @Test
    void inboundConversationsCountTowardsTheDailyLimit() {
        List<LedgerEntry> ledger = List.of(inboundCall(sh("2024-06-03T09:00"), Outcome.HARDSHIP),
                inboundCall(sh("2024-06-03T10:00"), Outcome.CALLBACK_REQUESTED),
                call(sh("2024-06-03T11:00"), Outcome.RIGHT_PARTY_CONTACT));
        assertThat(decide(callMobile(sh("2024-06-03T16:00")), RulePacks.cn(), SHANGHAI, ledger).blockingRules())
            .containsExactly("CN.CONVERSATIONS");
    }

    @Test
    void conversationsOfYesterdayDoNotCount() {
        List<LedgerEntry> ledger = List.of(call(sh("2024-06-02T20:00"), Outcome.RIGHT_PARTY_CONTACT),
                call(sh("2024-06-02T21:00"), Outcome.RIGHT_PARTY_CONTACT),
                call(sh("2024-06-02T21:30"), Outcome.RIGHT_PARTY_CONTACT));
        Decision decision = decide(callMobile(sh("2024-06-03T08:00")), RulePacks.cn(), SHANGHAI, ledger);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.remaining()).isEqualTo(Map.of("CN.CONVERSATIONS", 3, "CN.UNANSWERED", 6));
    }

    /** Scenario 6, second part. */
    @Test
    void blocksSeventhUnansweredAttemptToTheSameNumberInOneDay() {
        List<LedgerEntry> ledger = new ArrayList<>();
        Outcome[] unanswered = { Outcome.NO_ANSWER, Outcome.BUSY, Outcome.VOICEMAIL, Outcome.NUMBER_INVALID,
                Outcome.NO_ANSWER, Outcome.NO_ANSWER };
        for (int i = 0; i < unanswered.length; i++) {
            ledger.add(call(sh("2024-06-03T1" + i + ":00"), unanswered[i]));
        }
        Decision decision = decide(callMobile(sh("2024-06-03T17:00")), RulePacks.cn(), SHANGHAI, ledger);
        assertThat(decision.blockingRules()).containsExactly("CN.UNANSWERED");
        assertThat(decision.nextAllowedAt()).isEqualTo(sh("2024-06-04T08:00"));
        ContactRequest otherNumber = ContactRequest.callDebtor(ACCOUNT, DEBTOR, HOME, sh("2024-06-03T17:00"));
        assertThat(decide(otherNumber, RulePacks.cn(), SHANGHAI, ledger).allowed()).isTrue();
    }

    @Test
    void wrongNumberIsNotAnUnansweredAttempt() {
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ledger.add(call(sh("2024-06-03T1" + i + ":00"), Outcome.NO_ANSWER));
        }
        ledger.add(call(sh("2024-06-03T16:00"), Outcome.WRONG_NUMBER));
        Decision decision = decide(callMobile(sh("2024-06-03T17:00")), RulePacks.cn(), SHANGHAI, ledger);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.remaining()).containsEntry("CN.UNANSWERED", 1);
    }

    private static Decision thirdParty(List<LedgerEntry> ledger, DebtorFacts facts, Set<java.util.UUID> refused) {
        ContactRequest request = Fixtures.request(Channel.CALL, Party.THIRD_PARTY, FRIEND, sh("2024-06-10T10:00"));
        return Fixtures.POLICY.decide(request, RulePacks.cn(), facts, new ContactHistory(ledger, Map.of(), refused),
                List.of());
    }

    private static List<LedgerEntry> failedAttempts(int n, String day) {
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ledger.add(call(sh(day + "T1" + i + ":00"), i % 2 == 0 ? Outcome.NO_ANSWER : Outcome.WRONG_NUMBER));
        }
        return ledger;
    }

    @ParameterizedTest(name = "{0} failed attempts: third party allowed={1}")
    @CsvSource({ "0, false", "2, false", "3, true", "5, true" })
    void thirdPartyOnlyAfterThreeFailedAttemptsToTheDebtor(int failed, boolean allowed) {
        Decision decision = thirdParty(failedAttempts(failed, "2024-06-05"), Fixtures.facts(SHANGHAI), Set.of());
        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.blockingRules()).containsExactly("CN.THIRD_PARTY");
            assertThat(decision.nextAllowedAt()).isNull();
        }
    }

    @Test
    void reachingTheDebtorStartsTheFailedAttemptsAgain() {
        List<LedgerEntry> ledger = failedAttempts(4, "2024-06-05");
        ledger.add(call(sh("2024-06-06T10:00"), Outcome.RIGHT_PARTY_CONTACT));
        ledger.addAll(failedAttempts(2, "2024-06-07"));
        assertThat(thirdParty(ledger, Fixtures.facts(SHANGHAI), Set.of()).allowed()).isFalse();
        ledger.addAll(failedAttempts(1, "2024-06-08"));
        assertThat(thirdParty(ledger, Fixtures.facts(SHANGHAI), Set.of()).allowed()).isTrue();
    }

    @Test
    void failedAttemptsOlderThanThirtyDaysDoNotCount() {
        assertThat(thirdParty(failedAttempts(3, "2024-05-10"), Fixtures.facts(SHANGHAI), Set.of()).allowed()).isFalse();
        assertThat(thirdParty(failedAttempts(3, "2024-05-12"), Fixtures.facts(SHANGHAI), Set.of()).allowed()).isTrue();
    }

    @Test
    void thirdPartyAllowedWhenEveryDebtorNumberIsInvalid() {
        DebtorFacts dead = new DebtorFacts(Set.of(SHANGHAI), Set.of(MOBILE, HOME), Set.of(MOBILE, HOME), null);
        assertThat(thirdParty(List.of(), dead, Set.of()).allowed()).isTrue();
        DebtorFacts halfDead = new DebtorFacts(Set.of(SHANGHAI), Set.of(MOBILE, HOME), Set.of(MOBILE), null);
        assertThat(thirdParty(List.of(), halfDead, Set.of()).allowed()).isFalse();
    }

    @ParameterizedTest(name = "third party said {0}")
    @CsvSource({ "REFUSED_TO_PAY", "CEASE_REQUEST" })
    void stopsWhenTheThirdPartyRefuses(Outcome refusal) {
        List<LedgerEntry> ledger = failedAttempts(3, "2024-06-05");
        ledger.add(thirdPartyCall(FRIEND, sh("2024-06-06T10:00"), refusal));
        Decision decision = thirdParty(ledger, Fixtures.facts(SHANGHAI), Set.of());
        assertThat(decision.blockingRules()).containsExactly("CN.THIRD_PARTY");
        assertThat(decision.reasons().get(0).message()).contains("refused");
        assertThat(decision.nextAllowedAt()).isNull();
    }

    @Test
    void aRefusalOlderThanTheLedgerSliceStillStops() {
        assertThat(thirdParty(failedAttempts(3, "2024-06-05"), Fixtures.facts(SHANGHAI), Set.of(FRIEND)).allowed())
            .isFalse();
    }

    @ParameterizedTest(name = "visit by {0} collectors: allowed={1}")
    @CsvSource(value = { "NULL, false", "0, false", "1, false", "2, true", "3, true" }, nullValues = "NULL")
    void fieldVisitNeedsTwoCollectors(Integer collectors, boolean allowed) {
        ContactRequest visit = new ContactRequest(ACCOUNT, DEBTOR, Channel.VISIT, Direction.OUTBOUND, Party.DEBTOR,
                null, sh("2024-06-03T10:00"), collectors);
        Decision decision = decide(visit, RulePacks.cn(), SHANGHAI, List.of());
        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.blockingRules()).containsExactly("CN.VISIT");
            assertThat(decision.nextAllowedAt()).isNull();
        }
    }

}
