package io.recoverydesk.payments.internal;

import java.time.Clock;
import java.util.Arrays;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CreditorDirectory;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.NotFoundException;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The allocation order of each creditor: the default until someone sets one, audited. */
@Component
class AllocationOrders {

    private final JdbcClient jdbc;

    private final CreditorDirectory creditors;

    private final AuditLog audit;

    private final Clock clock;

    AllocationOrders(JdbcClient jdbc, CreditorDirectory creditors, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.creditors = creditors;
        this.audit = audit;
        this.clock = clock;
    }

    AllocationOrder of(TenantId tenant, String creditorCode) {
        return jdbc.sql("select part_order from payment_allocation_order where tenant_id = ? and creditor_code = ?")
            .params(tenant.value(), creditorCode)
            .query(String.class)
            .optional()
            .map(AllocationOrders::parse)
            .orElse(AllocationOrder.DEFAULT);
    }

    /** A stored order ({@code part_order}); null (none stored) is the default. */
    static AllocationOrder parse(String stored) {
        return stored == null ? AllocationOrder.DEFAULT : AllocationOrder.parse(Arrays.asList(stored.split(",")));
    }

    /** The order of a creditor the user may see; 404 otherwise. */
    AllocationOrder visible(CurrentUser user, String creditorCode) {
        requireVisible(user, creditorCode);
        return of(user.tenantId(), creditorCode);
    }

    @Transactional
    AllocationOrder set(CurrentUser user, String creditorCode, AllocationOrder order) {
        requireVisible(user, creditorCode);
        AllocationOrder before = of(user.tenantId(), creditorCode);
        int updated = jdbc.sql("""
                update payment_allocation_order set part_order = ?, updated_by = ?, updated_at = ?
                where tenant_id = ? and creditor_code = ?""")
            .params(order.asText(), user.username(), SqlValues.utc(clock.instant()), user.tenantId().value(),
                    creditorCode)
            .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into payment_allocation_order (tenant_id, creditor_code, part_order, updated_by, updated_at)
                    values (?, ?, ?, ?, ?)""")
                .params(user.tenantId().value(), creditorCode, order.asText(), user.username(),
                        SqlValues.utc(clock.instant()))
                .update();
        }
        audit.record(user.tenantId(), user.username(), "ALLOCATION_ORDER_CHANGED", "creditor", creditorCode,
                before.asText() + " -> " + order.asText());
        return order;
    }

    private void requireVisible(CurrentUser user, String creditorCode) {
        if (creditorCode == null || !user.maysee(creditorCode) || !creditors.exists(user.tenantId(), creditorCode)) {
            throw new NotFoundException("creditor " + creditorCode + " not found");
        }
    }

}
