package io.recoverydesk.compliance;

import java.util.List;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;

/**
 * The content scanner for notes written outside a contact (case notes): finds what the
 * conduct rules forbid and, when it finds something, raises a NOTE_FLAGGED alert for the
 * compliance officers in the caller's transaction. The note is kept as written.
 */
public interface NoteScreening {

    /**
     * The scanner's categories found in the text (empty = clean); {@code noteId} names
     * the note in the alert.
     */
    List<String> screen(TenantId tenant, UUID accountId, UUID noteId, String text);

}
