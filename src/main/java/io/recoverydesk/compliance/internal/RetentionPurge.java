package io.recoverydesk.compliance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.recoverydesk.audit.AuditLog;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes contact records past their retention, per the tenant's pack: CN keeps them 5
 * years (CN.RETENTION: at least 5 — kept exactly 5), US 3 years after the account's last
 * contact (US.RETENTION), GB 6 years (the limitation period; a choice). The purge itself
 * is audited, so the trail of what was removed stays. Idempotent: safe on several nodes.
 */
@Component
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    static final Map<String, Integer> YEARS = Map.of("CN", 5, "US", 3, "GB", 6);

    private final Tenants tenants;

    private final ContactLedger ledger;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    private final TransactionTemplate tx;

    RetentionPurge(Tenants tenants, ContactLedger ledger, JdbcClient jdbc, AuditLog audit, Clock clock,
            TransactionTemplate tx) {
        this.tenants = tenants;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** What one purge removed. */
    record Purged(String pack, int years, Instant cutoff, int contacts, int blockedAttempts) {
    }

    @Scheduled(cron = "${rd.compliance.retention-cron:0 30 3 * * *}")
    void purgeAll() {
        tenants.all().forEach(t -> {
            Purged p = purge(t.id(), "system");
            if (p.contacts() + p.blockedAttempts() > 0) {
                log.info("retention purge for tenant {}: {}", t.code(), p);
            }
        });
    }

    Purged purge(TenantId tenant, String actor) {
        String country = tenants.get(tenant).country();
        String pack = YEARS.containsKey(country) ? country : "CN";
        int years = YEARS.get(pack);
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
        return tx.execute(s -> {
            int contacts = pack.equals("US") ? ledger.purgeInactiveAccounts(tenant, cutoff)
                    : ledger.purgeStartedBefore(tenant, cutoff);
            int blocked = jdbc.sql("delete from contact_block where tenant_id = ? and attempted_at < ?")
                .params(tenant.value(), SqlValues.utc(cutoff))
                .update();
            Purged purged = new Purged(pack, years, cutoff, contacts, blocked);
            audit.record(tenant, actor, "RETENTION_PURGED", "contact_ledger", pack,
                    "cutoff=" + cutoff + " years=" + years + " contacts=" + contacts + " blockedAttempts=" + blocked
                            + (pack.equals("US") ? " (accounts without a contact since the cutoff)" : ""));
            return purged;
        });
    }

}
