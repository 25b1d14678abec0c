package io.recoverydesk.compliance.scan;

/**
 * What a finding of the content scanner is about; each maps to a part of CN.CONDUCT,
 * US.THIRD_PARTY or FCA CONC 7 (see COMPLIANCE.md).
 */
public enum ScanCategory {

    /**
     * Violence, arrest or jail, visits to home or workplace, telling employer or family.
     */
    THREAT,

    /** Profanity, slurs and name-calling. */
    INSULT,

    /** Posing as police, court, lawyer or officials. */
    IMPERSONATION,

    /** False consequences: blacklists, criminal records, ruined credit "forever". */
    DECEPTION,

    /** Mentions of the debt in a text addressed to a third party. */
    THIRD_PARTY_DISCLOSURE,

    /** Exposing the debtor to their contact list or the public (爆通讯录). */
    PRIVACY

}
