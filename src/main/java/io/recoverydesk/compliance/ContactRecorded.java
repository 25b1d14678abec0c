package io.recoverydesk.compliance;

import io.recoverydesk.identity.CurrentUser;

/**
 * A contact was written to the ledger (published inside the recording transaction, so a
 * listener's changes commit or roll back with it).
 */
public record ContactRecorded(CurrentUser recordedBy, ContactDoor.Recorded contact) {
}
