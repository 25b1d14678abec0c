package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.kernel.web.Formats;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happened to promises, plans and settlements: one row per change, written with its
 * audit entry in the caller's transaction; the case timeline and the arrangements panel
 * read it.
 */
@Component
class ArrangementHistory implements TimelineSource {

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    private final SystemTexts texts;

    private final Formats formats;

    ArrangementHistory(JdbcClient jdbc, AuditLog audit, Clock clock, SystemTexts texts, Formats formats) {
        this.formats = formats;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
    }

    /** One change: {@code kind} PROMISE, PLAN or SETTLEMENT; {@code event} e.g. KEPT. */
    record Event(Instant at, String kind, UUID arrangementId, String event, BigDecimal amount, String currency,
            String detail, String actor) {
    }

    void record(TenantId tenant, String actor, UUID accountId, String kind, UUID id, String event, BigDecimal amount,
            String currency, String detail) {
        record(tenant, actor, accountId, kind, id, event, amount, currency, detail, clock.instant());
    }

    /**
     * One change that took effect at {@code at} (an arrangement made as of an earlier
     * instant by the system); the audit entry carries the time it was recorded.
     */
    void record(TenantId tenant, String actor, UUID accountId, String kind, UUID id, String event, BigDecimal amount,
            String currency, String detail, Instant at) {
        jdbc.sql("""
                insert into arrangement_event (tenant_id, id, account_id, kind, arrangement_id, event, amount, currency,
                  detail, actor, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), Ids.newId(), accountId, kind, id, event, amount, currency,
                    detail == null ? null : truncate(detail), actor, SqlValues.utc(at))
            .update();
        audit.record(tenant, actor, kind + "_" + event, kind.toLowerCase(), id.toString(),
                "account=" + accountId + (amount == null ? "" : " amount=" + amount.toPlainString() + " " + currency)
                        + (detail == null ? "" : " " + detail));
    }

    List<Event> of(TenantId tenant, UUID accountId, int limit) {
        return jdbc.sql("""
                select occurred_at, kind, arrangement_id, event, amount, currency, detail, actor from arrangement_event
                where tenant_id = ? and account_id = ? order by occurred_at desc, id desc limit ?""")
            .params(tenant.value(), accountId, limit)
            .query((rs, n) -> new Event(SqlValues.instant(rs, "occurred_at"), rs.getString("kind"),
                    rs.getObject("arrangement_id", UUID.class), rs.getString("event"), rs.getBigDecimal("amount"),
                    rs.getString("currency"), rs.getString("detail"), rs.getString("actor")))
            .list();
    }

    /**
     * Title keys {@code arr.timeline.<KIND>.<EVENT>} with the amount in its currency; the
     * system's details in the reader's language.
     */
    @Override
    public List<TimelineEntry> entries(CurrentUser user, UUID accountId, int limit) {
        List<TimelineEntry> entries = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (Event e : of(user.tenantId(), accountId, limit)) {
            String amount = e.amount() == null ? "" : formats.money(e.amount(), e.currency());
            entries.add(new TimelineEntry(e.at(), "PROMISE", "arr.timeline." + e.kind() + "." + e.event(),
                    List.of(amount), texts.detail(e.detail(), locale), e.actor()));
        }
        return entries;
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }

}
