package io.recoverydesk.casework.internal;

import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.portfolio.AccountBalances;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** The account's status changes, from the portfolio's status history. */
@Component
class StatusTimeline implements TimelineSource {

    private final AccountBalances balances;

    StatusTimeline(AccountBalances balances) {
        this.balances = balances;
    }

    @Override
    public List<TimelineEntry> entries(CurrentUser user, UUID accountId, int limit) {
        return balances.statusHistory(user.tenantId(), accountId)
            .stream()
            .limit(limit)
            .map(s -> new TimelineEntry(s.at(), "STATUS", "timeline.status",
                    List.of(new DefaultMessageSourceResolvable("status." + s.from()),
                            new DefaultMessageSourceResolvable("status." + s.to())),
                    s.reason(), s.actor()))
            .toList();
    }

}
