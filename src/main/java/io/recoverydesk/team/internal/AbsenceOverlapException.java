package io.recoverydesk.team.internal;

import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.team.Roster.Absence;

/** A new absence overlaps one the agent already has (HTTP 409). */
class AbsenceOverlapException extends ConflictException {

    private final transient Absence existing;

    AbsenceOverlapException(String username, Absence existing) {
        super("absence-overlap", "The absence overlaps " + username + "'s " + existing.kind() + " from "
                + existing.firstDay() + " to " + existing.lastDay() + "; change or remove that one first.");
        this.existing = existing;
    }

    Absence existing() {
        return existing;
    }

}
