package io.recoverydesk.casework.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.portfolio.AccountBalances;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The account's status changes, from the portfolio's status history; the system's reasons
 * in the reader's language.
 */
@Component
class StatusTimeline implements TimelineSource {

    private final AccountBalances balances;

    private final SystemTexts texts;

    StatusTimeline(AccountBalances balances, SystemTexts texts) {
        this.balances = balances;
        this.texts = texts;
    }

    @Override
    public List<TimelineEntry> entries(CurrentUser user, UUID accountId, int limit) {
        Locale locale = LocaleContextHolder.getLocale();
        return balances.statusHistory(user.tenantId(), accountId)
            .stream()
            .limit(limit)
            .map(s -> new TimelineEntry(s.at(), "STATUS", "timeline.status",
                    List.of(new DefaultMessageSourceResolvable("status." + s.from()),
                            new DefaultMessageSourceResolvable("status." + s.to())),
                    texts.reason(s.reason(), locale), s.actor()))
            .toList();
    }

}
