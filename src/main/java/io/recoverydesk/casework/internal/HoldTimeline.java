package io.recoverydesk.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.compliance.CaseHistory;
import io.recoverydesk.identity.CurrentUser;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Holds placed and lifted, from the compliance module. */
@Component
class HoldTimeline implements TimelineSource {

    private final CaseHistory history;

    HoldTimeline(CaseHistory history) {
        this.history = history;
    }

    @Override
    public List<TimelineEntry> entries(CurrentUser user, UUID accountId, int limit) {
        List<TimelineEntry> out = new ArrayList<>();
        for (CaseHistory.HoldLine h : history.holds(user.tenantId(), accountId, limit)) {
            var type = new DefaultMessageSourceResolvable("hold.type." + h.type());
            out.add(new TimelineEntry(h.placedAt(), "HOLD", "timeline.holdPlaced", List.of(type), h.reason(),
                    h.placedBy()));
            if (h.liftedAt() != null) {
                out.add(new TimelineEntry(h.liftedAt(), "HOLD", "timeline.holdLifted", List.of(type), h.liftReason(),
                        h.liftedBy()));
            }
        }
        return out;
    }

}
