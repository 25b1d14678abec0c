package io.recoverydesk.casework.internal;

import java.util.Set;

/**
 * Kinds of tasks: people create callbacks, follow-ups, document requests and custom
 * tasks; the system creates the others from promises and plans, and from treatment steps
 * of the strategy (letters, visits, legal reviews).
 */
enum TaskType {

    CALLBACK, FOLLOW_UP, DOCUMENT_REQUEST, CUSTOM, PROMISE_DUE, PROMISE_BROKEN, INSTALLMENT_MISSED,
    /** Steps of a treatment path that a person carries out (strategy run). */
    LETTER, VISIT, LEGAL_REVIEW;

    /** Tasks that count as "due now" in the work queue's priority. */
    static final Set<TaskType> DUE_NOW = Set.of(CALLBACK, PROMISE_DUE);

    boolean system() {
        return this == PROMISE_DUE || this == PROMISE_BROKEN || this == INSTALLMENT_MISSED || this == LETTER
                || this == VISIT || this == LEGAL_REVIEW;
    }

}
