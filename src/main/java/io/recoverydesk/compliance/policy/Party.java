package io.recoverydesk.compliance.policy;

/**
 * Whom the contact is meant for: the debtor, or a third party (relative, employer,
 * emergency contact).
 */
public enum Party {

    DEBTOR, THIRD_PARTY

}
