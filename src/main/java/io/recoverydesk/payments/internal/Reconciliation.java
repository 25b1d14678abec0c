package io.recoverydesk.payments.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.SqlValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day's money per creditor, by booking time in the tenant's zone: payments posted
 * that day, payments reversed that day, the net, and file rows received that day that
 * still wait for matching. Booking times (not paid dates) keep a past day's figures final
 * once the day is over.
 */
@Component
class Reconciliation {

    private final JdbcClient jdbc;

    private final Tenants tenants;

    private final Clock clock;

    Reconciliation(JdbcClient jdbc, Tenants tenants, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * The day asked for (YYYY-MM-DD), or today in the tenant's zone; 400 when garbled.
     */
    LocalDate day(CurrentUser user, String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock.withZone(tenants.get(user.tenantId()).zone()));
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException ex) {
            throw new BadRequestException("bad-date", "date is YYYY-MM-DD: " + text.strip());
        }
    }

    /** One creditor's day in one currency. */
    record Line(String creditor, String currency, long postedCount, BigDecimal posted, long reversedCount,
            BigDecimal reversed, BigDecimal net, long unmatchedCount, BigDecimal unmatched) {
    }

    /** The day's lines, creditor by creditor, and the zone the day was taken in. */
    record Day(LocalDate date, String zone, List<Line> lines) {
    }

    private record Sum(String creditor, String currency, long count, BigDecimal amount) {
    }

    @Transactional(readOnly = true)
    Day of(CurrentUser user, LocalDate date) {
        Tenants.Tenant tenant = tenants.get(user.tenantId());
        ZoneId zone = tenant.zone();
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, Line> lines = new TreeMap<>();
        for (Sum s : sums(user, "payment", "posted_at", "", from, to)) {
            line(lines, s.creditor(), s.currency(), s.count(), s.amount(), 0, zero(), 0, zero());
        }
        for (Sum s : sums(user, "payment", "reversed_at", "", from, to)) {
            line(lines, s.creditor(), s.currency(), 0, zero(), s.count(), s.amount(), 0, zero());
        }
        String currency = tenant.currency().getCurrencyCode();
        for (Sum s : sums(user, "payment_import_row", "created_at", " and outcome = 'UNMATCHED'", from, to)) {
            line(lines, s.creditor(), currency, 0, zero(), 0, zero(), s.count(), s.amount());
        }
        return new Day(date, zone.getId(), List.copyOf(lines.values()));
    }

    private static void line(Map<String, Line> lines, String creditor, String currency, long postedCount,
            BigDecimal posted, long reversedCount, BigDecimal reversed, long unmatchedCount, BigDecimal unmatched) {
        lines.merge(creditor + "\u0000" + currency,
                new Line(creditor, currency, postedCount, posted, reversedCount, reversed, posted.subtract(reversed),
                        unmatchedCount, unmatched),
                (a, b) -> new Line(a.creditor(), a.currency(), a.postedCount() + b.postedCount(),
                        a.posted().add(b.posted()), a.reversedCount() + b.reversedCount(),
                        a.reversed().add(b.reversed()), a.net().add(b.net()), a.unmatchedCount() + b.unmatchedCount(),
                        a.unmatched().add(b.unmatched())));
    }

    private List<Sum> sums(CurrentUser user, String table, String column, String condition, Instant from, Instant to) {
        Set<String> creditors = user.creditorScope();
        if (creditors != null && creditors.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(user.tenantId().value(), SqlValues.utc(from), SqlValues.utc(to)));
        String scope = "";
        if (creditors != null) {
            scope = " and creditor_code in (" + SqlLists.marks(creditors.size()) + ")";
            params.addAll(creditors);
        }
        boolean payments = table.equals("payment");
        String currency = payments ? "currency" : "'-'";
        return jdbc
            .sql("select creditor_code, " + currency + " as currency, count(*) as n, coalesce(sum(amount), 0) as total"
                    + " from " + table + " where tenant_id = ? and " + column + " >= ? and " + column + " < ?"
                    + condition + scope + " group by creditor_code" + (payments ? ", currency" : ""))
            .params(params)
            .query((rs, n) -> new Sum(rs.getString("creditor_code"), rs.getString("currency"), rs.getLong("n"),
                    rs.getBigDecimal("total").setScale(2)))
            .list();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

}
