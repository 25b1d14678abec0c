package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.compliance.policy.Outcome;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.SqlValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The compliance dashboard's figures for a period, team and creditor, within the user's
 * creditor scope. A reporting read: it joins the account, creditor, user and team tables
 * read-only to filter by team and creditor.
 */
@Component
class ComplianceDashboard {

    /**
     * An agent (or, with {@code agent} null, a whole team) whose rule events in the last
     * 7 days rose above their own baseline.
     */
    record Warning(String agent, String team, long recent, double baselinePerWeek) {
    }

    /** An account contacted close to a frequency limit. */
    record NearLimit(UUID accountId, String what, long count) {
    }

    /** Everything the page shows. */
    record Figures(LocalDate from, LocalDate to, long contacts, long reported, Map<String, Long> blockedByRule,
            Map<String, Long> violationsByRule, Map<String, Long> findingsByCategory, Map<String, Long> openAlerts,
            Map<String, Long> complaintsByCategory, Map<String, Long> complaintsBySla, Qa qa, List<Warning> warnings,
            List<NearLimit> nearLimits) {

        public long max(Map<String, Long> counts) {
            return counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        }

        public long total(Map<String, Long> counts) {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

    }

    /**
     * QA reviews in the period: how many, the average score (0-100), how many need
     * coaching.
     */
    record Qa(long reviews, java.math.BigDecimal averageScore, long coaching) {
    }

    /** What to look at. */
    record Filter(LocalDate from, LocalDate to, String team, String creditor) {
    }

    private static final String CONVERSATIONS = String.join(", ",
            Arrays.stream(Outcome.values()).filter(Outcome::isConversationWithPerson).map(o -> "'" + o + "'").toList());

    private final JdbcClient jdbc;

    ComplianceDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures figures(CurrentUser user, ZoneId zone, Filter filter, Instant now) {
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        Where ledger = where(user, filter, "l.recorded_by", "l.started_at", from, to);
        long contacts = count("select count(*) from contact_ledger l " + ledger.joins("l") + ledger.sql(), ledger);
        long reported = count(
                "select count(*) from contact_ledger l " + ledger.joins("l") + ledger.sql() + " and l.reported = true",
                ledger);
        Map<String, Long> violations = split("select l.violations, count(*) from contact_ledger l " + ledger.joins("l")
                + ledger.sql() + " and l.violations is not null group by l.violations", ledger);
        Map<String, Long> findings = split("select l.note_findings, count(*) from contact_ledger l " + ledger.joins("l")
                + ledger.sql() + " and l.note_findings is not null group by l.note_findings", ledger);
        Where blocks = where(user, filter, "b.blocked_by", "b.attempted_at", from, to);
        Map<String, Long> blocked = split("select b.rules, count(*) from contact_block b " + blocks.joins("b")
                + blocks.sql() + " group by b.rules", blocks);
        Map<String, Long> alerts = new TreeMap<>();
        jdbc.sql("select kind, count(*) from compliance_alert where tenant_id = ? and status = 'OPEN' group by kind")
            .param(user.tenantId().value())
            .query(rs -> {
                alerts.put(rs.getString(1), rs.getLong(2));
            });
        Where complaints = where(user, filter, "k.agent_username", "k.received_at", from, to);
        Map<String, Long> byCategory = split("select k.category, count(*) from complaint k " + complaints.joins("k")
                + complaints.sql() + " group by k.category", complaints);
        Map<String, Long> bySla = new TreeMap<>();
        jdbc.sql("select k.state, k.ack_due_at, k.resolve_due_at from complaint k " + complaints.joins("k")
                + complaints.sql())
            .params(complaints.params())
            .query(rs -> {
                bySla.merge(slaState(rs.getString(1), SqlValues.instant(rs, "ack_due_at"),
                        SqlValues.instant(rs, "resolve_due_at"), now), 1L, Long::sum);
            });
        Where reviews = where(user, filter, "r.agent", "r.reviewed_at", from, to);
        Qa qa = jdbc
            .sql("select count(*), avg(r.score), sum(case when r.coaching then 1 else 0 end) from qa_review r "
                    + "join contact_ledger l on l.tenant_id = r.tenant_id and l.id = r.contact_id " + reviews.joins("l")
                    + reviews.sql())
            .params(reviews.params())
            .query((rs, n) -> new Qa(rs.getLong(1),
                    rs.getBigDecimal(2) == null ? null
                            : rs.getBigDecimal(2).setScale(1, java.math.RoundingMode.HALF_UP),
                    rs.getLong(3)))
            .single();
        return new Figures(filter.from(), filter.to(), contacts, reported, blocked, violations, findings, alerts,
                byCategory, bySla, qa, warnings(user, filter, now), nearLimits(user, zone, now));
    }

    /**
     * Agents whose violations, flagged notes and blocked attempts of the last 7 days are
     * at least 2 and more than twice their weekly average over the 8 weeks before.
     */
    private List<Warning> warnings(CurrentUser user, Filter filter, Instant now) {
        Instant recentFrom = now.minus(7, ChronoUnit.DAYS);
        Instant baselineFrom = recentFrom.minus(56, ChronoUnit.DAYS);
        Where ledger = where(user, filter, "l.recorded_by", "l.started_at", baselineFrom, now);
        Where blocks = where(user, filter, "b.blocked_by", "b.attempted_at", baselineFrom, now);
        Where complaints = where(user, filter, "k.agent_username", "k.received_at", baselineFrom, now);
        List<Object> params = new ArrayList<>(ledger.params());
        params.addAll(blocks.params());
        params.addAll(complaints.params());
        Map<String, long[]> perAgent = new LinkedHashMap<>();
        Map<String, long[]> perTeam = new LinkedHashMap<>();
        Map<String, String> teams = new LinkedHashMap<>();
        jdbc.sql("select agent, team, at from (select l.recorded_by agent, t.code team, l.started_at at "
                + "from contact_ledger l " + ledger.joins("l") + ledger.sql()
                + " and (l.violations is not null or l.note_findings is not null) "
                + "union all select b.blocked_by, t.code, b.attempted_at from contact_block b " + blocks.joins("b")
                + blocks.sql() + " union all select k.agent_username, t.code, k.received_at from complaint k "
                + complaints.joins("k") + complaints.sql() + " and k.agent_username is not null) e")
            .params(params)
            .query(rs -> {
                int slot = SqlValues.instant(rs, "at").isBefore(recentFrom) ? 0 : 1;
                perAgent.computeIfAbsent(rs.getString(1), k -> new long[2])[slot]++;
                teams.putIfAbsent(rs.getString(1), rs.getString(2));
                if (rs.getString(2) != null) {
                    perTeam.computeIfAbsent(rs.getString(2), k -> new long[2])[slot]++;
                }
            });
        List<Warning> out = new ArrayList<>();
        perAgent.forEach((agent, counts) -> {
            if (risen(counts)) {
                out.add(new Warning(agent, teams.get(agent), counts[1], counts[0] / 8.0));
            }
        });
        perTeam.forEach((team, counts) -> {
            if (risen(counts)) {
                out.add(new Warning(null, team, counts[1], counts[0] / 8.0));
            }
        });
        out.sort((a, b) -> Long.compare(b.recent(), a.recent()));
        return out;
    }

    /** Where a complaint stands against its deadlines. */
    static String slaState(String state, Instant ackDue, Instant resolveDue, Instant now) {
        if (state.equals("RESOLVED")) {
            return "RESOLVED";
        }
        if ((state.equals("RECEIVED") && ackDue.isBefore(now)) || resolveDue.isBefore(now)) {
            return "OVERDUE";
        }
        return state.equals("RECEIVED") ? "TO_ACKNOWLEDGE" : "INVESTIGATING";
    }

    /** At least 2 events in the last 7 days and more than twice the weekly baseline. */
    private static boolean risen(long[] counts) {
        return counts[1] >= 2 && counts[1] > 2 * (counts[0] / 8.0);
    }

    /**
     * Accounts one contact away from a limit: two conversations with the debtor today (CN
     * allows three), or six calls in the last 7 days (Regulation F presumes seven).
     */
    private List<NearLimit> nearLimits(CurrentUser user, ZoneId zone, Instant now) {
        Instant today = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        Filter all = new Filter(null, null, null, null);
        Where conversations = where(user, all, "l.recorded_by", "l.started_at", today, now);
        List<NearLimit> out = new ArrayList<>();
        jdbc.sql("select l.account_id, count(*) from contact_ledger l " + conversations.joins("l") + conversations.sql()
                + " and l.channel = 'CALL' and l.outcome in (" + CONVERSATIONS
                + ") group by l.account_id having count(*) >= 2 order by count(*) desc limit 20")
            .params(conversations.params())
            .query(rs -> {
                out.add(new NearLimit(rs.getObject(1, UUID.class), "conversations-today", rs.getLong(2)));
            });
        Where calls = where(user, all, "l.recorded_by", "l.started_at", now.minus(7, ChronoUnit.DAYS), now);
        jdbc.sql("select l.account_id, count(*) from contact_ledger l " + calls.joins("l") + calls.sql()
                + " and l.channel = 'CALL' and l.direction = 'OUTBOUND' group by l.account_id having count(*) >= 6"
                + " order by count(*) desc limit 20")
            .params(calls.params())
            .query(rs -> {
                out.add(new NearLimit(rs.getObject(1, UUID.class), "calls-7-days", rs.getLong(2)));
            });
        return out;
    }

    private long count(String sql, Where where) {
        return jdbc.sql(sql).params(where.params()).query(Long.class).single();
    }

    /** Counts per comma-separated list value (a contact may break several rules). */
    private Map<String, Long> split(String sql, Where where) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).params(where.params()).query(rs -> {
            for (String key : rs.getString(1).split(",")) {
                counts.merge(key, rs.getLong(2), Long::sum);
            }
        });
        return counts;
    }

    /** The joins and conditions for an event table aliased {@code alias}. */
    private record Where(String sql, List<Object> params, String agentColumn) {

        String joins(String alias) {
            return "join account a on a.tenant_id = " + alias + ".tenant_id and a.id = " + alias + ".account_id "
                    + "join creditor c on c.tenant_id = a.tenant_id and c.id = a.creditor_id "
                    + "left join app_user u on u.tenant_id = " + alias + ".tenant_id and u.username = " + agentColumn
                    + " left join team t on t.tenant_id = u.tenant_id and t.id = u.team_id ";
        }

    }

    private static Where where(CurrentUser user, Filter filter, String agentColumn, String timeColumn, Instant from,
            Instant to) {
        String alias = timeColumn.substring(0, 1);
        StringBuilder sql = new StringBuilder(
                " where " + alias + ".tenant_id = ? and " + timeColumn + " >= ? and " + timeColumn + " < ?");
        List<Object> params = new ArrayList<>(List.of(user.tenantId().value(), SqlValues.utc(from), SqlValues.utc(to)));
        if (filter.creditor() != null && !filter.creditor().isBlank()) {
            sql.append(" and c.code = ?");
            params.add(filter.creditor());
        }
        if (filter.team() != null && !filter.team().isBlank()) {
            sql.append(" and t.code = ?");
            params.add(filter.team());
        }
        if (!user.seesAllCreditors()) {
            List<String> scope = user.creditorScope().stream().sorted().toList();
            sql.append(scope.isEmpty() ? " and 1 = 0" : " and c.code in (" + SqlLists.marks(scope.size()) + ")");
            params.addAll(scope);
        }
        return new Where(sql.toString(), params, agentColumn);
    }

}
