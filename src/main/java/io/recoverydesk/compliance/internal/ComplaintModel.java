package io.recoverydesk.compliance.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.recoverydesk.kernel.ConflictException;

/**
 * The values of a complaint: its states and their transitions, categories, intake
 * channels.
 */
final class ComplaintModel {

    private ComplaintModel() {
    }

    /**
     * Where a complaint stands. Each transition names the one state it starts from; any
     * other is a conflict (HTTP 409). RESOLVED is final.
     */
    enum State {

        RECEIVED, ACKNOWLEDGED, INVESTIGATING, RESOLVED;

        State acknowledge() {
            return from(RECEIVED, ACKNOWLEDGED, "acknowledge");
        }

        State investigate() {
            return from(ACKNOWLEDGED, INVESTIGATING, "start the investigation of");
        }

        State resolve() {
            return from(INVESTIGATING, RESOLVED, "resolve");
        }

        /** Notes are added while the complaint is open. */
        void requireOpen() {
            if (this == RESOLVED) {
                throw new ConflictException("complaint-resolved", "The complaint is resolved; it takes no more notes.");
            }
        }

        private State from(State required, State next, String verb) {
            if (this != required) {
                throw new ConflictException("complaint-state",
                        "Cannot " + verb + " a complaint that is " + this + "; it must be " + required + ".");
            }
            return next;
        }

    }

    enum Category {

        HARASSMENT, RUDE_CONDUCT, THIRD_PARTY_DISCLOSURE, WRONG_AMOUNT, PRIVACY, THREAT, OTHER

    }

    /** How the complaint came in. */
    enum Intake {

        PHONE, LETTER, REGULATOR, CREDITOR, APP, EMAIL, VISIT

    }

    enum Outcome {

        SUBSTANTIATED, NOT_SUBSTANTIATED

    }

    /** Where a complaint stands against its deadlines, for the workbench. */
    enum SlaState {

        TO_ACKNOWLEDGE, INVESTIGATING, OVERDUE, RESOLVED

    }

    record Complaint(UUID id, UUID accountId, String agentUsername, Intake channel, Category category,
            String externalRef, String complainant, String summary, State state, Instant receivedAt, Instant ackDueAt,
            Instant resolveDueAt, String acknowledgedBy, Instant acknowledgedAt, String investigationBy,
            Instant investigationAt, String resolvedBy, Instant resolvedAt, Outcome outcome, String rootCause,
            String remedy, String resolution, UUID holdId, Instant ackEscalatedAt, Instant resolveEscalatedAt,
            String createdBy, Instant createdAt) {

        boolean open() {
            return state != State.RESOLVED;
        }

        boolean escalated() {
            return ackEscalatedAt != null || resolveEscalatedAt != null;
        }

        /**
         * The deadline that applies now: acknowledgement while received, then resolution.
         */
        Instant nextDue() {
            return state == State.RECEIVED ? ackDueAt : state == State.RESOLVED ? null : resolveDueAt;
        }

        boolean ackBreached(Instant now) {
            return state == State.RECEIVED && now.isAfter(ackDueAt);
        }

        boolean resolveBreached(Instant now) {
            return open() && now.isAfter(resolveDueAt);
        }

        boolean overdue(Instant now) {
            return ackBreached(now) || resolveBreached(now);
        }

        /** How long past the earliest missed deadline; null when none is missed. */
        Duration overdueBy(Instant now) {
            if (!overdue(now)) {
                return null;
            }
            Instant missed = ackBreached(now) ? ackDueAt : resolveDueAt;
            return Duration.between(missed, now);
        }

        SlaState slaState(Instant now) {
            if (state == State.RESOLVED) {
                return SlaState.RESOLVED;
            }
            if (overdue(now)) {
                return SlaState.OVERDUE;
            }
            return state == State.RECEIVED ? SlaState.TO_ACKNOWLEDGE : SlaState.INVESTIGATING;
        }

    }

    /** An investigation note: appended, never changed. */
    record Note(UUID id, String author, Instant writtenAt, String body) {
    }

}
