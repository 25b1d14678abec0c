package io.recoverydesk.compliance;

import java.time.Instant;

import io.recoverydesk.identity.CurrentUser;

/**
 * A contact was written to the ledger (published inside the recording transaction, so a
 * listener's changes commit or roll back with it). {@code callbackAt} is the next action
 * the report named (null = none): casework makes a callback task of it.
 */
public record ContactRecorded(CurrentUser recordedBy, ContactDoor.Recorded contact, Instant callbackAt) {

    public ContactRecorded(CurrentUser recordedBy, ContactDoor.Recorded contact) {
        this(recordedBy, contact, null);
    }

}
