package io.recoverydesk.strategy.segments;

/** What {@link SegmentTable#check()} found, and how much it matters. */
public enum FindingKind {

    /** A rule with an empty condition: it matches no account at all. */
    INVALID(Severity.ERROR),

    /** Earlier rules take every account of this rule: it is never the first match. */
    SHADOWED(Severity.ERROR),

    /** Accounts no rule matches. */
    GAP(Severity.WARNING),

    /** The table fragments the space too much to finish the check. */
    TOO_COMPLEX(Severity.WARNING),

    /** A rule shares accounts with an earlier one; the earlier one wins. */
    OVERLAP(Severity.INFO);

    private final Severity severity;

    FindingKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public enum Severity {

        ERROR, WARNING, INFO

    }

}
