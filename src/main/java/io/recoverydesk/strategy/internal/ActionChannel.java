package io.recoverydesk.strategy.internal;

/** How a treatment step reaches the debtor or the team. */
public enum ActionChannel {

    /** A digital message: goes to the outbox, sent through the compliance door. */
    SMS(true, false), EMAIL(true, false),
    /** Call work: the account's place in its agent's queue. */
    CALL(false, false),
    /** Work for a person: becomes a casework task. */
    LETTER(false, true), VISIT(false, true), LEGAL_REVIEW(false, true);

    private final boolean digital;

    private final boolean task;

    ActionChannel(boolean digital, boolean task) {
        this.digital = digital;
        this.task = task;
    }

    public boolean digital() {
        return digital;
    }

    public boolean task() {
        return task;
    }

    /** The status an action of this channel starts in. */
    public String initialStatus() {
        return digital ? "OUTBOX" : task ? "TASK_PENDING" : "QUEUED";
    }

}
