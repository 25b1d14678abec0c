package io.recoverydesk.compliance.policy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Outcome of a recorded contact: the standard codes of DOMAIN.md, plus {@link #SENT} for
 * SMS, email and letter deliveries and {@link #VISITED} for a field visit made.
 *
 * <p>
 * The classifications follow COMPLIANCE.md "Counting words". {@link #WRONG_NUMBER} is
 * neither unanswered (somebody picked up) nor a conversation (not with the person we
 * called); for reaching the debtor it is a failure.
 */
public enum Outcome {

    NO_ANSWER, BUSY, VOICEMAIL, WRONG_NUMBER, NUMBER_INVALID, THIRD_PARTY, RIGHT_PARTY_CONTACT, PROMISE_TO_PAY,
    PAYMENT_PLAN_AGREED, REFUSED_TO_PAY, DISPUTE, HARDSHIP, CALLBACK_REQUESTED, CEASE_REQUEST, DECEASED, BANKRUPTCY,
    COMPLAINT, HUNG_UP, SENT, VISITED;

    // DECEASED and BANKRUPTCY are told to us by a person on the line, so they are
    // conversations even though COMPLIANCE.md does not list them.
    private static final Set<Outcome> CONVERSATIONS = EnumSet.of(RIGHT_PARTY_CONTACT, PROMISE_TO_PAY,
            PAYMENT_PLAN_AGREED, REFUSED_TO_PAY, DISPUTE, HARDSHIP, CALLBACK_REQUESTED, CEASE_REQUEST, COMPLAINT,
            HUNG_UP, THIRD_PARTY, DECEASED, BANKRUPTCY);

    private static final Set<Outcome> UNANSWERED = EnumSet.of(NO_ANSWER, BUSY, VOICEMAIL, NUMBER_INVALID);

    /**
     * A person was spoken to (有效沟通), the debtor or, for {@link #THIRD_PARTY}, someone
     * else.
     */
    public boolean isConversation() {
        return CONVERSATIONS.contains(this);
    }

    /**
     * A conversation with the person the contact was meant for: every conversation except
     * {@link #THIRD_PARTY}, where someone else answered.
     */
    public boolean isConversationWithPerson() {
        return this != THIRD_PARTY && isConversation();
    }

    /** The call reached the network and rang or was answered (US.EXCLUDED_CALLS). */
    public boolean isConnected() {
        return this != BUSY && this != NUMBER_INVALID;
    }

    /**
     * An attempt in which nobody picked up (CN.UNANSWERED); a voicemail greeting is no
     * person.
     */
    public boolean isUnanswered() {
        return UNANSWERED.contains(this);
    }

    /**
     * A call to the debtor that did not reach the debtor (CN.THIRD_PARTY): unanswered, a
     * wrong number, or somebody else answered.
     */
    public boolean isFailedAttempt() {
        return isUnanswered() || this == WRONG_NUMBER || this == THIRD_PARTY;
    }

}
