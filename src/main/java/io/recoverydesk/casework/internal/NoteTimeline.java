package io.recoverydesk.casework.internal;

import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;

import org.springframework.stereotype.Component;

/** Case notes on the timeline; a flagged note shows the scanner's categories. */
@Component
class NoteTimeline implements TimelineSource {

    private final CaseNotes notes;

    NoteTimeline(CaseNotes notes) {
        this.notes = notes;
    }

    @Override
    public List<TimelineEntry> entries(CurrentUser user, UUID accountId, int limit) {
        return notes.latest(user.tenantId(), accountId, limit)
            .stream()
            .map(n -> new TimelineEntry(n.createdAt(), "NOTE", "timeline.note", List.of(), n.body(), n.createdBy(),
                    n.findings().stream().map(f -> "scan." + f).toList()))
            .toList();
    }

}
