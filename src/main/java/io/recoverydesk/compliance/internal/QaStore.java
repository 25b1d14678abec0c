package io.recoverydesk.compliance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review queue and reviews, and read-only queries of the contact ledger, users and
 * teams.
 */
@Repository
class QaStore {

    static final String QUEUED = "QUEUED";

    static final String REVIEWED = "REVIEWED";

    private final JdbcClient jdbc;

    QaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A queued (or reviewed) contact. */
    record Item(UUID id, UUID contactId, UUID accountId, String agent, String week, Instant startedAt,
            List<String> reasons, String status, Instant queuedAt) {
    }

    /** A submitted review. */
    record Review(UUID id, UUID itemId, UUID contactId, String agent, String week, UUID scorecardId,
            int scorecardVersion, BigDecimal score, Map<String, Integer> scores, String comment, boolean coaching,
            String reviewer, Instant reviewedAt) {
    }

    /** A review as the score tables read it, with the agent's team (null = none). */
    record ScoreRow(String week, String agent, String agentName, String team, String teamName, BigDecimal score,
            boolean coaching) {
    }

    // the ledger, read only

    /** The contacts that started in {@code [from, to)}, for sampling. */
    List<QaSampling.Candidate> contacts(TenantId tenant, Instant from, Instant to) {
        return jdbc.sql("""
                select id, recorded_by, violations, note_findings from contact_ledger
                where tenant_id = ? and started_at >= ? and started_at < ? order by started_at, id""")
            .params(tenant.value(), SqlValues.utc(from), SqlValues.utc(to))
            .query((rs, n) -> new QaSampling.Candidate(rs.getObject(1, UUID.class), rs.getString(2),
                    notBlank(rs.getString(3)), notBlank(rs.getString(4))))
            .list();
    }

    /** The tenants with contacts since {@code since}: those the weekly job samples. */
    List<TenantId> tenantsWithContacts(Instant since) {
        return jdbc.sql("select distinct tenant_id from contact_ledger where started_at >= ?")
            .param(SqlValues.utc(since))
            .query((rs, n) -> new TenantId(rs.getObject(1, UUID.class)))
            .list();
    }

    /** The account, agent and start of a ledger entry. */
    record ContactFacts(UUID accountId, String agent, Instant startedAt) {
    }

    Optional<ContactFacts> contactFacts(TenantId tenant, UUID contactId) {
        return jdbc.sql("select account_id, recorded_by, started_at from contact_ledger where tenant_id = ? and id = ?")
            .params(tenant.value(), contactId)
            .query((rs, n) -> new ContactFacts(rs.getObject(1, UUID.class), rs.getString(2),
                    SqlValues.instant(rs, "started_at")))
            .optional();
    }

    // items

    /** The reasons of the items of a week's contacts, by contact. */
    Map<UUID, Set<String>> itemReasons(TenantId tenant, String week) {
        Map<UUID, Set<String>> out = new LinkedHashMap<>();
        jdbc.sql("select contact_id, reasons from qa_item where tenant_id = ? and contact_week = ?")
            .params(tenant.value(), week)
            .query(rs -> {
                out.put(rs.getObject(1, UUID.class), new LinkedHashSet<>(Arrays.asList(rs.getString(2).split(","))));
            });
        return out;
    }

    /** Queues a contact; false when it is queued already. */
    boolean insertItem(TenantId tenant, UUID id, UUID contactId, ContactFacts facts, String week, Set<String> reasons,
            Instant at) {
        return jdbc.sql("""
                insert into qa_item (tenant_id, id, contact_id, account_id, agent, contact_week, started_at, reasons,
                  status, queued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
            .params(tenant.value(), id, contactId, facts.accountId(), facts.agent(), week,
                    SqlValues.utc(facts.startedAt()), String.join(",", reasons), QUEUED, SqlValues.utc(at))
            .update() == 1;
    }

    void updateReasons(TenantId tenant, UUID contactId, Set<String> reasons) {
        jdbc.sql("update qa_item set reasons = ? where tenant_id = ? and contact_id = ?")
            .params(String.join(",", reasons), tenant.value(), contactId)
            .update();
    }

    List<Item> queue(TenantId tenant, int limit) {
        return jdbc
            .sql("select * from qa_item where tenant_id = ? and status = ? order by started_at desc, id "
                    + "fetch first " + limit + " rows only")
            .params(tenant.value(), QUEUED)
            .query((rs, n) -> item(rs))
            .list();
    }

    Optional<Item> item(TenantId tenant, UUID id) {
        return jdbc.sql("select * from qa_item where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query((rs, n) -> item(rs))
            .optional();
    }

    /** Marks a queued item reviewed; false when it was not queued any more. */
    boolean markReviewed(TenantId tenant, UUID id) {
        return jdbc.sql("update qa_item set status = ? where tenant_id = ? and id = ? and status = ?")
            .params(REVIEWED, tenant.value(), id, QUEUED)
            .update() == 1;
    }

    // reviews

    void insertReview(TenantId tenant, Review r) {
        jdbc.sql("""
                insert into qa_review (tenant_id, id, item_id, contact_id, agent, contact_week, scorecard_id,
                  scorecard_version, score, comment_text, coaching, reviewer, reviewed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), r.id(), r.itemId(), r.contactId(), r.agent(), r.week(), r.scorecardId(),
                    r.scorecardVersion(), r.score(), r.comment(), r.coaching(), r.reviewer(),
                    SqlValues.utc(r.reviewedAt()))
            .update();
        r.scores()
            .forEach((code, score) -> jdbc
                .sql("insert into qa_review_score (tenant_id, review_id, code, score) values (?, ?, ?, ?)")
                .params(tenant.value(), r.id(), code, score)
                .update());
    }

    Optional<Review> reviewOfItem(TenantId tenant, UUID itemId) {
        return jdbc.sql("select * from qa_review where tenant_id = ? and item_id = ?")
            .params(tenant.value(), itemId)
            .query((rs, n) -> review(rs))
            .optional()
            .map(r -> withScores(tenant, r));
    }

    List<Review> reviewsOfAgent(TenantId tenant, String agent, int limit) {
        return jdbc
            .sql("select * from qa_review where tenant_id = ? and agent = ? order by reviewed_at desc, id "
                    + "fetch first " + limit + " rows only")
            .params(tenant.value(), agent)
            .query((rs, n) -> review(rs))
            .list()
            .stream()
            .map(r -> withScores(tenant, r))
            .toList();
    }

    /** The reviews of the agents who are now in the team. */
    List<Review> reviewsOfTeam(TenantId tenant, UUID teamId, int limit) {
        return jdbc
            .sql("select r.* from qa_review r join app_user u on u.tenant_id = r.tenant_id and u.username = r.agent "
                    + "where r.tenant_id = ? and u.team_id = ? order by r.reviewed_at desc, r.id fetch first " + limit
                    + " rows only")
            .params(tenant.value(), teamId)
            .query((rs, n) -> review(rs))
            .list()
            .stream()
            .map(r -> withScores(tenant, r))
            .toList();
    }

    /** The latest reviews with the account of their contact. */
    List<Map.Entry<Review, UUID>> recentReviews(TenantId tenant, int limit) {
        return jdbc
            .sql("select r.*, i.account_id from qa_review r join qa_item i on i.tenant_id = r.tenant_id "
                    + "and i.id = r.item_id where r.tenant_id = ? order by r.reviewed_at desc, r.id fetch first "
                    + limit + " rows only")
            .param(tenant.value())
            .query((rs, n) -> Map.entry(review(rs), rs.getObject("account_id", UUID.class)))
            .list();
    }

    /** The reviews of contacts in weeks {@code [from, to]} with the agents' teams. */
    List<ScoreRow> scoreRows(TenantId tenant, String from, String to) {
        return jdbc.sql("""
                select r.contact_week, r.agent, u.display_name, t.code, t.name, r.score, r.coaching
                from qa_review r
                left join app_user u on u.tenant_id = r.tenant_id and u.username = r.agent
                left join team t on t.tenant_id = u.tenant_id and t.id = u.team_id
                where r.tenant_id = ? and r.contact_week >= ? and r.contact_week <= ?
                order by r.contact_week, r.agent""")
            .params(tenant.value(), from, to)
            .query((rs, n) -> new ScoreRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getBigDecimal(6), rs.getBoolean(7)))
            .list();
    }

    private Review withScores(TenantId tenant, Review r) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        jdbc.sql("select code, score from qa_review_score where tenant_id = ? and review_id = ? order by code")
            .params(tenant.value(), r.id())
            .query(rs -> {
                scores.put(rs.getString(1), rs.getInt(2));
            });
        return new Review(r.id(), r.itemId(), r.contactId(), r.agent(), r.week(), r.scorecardId(), r.scorecardVersion(),
                r.score(), scores, r.comment(), r.coaching(), r.reviewer(), r.reviewedAt());
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
                rs.getObject("account_id", UUID.class), rs.getString("agent"), rs.getString("contact_week"),
                SqlValues.instant(rs, "started_at"), List.of(rs.getString("reasons").split(",")),
                rs.getString("status"), SqlValues.instant(rs, "queued_at"));
    }

    private static Review review(ResultSet rs) throws SQLException {
        return new Review(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getObject("contact_id", UUID.class), rs.getString("agent"), rs.getString("contact_week"),
                rs.getObject("scorecard_id", UUID.class), rs.getInt("scorecard_version"),
                rs.getBigDecimal("score").setScale(1), Map.of(), rs.getString("comment_text"),
                rs.getBoolean("coaching"), rs.getString("reviewer"), SqlValues.instant(rs, "reviewed_at"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

}
