package io.recoverydesk.portfolio.internal;

import io.recoverydesk.kernel.SqlValues;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CreditorDirectory;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.ConflictException;
import io.recoverydesk.kernel.Ids;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creditors (clients) of a tenant, as seen through the caller's creditor scope. */
@Service
class Creditors implements CreditorDirectory {

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    Creditors(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A creditor as the API shows it. */
    record Creditor(UUID id, String code, String name) {
    }

    @Override
    public boolean exists(TenantId tenant, String creditorCode) {
        return find(tenant, creditorCode).isPresent();
    }

    Optional<Creditor> find(TenantId tenant, String code) {
        return jdbc.sql("select id, code, name from creditor where tenant_id = ? and code = ?")
            .params(tenant.value(), code)
            .query((rs, n) -> new Creditor(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
            .optional();
    }

    /**
     * The creditor if it exists and the user may see it; otherwise 404, so nobody learns
     * of foreign creditors.
     */
    Creditor visible(CurrentUser user, String code) {
        return find(user.tenantId(), code).filter(c -> user.maysee(c.code()))
            .orElseThrow(() -> new NotFoundException("creditor " + code + " not found"));
    }

    List<Creditor> list(CurrentUser user) {
        return jdbc.sql("select id, code, name from creditor where tenant_id = ? order by code")
            .param(user.tenantId().value())
            .query((rs, n) -> new Creditor(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
            .list()
            .stream()
            .filter(c -> user.maysee(c.code()))
            .toList();
    }

    @Transactional
    Creditor create(TenantId tenant, String actor, String code, String name) {
        if (find(tenant, code).isPresent()) {
            throw new ConflictException("duplicate-creditor", "A creditor with code " + code + " already exists.");
        }
        UUID id = Ids.newId();
        jdbc.sql("insert into creditor (tenant_id, id, code, name, created_at) values (?, ?, ?, ?, ?)")
            .params(tenant.value(), id, code, name, SqlValues.utc(clock.instant()))
            .update();
        audit.record(tenant, actor, "CREDITOR_CREATED", "creditor", id.toString(), "code=" + code);
        return new Creditor(id, code, name);
    }

}
