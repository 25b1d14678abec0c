package io.recoverydesk.compliance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.compliance.policy.ActiveHold;
import io.recoverydesk.compliance.policy.Channel;
import io.recoverydesk.compliance.policy.HoldType;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Holds on accounts: placed and lifted with who, when and why; lifted ones stay on file.
 */
@Repository
class Holds {

    private final JdbcClient jdbc;

    Holds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A hold as shown to people. */
    record Hold(UUID id, UUID accountId, HoldType type, UUID contactPointId, Channel channel, String reason,
            String placedBy, Instant placedAt, String liftedBy, Instant liftedAt, String liftReason) {

        boolean active() {
            return liftedAt == null;
        }

        ActiveHold asRule() {
            return new ActiveHold(type, contactPointId, channel);
        }

    }

    void place(TenantId tenant, Hold hold) {
        jdbc.sql("""
                insert into account_hold (tenant_id, id, account_id, hold_type, contact_point_id, channel, reason,
                  placed_by, placed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), hold.id(), hold.accountId(), hold.type().name(), hold.contactPointId(),
                    hold.channel() == null ? null : hold.channel().name(), hold.reason(), hold.placedBy(),
                    SqlValues.utc(hold.placedAt()))
            .update();
    }

    /**
     * Lifts an active hold; false when it was lifted already (by someone else meanwhile).
     */
    boolean lift(TenantId tenant, UUID holdId, String by, Instant at, String reason) {
        return jdbc.sql("""
                update account_hold set lifted_by = ?, lifted_at = ?, lift_reason = ?
                where tenant_id = ? and id = ? and lifted_at is null""")
            .params(by, SqlValues.utc(at), reason, tenant.value(), holdId)
            .update() == 1;
    }

    Optional<Hold> find(TenantId tenant, UUID holdId) {
        return jdbc.sql("select * from account_hold where tenant_id = ? and id = ?")
            .params(tenant.value(), holdId)
            .query((rs, n) -> hold(rs))
            .optional();
    }

    /**
     * Holds in force at an instant (a contact reported late meets the holds of its time).
     */
    List<Hold> activeAt(TenantId tenant, UUID accountId, Instant at) {
        return jdbc.sql("""
                select * from account_hold where tenant_id = ? and account_id = ? and placed_at <= ?
                  and (lifted_at is null or lifted_at > ?) order by placed_at, id""")
            .params(tenant.value(), accountId, SqlValues.utc(at), SqlValues.utc(at))
            .query((rs, n) -> hold(rs))
            .list();
    }

    List<Hold> active(TenantId tenant, UUID accountId) {
        return jdbc
            .sql("select * from account_hold where tenant_id = ? and account_id = ? and lifted_at is null "
                    + "order by placed_at, id")
            .params(tenant.value(), accountId)
            .query((rs, n) -> hold(rs))
            .list();
    }

    /** Active and lifted, newest first. */
    List<Hold> all(TenantId tenant, UUID accountId) {
        return jdbc
            .sql("select * from account_hold where tenant_id = ? and account_id = ? order by placed_at desc, id desc")
            .params(tenant.value(), accountId)
            .query((rs, n) -> hold(rs))
            .list();
    }

    /**
     * Active holds across the tenant, newest first, for the compliance officer's list.
     */
    List<Hold> activeInTenant(TenantId tenant, int limit) {
        return jdbc
            .sql("select * from account_hold where tenant_id = ? and lifted_at is null "
                    + "order by placed_at desc, id desc limit ?")
            .params(tenant.value(), limit)
            .query((rs, n) -> hold(rs))
            .list();
    }

    private static Hold hold(java.sql.ResultSet rs) throws java.sql.SQLException {
        String channel = rs.getString("channel");
        return new Hold(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                HoldType.valueOf(rs.getString("hold_type")), rs.getObject("contact_point_id", UUID.class),
                channel == null ? null : Channel.valueOf(channel), rs.getString("reason"), rs.getString("placed_by"),
                SqlValues.instant(rs, "placed_at"), rs.getString("lifted_by"), SqlValues.instant(rs, "lifted_at"),
                rs.getString("lift_reason"));
    }

}
