package io.recoverydesk.allocation.engine;

/** Why an account went to its agent. */
public enum Reason {

    /** A manual override, honoured even beyond capacity or without the skills. */
    OVERRIDE("manual override"),

    /** Stays with the agent who works it today. */
    CONTINUITY_SAME_AGENT("kept with current agent"),

    /** Goes where the debtor's other accounts are (or where an override put them). */
    CONTINUITY_DEBTOR("with the agent of the debtor's other accounts"),

    /** The previous agent is absent, has left or has no hours this period. */
    REBALANCED_ABSENT("previous agent absent or gone"),

    /** Moved or given to this agent to bring expected value within the team's band. */
    FAIRNESS("evens out expected value"),

    /**
     * Given to the skilled agent with room and the least expected value for their hours.
     */
    CAPACITY("free capacity"),

    /** The only available agent with the skills it needs. */
    SKILL("only agent with the skills");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
