package io.recoverydesk.strategy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategy versions: drafts a strategist edits, published versions that take effect on a
 * date and never change again. The run uses the latest published version in effect on its
 * run date; a tenant without any gets {@link DefaultStrategy} as version 1.
 */
@Component
class StrategyVersions {

    static final LocalDate SINCE_EVER = LocalDate.of(2000, 1, 1);

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final AuditLog audit;

    private final Tenants tenants;

    private final Clock clock;

    private final StrategyChecks checks;

    StrategyVersions(JdbcClient jdbc, JsonMapper json, AuditLog audit, Tenants tenants, Clock clock,
            StrategyChecks checks) {
        this.checks = checks;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** A version as stored. */
    record Version(UUID id, int number, String name, LocalDate effectiveFrom, String status,
            StrategyDefinition definition, String createdBy, Instant createdAt, String publishedBy,
            Instant publishedAt) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }

    }

    /**
     * The published version in effect on {@code day}; seeds version 1 when there is none.
     */
    @Transactional
    Version inEffect(TenantId tenant, LocalDate day) {
        return findInEffect(tenant, day).orElseGet(() -> {
            boolean chinese = DefaultStrategy.chinese(tenants.get(tenant).country());
            jdbc.sql("""
                    insert into strategy_version (tenant_id, id, number, name, effective_from, status, definition,
                                                  created_by, created_at, published_by, published_at)
                    values (?, ?, 1, ?, ?, 'PUBLISHED', ?, 'system', ?, 'system', ?)
                    on conflict do nothing""")
                .params(tenant.value(), Ids.newId(), DefaultStrategy.versionName(chinese), SINCE_EVER,
                        json.writeValueAsString(DefaultStrategy.definition(chinese)), SqlValues.utc(clock.instant()),
                        SqlValues.utc(clock.instant()))
                .update();
            return findInEffect(tenant, day).orElseThrow();
        });
    }

    private Optional<Version> findInEffect(TenantId tenant, LocalDate day) {
        return jdbc
            .sql("select * from strategy_version where tenant_id = ? and status = 'PUBLISHED'"
                    + " and effective_from <= ? order by effective_from desc, number desc fetch first 1 rows only")
            .params(tenant.value(), day)
            .query(this::map)
            .optional();
    }

    /** Every version, newest first (the one in effect today is seeded if needed). */
    List<Version> list(TenantId tenant) {
        inEffect(tenant, today(tenant));
        return jdbc.sql("select * from strategy_version where tenant_id = ? order by number desc")
            .param(tenant.value())
            .query(this::map)
            .list();
    }

    Version get(TenantId tenant, UUID id) {
        return jdbc.sql("select * from strategy_version where tenant_id = ? and id = ?")
            .params(tenant.value(), id)
            .query(this::map)
            .optional()
            .orElseThrow(() -> new NotFoundException("No strategy version " + id));
    }

    /** A new draft holding {@code definition}, numbered after every existing version. */
    @Transactional
    Version createDraft(CurrentUser user, String name, StrategyDefinition definition) {
        requireName(name);
        UUID id = Ids.newId();
        // two strategists creating drafts at once: the unique number makes one of them
        // insert again
        // (inside a PostgreSQL transaction a failed insert aborts the transaction, so the
        // number is
        // taken by a conditional insert instead of catching the error)
        int number = 0;
        for (int attempt = 0; attempt < 5 && number == 0; attempt++) {
            int candidate = jdbc.sql("select coalesce(max(number), 0) + 1 from strategy_version where tenant_id = ?")
                .param(user.tenantId().value())
                .query(Integer.class)
                .single();
            int inserted = jdbc.sql("""
                    insert into strategy_version (tenant_id, id, number, name, effective_from, status, definition,
                                                  created_by, created_at)
                    values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?) on conflict do nothing""")
                .params(user.tenantId().value(), id, candidate, name.strip(), today(user.tenantId()),
                        json.writeValueAsString(definition), user.username(), SqlValues.utc(clock.instant()))
                .update();
            number = inserted == 1 ? candidate : 0;
        }
        if (number == 0) {
            throw new io.recoverydesk.kernel.ConflictException("strategy-version-race",
                    "Another version was created at the same moment; try again.");
        }
        audit.record(user.tenantId(), user.username(), "STRATEGY_DRAFT_CREATED", "strategy_version", id.toString(),
                "version " + number + " " + name.strip());
        return get(user.tenantId(), id);
    }

    /** Replaces a draft's name and definition; published versions never change. */
    @Transactional
    Version updateDraft(CurrentUser user, UUID id, String name, StrategyDefinition definition) {
        requireName(name);
        int updated = jdbc
            .sql("update strategy_version set name = ?, definition = ? where tenant_id = ? and id = ?"
                    + " and status = 'DRAFT'")
            .params(name.strip(), json.writeValueAsString(definition), user.tenantId().value(), id)
            .update();
        if (updated == 0) {
            Version version = get(user.tenantId(), id);
            throw new BusinessRuleException("strategy-version-published",
                    "Version " + version.number() + " is published and cannot change; start a new draft from it.");
        }
        audit.record(user.tenantId(), user.username(), "STRATEGY_DRAFT_SAVED", "strategy_version", id.toString(),
                name.strip());
        return get(user.tenantId(), id);
    }

    /**
     * Publishes a draft to take effect on {@code effectiveFrom} (today or later); refused
     * while its check finds errors.
     */
    @Transactional
    Version publish(CurrentUser user, UUID id, LocalDate effectiveFrom) {
        Version version = get(user.tenantId(), id);
        if (!version.draft()) {
            throw new BusinessRuleException("strategy-version-published",
                    "Version " + version.number() + " is already published.");
        }
        LocalDate today = today(user.tenantId());
        if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
            throw new BusinessRuleException("strategy-effective-date",
                    "The effective date must be today (" + today + ") or later.");
        }
        List<DefinitionCheck.Finding> errors = checks.check(user.tenantId(), version.definition())
            .stream()
            .filter(DefinitionCheck.Finding::error)
            .toList();
        if (!errors.isEmpty()) {
            throw new BusinessRuleException("strategy-invalid",
                    "The strategy has " + errors.size() + " error(s); fix them before publishing.",
                    errors.stream().map(e -> new BusinessRuleException.FieldProblem(e.where(), e.message())).toList());
        }
        jdbc.sql("update strategy_version set status = 'PUBLISHED', effective_from = ?, published_by = ?,"
                + " published_at = ? where tenant_id = ? and id = ? and status = 'DRAFT'")
            .params(effectiveFrom, user.username(), SqlValues.utc(clock.instant()), user.tenantId().value(), id)
            .update();
        audit.record(user.tenantId(), user.username(), "STRATEGY_PUBLISHED", "strategy_version", id.toString(),
                "version " + version.number() + " effective " + effectiveFrom);
        return get(user.tenantId(), id);
    }

    StrategyDefinition parse(String definition) {
        return json.readValue(definition, StrategyDefinition.class);
    }

    LocalDate today(TenantId tenant) {
        return LocalDate.ofInstant(clock.instant(), tenants.get(tenant).zone());
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new BusinessRuleException("strategy-name", "A version needs a name of at most 100 characters.");
        }
    }

    private Version map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Version(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("name"),
                SqlValues.date(rs, "effective_from"), rs.getString("status"), parse(rs.getString("definition")),
                rs.getString("created_by"), SqlValues.instant(rs, "created_at"), rs.getString("published_by"),
                SqlValues.instant(rs, "published_at"));
    }

}
