package io.recoverydesk.compliance.policy;

/** Who started the contact: only outbound contacts are ever blocked. */
public enum Direction {

    OUTBOUND, INBOUND

}
