package io.recoverydesk.compliance.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTest {

    @ParameterizedTest(name = "{0}: conversation={1} withPerson={2} connected={3} unanswered={4} failed={5}")
    @CsvSource({ "NO_ANSWER, false, false, true, true, true", "BUSY, false, false, false, true, true",
            "VOICEMAIL, false, false, true, true, true", "WRONG_NUMBER, false, false, true, false, true",
            "NUMBER_INVALID, false, false, false, true, true", "THIRD_PARTY, true, false, true, false, true",
            "RIGHT_PARTY_CONTACT, true, true, true, false, false", "PROMISE_TO_PAY, true, true, true, false, false",
            "PAYMENT_PLAN_AGREED, true, true, true, false, false", "REFUSED_TO_PAY, true, true, true, false, false",
            "DISPUTE, true, true, true, false, false", "HARDSHIP, true, true, true, false, false",
            "CALLBACK_REQUESTED, true, true, true, false, false", "CEASE_REQUEST, true, true, true, false, false",
            "DECEASED, true, true, true, false, false", "BANKRUPTCY, true, true, true, false, false",
            "COMPLAINT, true, true, true, false, false", "HUNG_UP, true, true, true, false, false",
            "SENT, false, false, true, false, false", "VISITED, false, false, true, false, false" })
    void classifiesEveryOutcomeByTheCountingWords(Outcome outcome, boolean conversation, boolean withPerson,
            boolean connected, boolean unanswered, boolean failed) {
        assertThat(outcome.isConversation()).isEqualTo(conversation);
        assertThat(outcome.isConversationWithPerson()).isEqualTo(withPerson);
        assertThat(outcome.isConnected()).isEqualTo(connected);
        assertThat(outcome.isUnanswered()).isEqualTo(unanswered);
        assertThat(outcome.isFailedAttempt()).isEqualTo(failed);
    }

}
