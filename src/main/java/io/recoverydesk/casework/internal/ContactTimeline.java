package io.recoverydesk.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.compliance.CaseHistory;
import io.recoverydesk.compliance.ContactDoor;
import io.recoverydesk.identity.CurrentUser;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Contacts on the timeline, from the compliance ledger; a note the scanner flagged and
 * the rules a reported contact broke show as badges.
 */
@Component
class ContactTimeline implements TimelineSource {

    private final CaseHistory history;

    ContactTimeline(CaseHistory history) {
        this.history = history;
    }

    @Override
    public List<TimelineEntry> entries(CurrentUser user, UUID accountId, int limit) {
        return history.contacts(user.tenantId(), accountId, limit).stream().map(ContactTimeline::entry).toList();
    }

    static TimelineEntry entry(ContactDoor.Recorded c) {
        List<String> flags = new ArrayList<>();
        c.noteFindings().forEach(f -> flags.add("scan." + f));
        c.violations().forEach(v -> flags.add("rule:" + v));
        if (c.reported()) {
            flags.add("door.reported");
        }
        String duration = c.durationSeconds() == null ? ""
                : String.format(" · %d:%02d", c.durationSeconds() / 60, c.durationSeconds() % 60);
        return new TimelineEntry(c.startedAt(), "CONTACT", "timeline.contact",
                List.of(new DefaultMessageSourceResolvable("channel." + c.channel()),
                        new DefaultMessageSourceResolvable("direction." + c.direction()),
                        new DefaultMessageSourceResolvable("outcome." + c.outcome()), duration),
                c.notes(), c.recordedBy(), flags);
    }

}
