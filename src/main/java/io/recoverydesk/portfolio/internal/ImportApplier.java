package io.recoverydesk.portfolio.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.kernel.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies staged rows with a fixed sequence of set-based statements (no per-row loop),
 * inside the import's transaction: match accounts and debtors, create debtors, create and
 * update accounts, add contact points. Matching steps are skipped when there is nothing
 * to match against (a creditor's first placement, a new tenant).
 */
@Component
class ImportApplier {

    private static final Logger log = LoggerFactory.getLogger(ImportApplier.class);

    private final JdbcClient jdbc;

    private final List<ImportObserver> observers;

    ImportApplier(JdbcClient jdbc, List<ImportObserver> observers) {
        this.jdbc = jdbc;
        this.observers = observers;
    }

    /** What applying a placement changed. */
    record Applied(int accountsCreated, int accountsUpdated, int debtorsCreated, int debtorsMatched,
            BigDecimal totalBalance) {
    }

    /**
     * Applies the staged rows of one import; {@code privateStaging} when the staging
     * tables belong to this transaction alone and vanish with it (nothing to delete).
     */
    Applied apply(TenantId tenant, UUID creditorId, UUID importId, UUID placementId, OffsetDateTime now,
            boolean privateStaging) {
        StepTimer timer = new StepTimer(importId);
        UUID t = tenant.value();
        if (exists("select 1 from account where tenant_id = ? and creditor_id = ?", t, creditorId)) {
            matchAccounts(t, creditorId, importId);
        }
        timer.step("matchAccounts");
        if (exists("select 1 from debtor where tenant_id = ?", t)) {
            matchDebtors(t, importId);
        }
        timer.step("matchDebtors");
        // every debtor of the file is new: each key's first row (marked while staging)
        // creates it, with no window over all staged rows; the staged rows are read in
        // the
        // order they were written, in which the debtor ids ascend (DebtorIds), so the
        // indexes grow from one end without a sort
        boolean allNew = !exists("select 1 from import_row where import_id = ? and debtor_id is not null", importId);
        int debtorsCreated = insertDebtors(t, creditorId, importId, now, allNew);
        timer.step("insertDebtors");
        updateLanguagesOfKnownDebtors(t, importId);
        timer.step("updateDebtorLanguages");
        int accountsCreated = jdbc
            .sql("""
                    insert into account (tenant_id, id, creditor_id, creditor_ref, debtor_id, placement_id, product, currency,
                                         principal, interest, fees, penalty, original_amount, first_delinquency_date,
                                         charge_off_date, last_payment_date, last_payment_amount, status, nid_supplied, created_at, updated_at)
                    select ?, new_account_id, ?, creditor_ref, coalesce(debtor_id, debtor_key), ?, product, currency, principal, interest, fees,
                           penalty, original_amount, first_delinquency_date, charge_off_date, last_payment_date,
                           last_payment_amount, 'NEW', national_id_hash is not null, ?, ?
                    from import_row where import_id = ? and account_id is null""")
            .params(t, creditorId, placementId, now, now, importId)
            .update();
        timer.step("insertAccounts");
        int accountsUpdated = updateAccounts(t, importId, now);
        timer.step("updateAccounts");
        if (allNew) {
            insertContactPointsOfNewDebtors(t, creditorId, importId, now, privateStaging, timer);
        }
        else {
            insertContactPoints(t, creditorId, importId, now);
        }
        timer.step("insertContacts");
        int debtorsMatched = jdbc
            .sql("select count(distinct debtor_id) from import_row where import_id = ? and debtor_existed = true")
            .param(importId)
            .query(Integer.class)
            .single();
        BigDecimal total = jdbc
            .sql("select coalesce(sum(principal + interest + fees + penalty), 0) from import_row where import_id = ?")
            .param(importId)
            .query(BigDecimal.class)
            .single();
        if (!privateStaging) {
            jdbc.sql("delete from import_contact where import_id = ?").param(importId).update();
            jdbc.sql("delete from import_row where import_id = ?").param(importId).update();
        }
        timer.step("cleanUp");
        return new Applied(accountsCreated, accountsUpdated, debtorsCreated, debtorsMatched, total);
    }

    private boolean exists(String sql, Object... params) {
        return !jdbc.sql(sql + " fetch first 1 rows only").params(params).query(Integer.class).list().isEmpty();
    }

    /** Rows whose creditor ref is known update that account and keep its debtor. */
    private void matchAccounts(UUID t, UUID creditorId, UUID importId) {
        jdbc.sql("""
                update import_row r set account_id = (select a.id from account a
                  where a.tenant_id = ? and a.creditor_id = ? and a.creditor_ref = r.creditor_ref)
                where r.import_id = ?""").params(t, creditorId, importId).update();
        jdbc.sql("""
                update import_row r set debtor_existed = true,
                  debtor_id = (select a.debtor_id from account a where a.tenant_id = ? and a.id = r.account_id)
                where r.import_id = ? and r.account_id is not null""").params(t, importId).update();
    }

    /**
     * Rows of new accounts find their debtor: the same national id, else the same name
     * and the same phone.
     */
    private void matchDebtors(UUID t, UUID importId) {
        jdbc.sql(
                """
                        update import_row r set debtor_existed = true,
                          debtor_id = (select d.id from debtor d where d.tenant_id = ? and d.national_id_hash = r.national_id_hash
                                       order by d.created_at, d.id fetch first 1 rows only)
                        where r.import_id = ? and r.debtor_id is null and r.national_id_hash is not null
                          and exists (select 1 from debtor d where d.tenant_id = ? and d.national_id_hash = r.national_id_hash)""")
            .params(t, importId, t)
            .update();
        jdbc.sql(
                """
                        update import_row r set debtor_existed = true,
                          debtor_id = (select d.id from contact_point cp join debtor d on d.tenant_id = cp.tenant_id and d.id = cp.debtor_id
                                       where cp.tenant_id = ? and cp.kind = 'PHONE' and cp.contact_value = r.phone_key
                                         and d.name = r.debtor_name and (r.national_id_hash is null or d.national_id_hash is null)
                                       order by d.created_at, d.id fetch first 1 rows only)
                        where r.import_id = ? and r.debtor_id is null and r.phone_key is not null
                          and exists (select 1 from contact_point cp join debtor d on d.tenant_id = cp.tenant_id and d.id = cp.debtor_id
                                      where cp.tenant_id = ? and cp.kind = 'PHONE' and cp.contact_value = r.phone_key
                                        and d.name = r.debtor_name and (r.national_id_hash is null or d.national_id_hash is null))""")
            .params(t, importId, t)
            .update();
    }

    /**
     * One new debtor per debtor key among the rows still without one (the key's first row
     * gives the details).
     */
    private int insertDebtors(UUID t, UUID creditorId, UUID importId, OffsetDateTime now, boolean allNew) {
        if (allNew) {
            return jdbc
                .sql("""
                        insert into debtor (tenant_id, id, debtor_type, name, national_id_enc, national_id_hash, national_id_last4,
                                            birth_date, language, creditor_id, created_at)
                        select ?, debtor_key, debtor_type, debtor_name, national_id_enc, national_id_hash, national_id_last4,
                               birth_date, language, ?, ?
                        from import_row where import_id = ? and debtor_first""")
                .params(t, creditorId, now, importId)
                .update();
        }
        return jdbc
            .sql("""
                    insert into debtor (tenant_id, id, debtor_type, name, national_id_enc, national_id_hash, national_id_last4,
                                        birth_date, language, creditor_id, created_at)
                    select ?, debtor_key, debtor_type, debtor_name, national_id_enc, national_id_hash, national_id_last4,
                           birth_date, language, ?, ?
                    from (select r.*, row_number() over (partition by r.debtor_key order by r.row_no) rn
                          from import_row r where r.import_id = ? and r.debtor_id is null) x
                    where rn = 1""")
            .params(t, creditorId, now, importId)
            .update();
    }

    /**
     * A known debtor takes the language of the first of its rows that gives one; rows
     * without a language keep what is stored.
     */
    private void updateLanguagesOfKnownDebtors(UUID t, UUID importId) {
        if (!exists("select 1 from import_row where import_id = ? and debtor_existed = true and language is not null",
                importId)) {
            return;
        }
        jdbc.sql("""
                merge into debtor d
                using (select debtor_id, language
                       from (select debtor_id, language, row_number() over (partition by debtor_id order by row_no) rn
                             from import_row where import_id = ? and debtor_existed = true and language is not null) x
                       where rn = 1) r
                on (d.tenant_id = ? and d.id = r.debtor_id)
                when matched then update set language = r.language""").params(importId, t).update();
    }

    private int updateAccounts(UUID t, UUID importId, OffsetDateTime now) {
        if (!exists("select 1 from import_row where import_id = ? and account_id is not null", importId)) {
            // a file of new accounts only: nothing to merge (and no plan to get wrong)
            return 0;
        }
        return jdbc.sql("""
                merge into account a
                using (select * from import_row where import_id = ? and account_id is not null) r
                on (a.tenant_id = ? and a.id = r.account_id)
                when matched then update set
                  product = coalesce(r.product, a.product), currency = r.currency, principal = r.principal,
                  interest = r.interest, fees = r.fees, penalty = r.penalty,
                  original_amount = coalesce(r.original_amount, a.original_amount),
                  first_delinquency_date = r.first_delinquency_date,
                  charge_off_date = coalesce(r.charge_off_date, a.charge_off_date),
                  last_payment_date = coalesce(r.last_payment_date, a.last_payment_date),
                  last_payment_amount = coalesce(r.last_payment_amount, a.last_payment_amount),
                  updated_at = ?""").params(importId, t, now).update();
    }

    /**
     * New contact points, each once per debtor, marked with the creditor that supplied
     * them: a debtor created by this file cannot have stored ones yet, so only the
     * contact points of known debtors are checked against the table. A known point
     * supplied again by another creditor becomes visible to that creditor's users too.
     */
    private void insertContactPoints(UUID t, UUID creditorId, UUID importId, OffsetDateTime now) {
        String select = """
                insert into contact_point (tenant_id, id, debtor_id, kind, contact_value, phone_type, time_zones, country,
                                           province, city, valid, creditor_id, created_at)
                select ?, x.id, x.debtor_id, x.kind, x.contact_value, x.phone_type, x.time_zones, x.country, x.province,
                       x.city, true, ?, ?
                from (%s) x
                where x.rn = 1""";
        jdbc.sql(select.formatted(contactsOfRows("false"))).params(t, creditorId, now, importId).update();
        if (!exists("select 1 from import_row where import_id = ? and debtor_existed = true", importId)) {
            return;
        }
        jdbc.sql(select.formatted(contactsOfRows("true")) + " " + """
                and not exists (select 1 from contact_point cp where cp.tenant_id = ?
                 and cp.debtor_id = x.debtor_id and cp.kind = x.kind and cp.contact_value = x.contact_value)""")
            .params(t, creditorId, now, importId, t)
            .update();
        jdbc.sql("""
                insert into contact_point_creditor (tenant_id, contact_point_id, creditor_id)
                select distinct cp.tenant_id, cp.id, ?
                from (%s) x
                join contact_point cp on cp.tenant_id = ? and cp.debtor_id = x.debtor_id and cp.kind = x.kind
                  and cp.contact_value = x.contact_value
                where x.rn = 1 and cp.creditor_id <> ?
                  and not exists (select 1 from contact_point_creditor l where l.tenant_id = cp.tenant_id
                                  and l.contact_point_id = cp.id and l.creditor_id = ?)"""
            .formatted(contactsOfRows("true"))).params(creditorId, importId, t, creditorId, creditorId).update();
    }

    /**
     * Contact points when every debtor of the file is new: those of each debtor's first
     * row straight in (marked fresh while staging), then those that later rows of the
     * same debtor add, once each. The debtors being new, the only stored points they can
     * repeat are the fresh ones just written: on PostgreSQL the check reads the staged
     * rows, whose statistics are fresh, not contact_point, whose statistics do not know
     * the rows this transaction added (a new tenant's first big file had the planner loop
     * over them: 22 s and more for 40,000 rows).
     */
    private void insertContactPointsOfNewDebtors(UUID t, UUID creditorId, UUID importId, OffsetDateTime now,
            boolean privateStaging, StepTimer timer) {
        jdbc.sql(
                """
                        insert into contact_point (tenant_id, id, debtor_id, kind, contact_value, phone_type, time_zones, country,
                                                   province, city, valid, creditor_id, created_at)
                        select ?, id, debtor_key, kind, contact_value, phone_type, time_zones, country, province, city, true, ?, ?
                        from import_contact where import_id = ? and fresh""")
            .params(t, creditorId, now, importId)
            .update();
        // the fresh points just written are the only stored ones these new debtors
        // have: PostgreSQL checks the analysed private staging (hash anti-join); H2,
        // whose shared staging has no index for it, the table's unique key
        String written = privateStaging ? """
                select 1 from import_contact f where f.import_id = ? and f.fresh and f.debtor_key = x.debtor_key
                  and f.kind = x.kind and f.contact_value = x.contact_value""" : """
                select 1 from contact_point cp where cp.tenant_id = ? and cp.debtor_id = x.debtor_key
                  and cp.kind = x.kind and cp.contact_value = x.contact_value""";
        jdbc.sql(
                """
                        insert into contact_point (tenant_id, id, debtor_id, kind, contact_value, phone_type, time_zones, country,
                                                   province, city, valid, creditor_id, created_at)
                        select ?, x.id, x.debtor_key, x.kind, x.contact_value, x.phone_type, x.time_zones, x.country, x.province,
                               x.city, true, ?, ?
                        from (select c.*, row_number() over (partition by c.debtor_key, c.kind, c.contact_value
                                                             order by c.row_no, c.seq) rn
                              from import_contact c where c.import_id = ? and not c.fresh) x
                        where x.rn = 1 and not exists (%s)"""
                    .formatted(written))
            .params(t, creditorId, now, importId, privateStaging ? importId : t)
            .update();
    }

    /**
     * The staged contacts of rows with new or known debtors, numbered once per debtor and
     * value.
     */
    private static String contactsOfRows(String debtorExisted) {
        return """
                select c.id, c.kind, c.contact_value, c.phone_type, c.time_zones, c.country, c.province, c.city,
                       coalesce(r.debtor_id, r.debtor_key) as debtor_id,
                       row_number() over (partition by coalesce(r.debtor_id, r.debtor_key), c.kind, c.contact_value
                                          order by c.row_no, c.seq) rn
                from import_contact c join import_row r on r.import_id = c.import_id and r.row_no = c.row_no
                where c.import_id = ? and r.debtor_existed = %s""".formatted(debtorExisted);
    }

    /** Logs how long each statement took (DEBUG), and tells the observers. */
    private final class StepTimer {

        private final UUID importId;

        private long mark = System.nanoTime();

        StepTimer(UUID importId) {
            this.importId = importId;
        }

        void step(String name) {
            long now = System.nanoTime();
            log.debug("import step {} took {} ms", name, (now - mark) / 1_000_000);
            mark = now;
            observers.forEach(o -> o.stepDone(importId, name));
        }

    }

}
