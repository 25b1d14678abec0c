package io.recoverydesk.compliance.policy;

/** How a contact reaches the person. */
public enum Channel {

    CALL, SMS, EMAIL, LETTER, VISIT

}
