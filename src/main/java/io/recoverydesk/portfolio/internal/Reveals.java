package io.recoverydesk.portfolio.internal;

import java.util.UUID;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows a full national id or phone number to a permitted user, and writes the audit
 * entry in the same transaction.
 */
@Service
class Reveals {

    private final JdbcClient jdbc;

    private final AccountQueries accounts;

    private final PiiCipher pii;

    private final AuditLog audit;

    Reveals(JdbcClient jdbc, AccountQueries accounts, PiiCipher pii, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.pii = pii;
        this.audit = audit;
    }

    @Transactional
    String nationalId(CurrentUser user, UUID debtorId) {
        if (!accounts.identityVisible(user, debtorId)) {
            throw new NotFoundException("debtor " + debtorId + " not found");
        }
        String sealed = jdbc.sql("select national_id_enc from debtor where tenant_id = ? and id = ?")
            .params(user.tenantId().value(), debtorId)
            .query(String.class)
            .optional()
            .orElse(null);
        if (sealed == null) {
            throw new NotFoundException("debtor " + debtorId + " has no national id on file");
        }
        audit.record(user.tenantId(), user.username(), "NATIONAL_ID_REVEALED", "debtor", debtorId.toString(), null);
        return pii.decrypt(sealed);
    }

    /** The full value of a phone or email contact point. */
    @Transactional
    String contactPoint(CurrentUser user, UUID contactPointId) {
        record Point(UUID debtorId, String kind, String value) {
        }
        Point point = jdbc
            .sql("select debtor_id, kind, contact_value from contact_point where tenant_id = ? and id = ?")
            .params(user.tenantId().value(), contactPointId)
            .query((rs, n) -> new Point(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
            .optional()
            .filter(p -> accounts.contactPointVisible(user, p.debtorId(), contactPointId))
            .orElseThrow(() -> new NotFoundException("contact point " + contactPointId + " not found"));
        audit.record(user.tenantId(), user.username(), point.kind() + "_REVEALED", "contact_point",
                contactPointId.toString(), "debtor=" + point.debtorId());
        return point.value();
    }

}
