package io.recoverydesk.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task as listed: {@code creditorRef} and {@code debtorName} name its account (null
 * where not read); {@code status} OPEN, DONE or CANCELLED; {@code priority} HIGH, NORMAL
 * or LOW; {@code assigneeLeft} when the assignee's user is disabled (a leaver whose task
 * a lead should hand over; set on team lists only); {@code arrangementDue} the due date
 * of the promise or installment a system task is about (null for others).
 */
record Task(UUID id, UUID accountId, String creditorRef, String debtorName, TaskType type, String title, Instant dueAt,
        String priority, String assignee, String status, String createdBy, Instant createdAt, String doneBy,
        Instant doneAt, boolean assigneeLeft, LocalDate arrangementDue) {

    static final String OPEN = "OPEN";

    static final String DONE = "DONE";

    static final String CANCELLED = "CANCELLED";

    boolean open() {
        return OPEN.equals(status);
    }

    public boolean overdue(Instant now) {
        return open() && dueAt.isBefore(now);
    }

    Task named(String ref, String name) {
        return new Task(id, accountId, ref, name, type, title, dueAt, priority, assignee, status, createdBy, createdAt,
                doneBy, doneAt, assigneeLeft, arrangementDue);
    }

    /**
     * The same task, its assignee marked as having left (disabled): to be handed over.
     */
    Task ofLeaver() {
        return new Task(id, accountId, creditorRef, debtorName, type, title, dueAt, priority, assignee, status,
                createdBy, createdAt, doneBy, doneAt, true, arrangementDue);
    }

}
