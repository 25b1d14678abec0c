package io.recoverydesk.portfolio.internal;

import io.recoverydesk.kernel.SqlValues;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved column mappings per creditor: another file layout onto the canonical column
 * names.
 */
@Service
class ColumnMappings {

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    ColumnMappings(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A named mapping: canonical column → the header the creditor's file uses for it. */
    record Mapping(@NotBlank @Size(max = 100) String name, @NotEmpty Map<String, String> columns) {
    }

    @Transactional
    Mapping save(CurrentUser user, Creditors.Creditor creditor, Mapping mapping) {
        List<FieldProblem> problems = new ArrayList<>();
        if (mapping.name() == null || mapping.name().isBlank() || mapping.name().length() > 100) {
            problems.add(new FieldProblem("name", "required, at most 100 characters"));
        }
        if (mapping.columns() == null || mapping.columns().isEmpty()) {
            problems.add(new FieldProblem("columns", "map at least one column"));
        }
        Map<String, String> clean = new LinkedHashMap<>();
        (mapping.columns() == null ? Map.<String, String>of() : mapping.columns()).forEach((canonical, source) -> {
            String key = canonical.trim().toLowerCase(Locale.ROOT);
            if (!ImportColumns.ALL.contains(key)) {
                problems.add(new FieldProblem("columns." + canonical, "not a canonical column"));
            }
            else if (source == null || source.isBlank()) {
                problems.add(new FieldProblem("columns." + canonical, "the source header is empty"));
            }
            else if (source.strip().length() > 120 || source.contains("\n") || source.contains("\r")) {
                problems.add(new FieldProblem("columns." + canonical,
                        "the source header must be one line of at most 120 characters"));
            }
            else {
                clean.put(key, source.trim());
            }
        });
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("invalid-mapping", "The column mapping has errors.", problems);
        }
        if (find(user.tenantId(), creditor, mapping.name()).isPresent()) {
            throw new ConflictException("duplicate-mapping", "A mapping named " + mapping.name() + " exists.");
        }
        var id = Ids.newId();
        jdbc.sql(
                "insert into column_mapping (tenant_id, id, creditor_id, name, mapping, created_at) values (?, ?, ?, ?, ?, ?)")
            .params(user.tenantId().value(), id, creditor.id(), mapping.name(), encode(clean),
                    SqlValues.utc(clock.instant()))
            .update();
        audit.record(user.tenantId(), user.username(), "MAPPING_SAVED", "column_mapping", id.toString(),
                "creditor=" + creditor.code() + " name=" + mapping.name());
        return new Mapping(mapping.name(), clean);
    }

    Optional<Mapping> find(TenantId tenant, Creditors.Creditor creditor, String name) {
        return jdbc.sql("select name, mapping from column_mapping where tenant_id = ? and creditor_id = ? and name = ?")
            .params(tenant.value(), creditor.id(), name)
            .query((rs, n) -> new Mapping(rs.getString(1), decode(rs.getString(2))))
            .optional();
    }

    List<Mapping> list(TenantId tenant, Creditors.Creditor creditor) {
        return jdbc
            .sql("select name, mapping from column_mapping where tenant_id = ? and creditor_id = ? order by name")
            .params(tenant.value(), creditor.id())
            .query((rs, n) -> new Mapping(rs.getString(1), decode(rs.getString(2))))
            .list();
    }

    private static String encode(Map<String, String> columns) {
        return columns.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static Map<String, String> decode(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return map;
    }

}
