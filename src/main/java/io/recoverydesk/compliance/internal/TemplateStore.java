package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The template tables, with explicit SQL. */
@Component
class TemplateStore {

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A template's header. */
    record Template(UUID id, String code, String name, String stage, String channel, String audience, String locale,
            String pack, String createdBy, Instant createdAt) {
    }

    /** One version of a template's text and its review. */
    record Version(int version, String status, String subject, String body, String author, Instant createdAt,
            String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewComment,
            String retiredBy, Instant retiredAt) {

        boolean open() {
            return TemplateStatus.DRAFT.equals(status) || TemplateStatus.IN_REVIEW.equals(status);
        }

    }

    /** A template in a list: its version in use and its newest version. */
    record Summary(Template template, Integer inUse, int latest, String latestStatus) {
    }

    void insert(TenantId tenant, Template t) {
        jdbc.sql("""
                insert into message_template (tenant_id, id, code, name, stage, channel, audience, locale, pack,
                  created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), t.id(), t.code(), t.name(), t.stage(), t.channel(), t.audience(), t.locale(),
                    t.pack(), t.createdBy(), SqlValues.utc(t.createdAt()))
            .update();
    }

    void insertVersion(TenantId tenant, UUID templateId, int version, String subject, String body, String author,
            Instant at) {
        jdbc.sql("""
                insert into message_template_version (tenant_id, template_id, version, status, subject, body, author,
                  created_at) values (?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
            .params(tenant.value(), templateId, version, subject, body, author, SqlValues.utc(at))
            .update();
    }

    /** Replaces a draft's text; false when the version is no longer a draft. */
    boolean editDraft(TenantId tenant, UUID templateId, int version, String subject, String body) {
        return jdbc.sql("""
                update message_template_version set subject = ?, body = ?
                where tenant_id = ? and template_id = ? and version = ? and status = 'DRAFT'""")
            .params(subject, body, tenant.value(), templateId, version)
            .update() == 1;
    }

    Optional<Template> find(TenantId tenant, String code) {
        return jdbc.sql("select * from message_template where tenant_id = ? and code = ?")
            .params(tenant.value(), code)
            .query((rs, n) -> new Template(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                    rs.getString("stage"), rs.getString("channel"), rs.getString("audience"), rs.getString("locale"),
                    rs.getString("pack"), rs.getString("created_by"), SqlValues.instant(rs, "created_at")))
            .optional();
    }

    /** Versions, newest first. */
    List<Version> versions(TenantId tenant, UUID templateId) {
        return jdbc
            .sql("select * from message_template_version where tenant_id = ? and template_id = ? order by version desc")
            .params(tenant.value(), templateId)
            .query((rs, n) -> new Version(rs.getInt("version"), rs.getString("status"), rs.getString("subject"),
                    rs.getString("body"), rs.getString("author"), SqlValues.instant(rs, "created_at"),
                    rs.getString("submitted_by"), SqlValues.instant(rs, "submitted_at"), rs.getString("reviewed_by"),
                    SqlValues.instant(rs, "reviewed_at"), rs.getString("review_comment"), rs.getString("retired_by"),
                    SqlValues.instant(rs, "retired_at")))
            .list();
    }

    List<Summary> list(TenantId tenant, String stage, String channel, String status) {
        StringBuilder sql = new StringBuilder("""
                select t.*, lv.version as latest, lv.status as latest_status,
                  (select max(v.version) from message_template_version v where v.tenant_id = t.tenant_id
                     and v.template_id = t.id and v.status = 'APPROVED') as in_use
                from message_template t
                join message_template_version lv on lv.tenant_id = t.tenant_id and lv.template_id = t.id
                  and lv.version = (select max(v.version) from message_template_version v
                                    where v.tenant_id = t.tenant_id and v.template_id = t.id)
                where t.tenant_id = ?""");
        List<Object> params = new ArrayList<>(List.of(tenant.value()));
        if (stage != null) {
            sql.append(" and t.stage = ?");
            params.add(stage);
        }
        if (channel != null) {
            sql.append(" and t.channel = ?");
            params.add(channel);
        }
        if (status != null) {
            sql.append(" and exists (select 1 from message_template_version v where v.tenant_id = t.tenant_id"
                    + " and v.template_id = t.id and v.status = ?)");
            params.add(status);
        }
        sql.append(" order by t.stage, t.channel, t.code limit 500");
        return jdbc.sql(sql.toString())
            .params(params)
            .query((rs, n) -> new Summary(
                    new Template(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                            rs.getString("stage"), rs.getString("channel"), rs.getString("audience"),
                            rs.getString("locale"), rs.getString("pack"), rs.getString("created_by"),
                            SqlValues.instant(rs, "created_at")),
                    rs.getObject("in_use", Integer.class), rs.getInt("latest"), rs.getString("latest_status")))
            .list();
    }

    /**
     * Moves a version from one status to another; false when it is not in {@code from}
     * (someone else moved it first).
     */
    boolean transition(TenantId tenant, UUID templateId, int version, String from, String to, String actor, Instant at,
            String comment) {
        String columns = switch (to) {
            case TemplateStatus.IN_REVIEW -> "submitted_by = ?, submitted_at = ?";
            case TemplateStatus.RETIRED -> "retired_by = ?, retired_at = ?";
            default -> "reviewed_by = ?, reviewed_at = ?";
        };
        List<Object> params = new ArrayList<>(List.of(to, actor, SqlValues.utc(at)));
        String extra = "";
        if (comment != null) {
            extra = ", review_comment = ?";
            params.add(comment);
        }
        params.addAll(List.of(tenant.value(), templateId, version, from));
        return jdbc
            .sql("update message_template_version set status = ?, " + columns + extra
                    + " where tenant_id = ? and template_id = ? and version = ? and status = ?")
            .params(params)
            .update() == 1;
    }

}
