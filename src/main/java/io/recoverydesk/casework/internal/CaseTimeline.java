package io.recoverydesk.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The case timeline: every {@link TimelineSource}'s entries merged, newest first, a page
 * at a time. Each source reads at most as many entries as the page needs (indexed,
 * limited queries), so a long history costs no more than its first pages.
 */
@Service
class CaseTimeline {

    static final int PAGE = 50;

    private final List<TimelineSource> sources;

    private final AccountDirectory accounts;

    private final MessageSource messages;

    CaseTimeline(List<TimelineSource> sources, AccountDirectory accounts, MessageSource messages) {
        this.sources = sources;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** A page of entries and whether more follow. */
    record Page(List<TimelineEntry> entries, int page, boolean more) {
    }

    /** An entry as shown: its title translated. */
    record Row(Instant at, String kind, String title, String detail, String actor, List<Flag> flags) {
    }

    /** A badge: {@code tone} warning (a rule broken), info (flagged for QA) or light. */
    record Flag(String text, String tone, boolean qa) {
    }

    Page page(CurrentUser user, UUID accountId, int page, int size) {
        if (accounts.visible(user, accountId).isEmpty()) {
            throw new NotFoundException("account " + accountId + " not found");
        }
        int safePage = Math.max(0, Math.min(page, 100));
        int wanted = (safePage + 1) * size + 1;
        List<TimelineEntry> all = new ArrayList<>();
        for (TimelineSource source : sources) {
            all.addAll(source.entries(user, accountId, wanted));
        }
        all.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        int from = Math.min(all.size(), safePage * size);
        int to = Math.min(all.size(), from + size);
        return new Page(List.copyOf(all.subList(from, to)), safePage, all.size() > to);
    }

    List<Row> rows(Page page) {
        Locale locale = LocaleContextHolder.getLocale();
        return page.entries()
            .stream()
            .map(e -> new Row(e.at(), e.kind(),
                    messages.getMessage(e.titleKey(), e.args().toArray(), e.titleKey(), locale), e.detail(), e.actor(),
                    e.flags()
                        .stream()
                        .map(f -> f.startsWith("rule:") ? new Flag(f.substring(5), "warning", false)
                                : new Flag(messages.getMessage(f, null, f, locale),
                                        f.startsWith("scan.") ? "info" : "light", f.startsWith("scan.")))
                        .toList()))
            .toList();
    }

}
