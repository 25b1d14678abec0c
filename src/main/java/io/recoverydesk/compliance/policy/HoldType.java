package io.recoverydesk.compliance.policy;

/**
 * Why contact is stopped until someone lifts the hold. The first seven stop every
 * outbound contact of the account; {@link #DO_NOT_CALL} stops calls and texts to one
 * number; {@link #CHANNEL_OPT_OUT} stops one channel (optionally to one contact point).
 */
public enum HoldType {

    DISPUTE, CEASE, BANKRUPTCY, DECEASED, LEGAL, COMPLAINT, LAWYER, DO_NOT_CALL, CHANNEL_OPT_OUT;

    public boolean isAccountWide() {
        return this != DO_NOT_CALL && this != CHANNEL_OPT_OUT;
    }

}
