package io.recoverydesk.compliance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.compliance.internal.ComplaintModel.Category;
import io.recoverydesk.compliance.internal.ComplaintModel.Complaint;
import io.recoverydesk.compliance.internal.ComplaintModel.Intake;
import io.recoverydesk.compliance.internal.ComplaintModel.Note;
import io.recoverydesk.compliance.internal.ComplaintModel.Outcome;
import io.recoverydesk.compliance.internal.ComplaintModel.State;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints, their notes and the tenants' deadlines, in SQL. */
@Repository
class ComplaintStore {

    private final JdbcClient jdbc;

    ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a list asks for; null = any. */
    record Filter(State state, Category category, UUID accountId) {
    }

    /** A deadline missed and not yet escalated. */
    record Breach(TenantId tenant, UUID complaintId, UUID accountId, String kind) {
    }

    void insert(TenantId tenant, Complaint c) {
        jdbc.sql("""
                insert into complaint (tenant_id, id, account_id, agent_username, intake_channel, category,
                  external_ref, complainant, summary, state, received_at, ack_due_at, resolve_due_at, hold_id,
                  created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), c.id(), c.accountId(), c.agentUsername(), c.channel().name(), c.category().name(),
                    c.externalRef(), c.complainant(), c.summary(), c.state().name(), SqlValues.utc(c.receivedAt()),
                    SqlValues.utc(c.ackDueAt()), SqlValues.utc(c.resolveDueAt()), c.holdId(), c.createdBy(),
                    SqlValues.utc(c.createdAt()))
            .update();
    }

    Optional<Complaint> find(TenantId tenant, UUID id) {
        return jdbc.sql("select * from complaint where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query((rs, n) -> complaint(rs))
            .optional();
    }

    /** Locks the row for a transition (two officers at once: one wins, one gets 409). */
    Optional<Complaint> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select * from complaint where tenant_id = ? and id = ? for update")
            .params(tenant.value(), id)
            .query((rs, n) -> complaint(rs))
            .optional();
    }

    Optional<Complaint> findByExternalRef(TenantId tenant, String externalRef) {
        return jdbc.sql("select * from complaint where tenant_id = ? and external_ref = ?")
            .params(tenant.value(), externalRef)
            .query((rs, n) -> complaint(rs))
            .optional();
    }

    List<Complaint> list(TenantId tenant, Filter filter, int limit) {
        StringBuilder sql = new StringBuilder("select * from complaint where tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenant.value()));
        if (filter.state() != null) {
            sql.append(" and state = ?");
            params.add(filter.state().name());
        }
        if (filter.category() != null) {
            sql.append(" and category = ?");
            params.add(filter.category().name());
        }
        if (filter.accountId() != null) {
            sql.append(" and account_id = ?");
            params.add(filter.accountId());
        }
        sql.append(" order by received_at desc, id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> complaint(rs)).list();
    }

    /**
     * Other open complaints sharing a hold (it stays until the last of them is resolved).
     */
    boolean otherOpenOnHold(TenantId tenant, UUID holdId, UUID except) {
        return jdbc.sql("select count(*) from complaint where tenant_id = ? and hold_id = ? and id <> ? and state <> ?")
            .params(tenant.value(), holdId, except, State.RESOLVED.name())
            .query(Long.class)
            .single() > 0;
    }

    void acknowledged(TenantId tenant, UUID id, String by, Instant at) {
        jdbc.sql(
                "update complaint set state = ?, acknowledged_by = ?, acknowledged_at = ? where tenant_id = ? and id = ?")
            .params(State.ACKNOWLEDGED.name(), by, SqlValues.utc(at), tenant.value(), id)
            .update();
    }

    void investigating(TenantId tenant, UUID id, String by, Instant at) {
        jdbc.sql(
                "update complaint set state = ?, investigation_by = ?, investigation_at = ? where tenant_id = ? and id = ?")
            .params(State.INVESTIGATING.name(), by, SqlValues.utc(at), tenant.value(), id)
            .update();
    }

    void resolved(TenantId tenant, UUID id, String by, Instant at, Outcome outcome, String rootCause, String remedy,
            String resolution) {
        jdbc.sql("""
                update complaint set state = ?, resolved_by = ?, resolved_at = ?, outcome = ?, root_cause = ?,
                  remedy = ?, resolution = ? where tenant_id = ? and id = ?""")
            .params(State.RESOLVED.name(), by, SqlValues.utc(at), outcome.name(), rootCause, remedy, resolution,
                    tenant.value(), id)
            .update();
    }

    void addNote(TenantId tenant, UUID complaintId, Note note) {
        jdbc.sql("""
                insert into complaint_note (tenant_id, id, complaint_id, author, written_at, body)
                values (?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), note.id(), complaintId, note.author(), SqlValues.utc(note.writtenAt()), note.body())
            .update();
    }

    List<Note> notes(TenantId tenant, UUID complaintId) {
        return jdbc.sql("select * from complaint_note where tenant_id = ? and complaint_id = ? order by written_at, id")
            .params(tenant.value(), complaintId)
            .query((rs, n) -> new Note(rs.getObject("id", UUID.class), rs.getString("author"),
                    SqlValues.instant(rs, "written_at"), rs.getString("body")))
            .list();
    }

    /** Missed deadlines not yet escalated, across tenants (for the hourly job). */
    List<Breach> breaches(TenantId onlyTenant, Instant now) {
        String tenantClause = onlyTenant == null ? "" : " and tenant_id = ?";
        List<Object> params = new ArrayList<>();
        params.add(State.RECEIVED.name());
        params.add(SqlValues.utc(now));
        if (onlyTenant != null) {
            params.add(onlyTenant.value());
        }
        params.add(State.RESOLVED.name());
        params.add(SqlValues.utc(now));
        if (onlyTenant != null) {
            params.add(onlyTenant.value());
        }
        return jdbc
            .sql("select tenant_id, id, account_id, 'ACK' as kind from complaint where state = ? "
                    + "and ack_due_at < ? and ack_escalated_at is null" + tenantClause
                    + " union all select tenant_id, id, account_id, 'RESOLVE' as kind from complaint where state <> ? "
                    + "and resolve_due_at < ? and resolve_escalated_at is null" + tenantClause)
            .params(params)
            .query((rs, n) -> new Breach(new TenantId(rs.getObject("tenant_id", UUID.class)),
                    rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("kind")))
            .list();
    }

    /** Marks one breach escalated; false when someone else did it first. */
    boolean markEscalated(TenantId tenant, UUID id, String kind, Instant at) {
        String column = "ACK".equals(kind) ? "ack_escalated_at" : "resolve_escalated_at";
        return jdbc
            .sql("update complaint set " + column + " = ? where tenant_id = ? and id = ? and " + column + " is null")
            .params(SqlValues.utc(at), tenant.value(), id)
            .update() == 1;
    }

    /** A day of the tenant's business calendar. */
    record CalendarDay(java.time.LocalDate day, boolean working, String name) {
    }

    List<CalendarDay> calendarDays(TenantId tenant) {
        return jdbc.sql(
                "select calendar_day, working, name from business_calendar_day where tenant_id = ? order by calendar_day")
            .param(tenant.value())
            .query((rs, n) -> new CalendarDay(SqlValues.date(rs, "calendar_day"), rs.getBoolean("working"),
                    rs.getString("name")))
            .list();
    }

    ComplaintSla.Calendar calendar(TenantId tenant) {
        List<CalendarDay> days = calendarDays(tenant);
        return new ComplaintSla.Calendar(
                days.stream()
                    .filter(d -> !d.working())
                    .map(CalendarDay::day)
                    .collect(java.util.stream.Collectors.toSet()),
                days.stream()
                    .filter(CalendarDay::working)
                    .map(CalendarDay::day)
                    .collect(java.util.stream.Collectors.toSet()));
    }

    void replaceCalendar(TenantId tenant, List<CalendarDay> days) {
        jdbc.sql("delete from business_calendar_day where tenant_id = ?").param(tenant.value()).update();
        for (CalendarDay d : days) {
            jdbc.sql("insert into business_calendar_day (tenant_id, calendar_day, working, name) values (?, ?, ?, ?)")
                .params(tenant.value(), d.day(), d.working(), d.name())
                .update();
        }
    }

    ComplaintSla.Days days(TenantId tenant) {
        return jdbc.sql("select * from complaint_sla_setting where tenant_id = ?")
            .param(tenant.value())
            .query((rs, n) -> new ComplaintSla.Days(rs.getInt("ack_business_days"), rs.getInt("resolve_business_days")))
            .optional()
            .orElse(ComplaintSla.Days.DEFAULT);
    }

    void saveDays(TenantId tenant, ComplaintSla.Days days, String by, Instant at) {
        int updated = jdbc.sql("""
                update complaint_sla_setting set ack_business_days = ?, resolve_business_days = ?, updated_by = ?,
                  updated_at = ? where tenant_id = ?""")
            .params(days.acknowledge(), days.resolve(), by, SqlValues.utc(at), tenant.value())
            .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into complaint_sla_setting (tenant_id, ack_business_days, resolve_business_days,
                      updated_by, updated_at) values (?, ?, ?, ?, ?)""")
                .params(tenant.value(), days.acknowledge(), days.resolve(), by, SqlValues.utc(at))
                .update();
        }
    }

    private static Complaint complaint(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Complaint(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("agent_username"), Intake.valueOf(rs.getString("intake_channel")),
                Category.valueOf(rs.getString("category")), rs.getString("external_ref"), rs.getString("complainant"),
                rs.getString("summary"), State.valueOf(rs.getString("state")), SqlValues.instant(rs, "received_at"),
                SqlValues.instant(rs, "ack_due_at"), SqlValues.instant(rs, "resolve_due_at"),
                rs.getString("acknowledged_by"), SqlValues.instant(rs, "acknowledged_at"),
                rs.getString("investigation_by"), SqlValues.instant(rs, "investigation_at"),
                rs.getString("resolved_by"), SqlValues.instant(rs, "resolved_at"),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("root_cause"), rs.getString("remedy"),
                rs.getString("resolution"), rs.getObject("hold_id", UUID.class),
                SqlValues.instant(rs, "ack_escalated_at"), SqlValues.instant(rs, "resolve_escalated_at"),
                rs.getString("created_by"), SqlValues.instant(rs, "created_at"));
    }

}
