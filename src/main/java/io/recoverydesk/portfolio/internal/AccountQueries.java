package io.recoverydesk.portfolio.internal;

import io.recoverydesk.kernel.SqlLists;
import io.recoverydesk.kernel.SqlValues;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.portfolio.AccountDirectory.AccountRef;
import io.recoverydesk.portfolio.Delinquency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads accounts through the caller's tenant and creditor scope; anything outside it does
 * not exist.
 */
@Component
class AccountQueries {

    /**
     * The work queues' order: largest balance first, then by id (stable across pages).
     */
    private static final String BY_BALANCE = " order by (a.principal + a.interest + a.fees + a.penalty) desc, a.id";

    private static final String FROM = """
            from account a
            join creditor c on c.tenant_id = a.tenant_id and c.id = a.creditor_id
            join debtor d on d.tenant_id = a.tenant_id and d.id = a.debtor_id
            """;

    private final JdbcClient jdbc;

    private final Tenants tenants;

    private final Clock clock;

    AccountQueries(JdbcClient jdbc, Tenants tenants, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Search criteria: creditor code, exact creditor ref, free text. */
    /**
     * What a search asks for; each part optional. {@code placement}: the accounts that
     * placement created.
     */
    record Criteria(String creditor, String ref, String q, UUID placement) {

        Criteria(String creditor, String ref, String q) {
            this(creditor, ref, q, null);
        }

        boolean any() {
            return notBlank(creditor) || notBlank(ref) || notBlank(q) || placement != null;
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }

    }

    /** A page of search results. */
    record Page<T>(List<T> items, int page, int size, long total) {
    }

    record Balance(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal penalty, BigDecimal total) {

        static Balance of(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal penalty) {
            return new Balance(principal, interest, fees, penalty, principal.add(interest).add(fees).add(penalty));
        }

    }

    /**
     * The debtor of an account; {@code language} is the preferred language code, null
     * when unknown (the tenant's usual language).
     */
    record DebtorRef(UUID id, String name, String type, String nationalIdMasked, String language) {
    }

    record AccountRow(UUID id, String creditorCode, String creditorRef, String status, String currency, long dpd,
            String bucket, Balance balance, DebtorRef debtor, String product) {
    }

    /**
     * A contact point with phone and email masked; the full value only through an audited
     * reveal.
     */
    record ContactPointView(UUID id, String kind, String e164, String email, String address, String phoneType,
            List<String> timeZones, String country, String province, String city, boolean valid, boolean masked) {
    }

    record PlacementRef(UUID id, String fileName, Instant importedAt) {
    }

    record AccountDetail(UUID id, String creditorCode, String creditorName, String creditorRef, String status,
            String currency, long dpd, String bucket, Balance balance, BigDecimal originalAmount, String product,
            LocalDate firstDelinquencyDate, LocalDate chargeOffDate, LocalDate lastPaymentDate,
            BigDecimal lastPaymentAmount, DebtorRef debtor, LocalDate debtorBirthDate,
            List<ContactPointView> contactPoints, PlacementRef placement, List<AccountRow> otherAccounts) {
    }

    Page<AccountRow> search(CurrentUser user, Criteria criteria, int page, int size) {
        Scope scope = new Scope(user);
        StringBuilder where = new StringBuilder(" where a.tenant_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(user.tenantId().value());
        scope.append(where, params);
        appendCriteria(where, params, criteria, scope);
        long total = jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>();
        String identity = identityColumns(scope, pageParams);
        pageParams.addAll(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        LocalDate today = today(user);
        List<AccountRow> items = jdbc
            .sql("select a.*, c.code as creditor_code, d.name as debtor_name, d.debtor_type, "
                    + "d.language as debtor_language, " + identity + FROM + where
                    + " order by (a.principal + a.interest + a.fees + a.penalty) desc, a.id limit ? offset ?")
            .params(pageParams)
            .query((rs, n) -> row(rs, today))
            .list();
        return new Page<>(items, page, size, total);
    }

    private static void appendCriteria(StringBuilder where, List<Object> params, Criteria criteria, Scope scope) {
        if (criteria.creditor() != null && !criteria.creditor().isBlank()) {
            where.append(" and c.code = ?");
            params.add(criteria.creditor().trim());
        }
        if (criteria.ref() != null && !criteria.ref().isBlank()) {
            where.append(" and a.creditor_ref = ?");
            params.add(criteria.ref().trim());
        }
        if (criteria.placement() != null) {
            where.append(" and a.placement_id = ?");
            params.add(criteria.placement());
        }
        if (criteria.q() != null && !criteria.q().isBlank()) {
            appendText(where, params, criteria.q().strip(), scope);
        }
    }

    private static void appendText(StringBuilder where, List<Object> params, String q, Scope scope) {
        String digits = q.replaceAll("[^0-9]", "");
        where.append(" and (d.name like ? or a.creditor_ref = ?");
        params.add(q.replace("%", "").replace("_", "") + "%");
        params.add(q);
        if (digits.length() == 4 && q.length() <= 5) {
            where.append(" or (d.national_id_last4 = ?");
            params.add(q.toUpperCase(Locale.ROOT));
            where.append(" and ").append(scope.identitySupplied(params)).append(")");
        }
        if (digits.length() >= 7) {
            where.append(" or exists (select 1 from contact_point cp where cp.tenant_id = a.tenant_id"
                    + " and cp.debtor_id = a.debtor_id and cp.kind = 'PHONE' and cp.contact_value like ? and ");
            params.add("%" + digits);
            where.append(scope.contactPointSupplied(params)).append(")");
        }
        where.append(")");
    }

    /**
     * The export's query for a search: each account with the debtor's identity and first
     * phone and email as supplied within the user's scope (masking is the caller's).
     */
    String exportQuery(CurrentUser user, Criteria criteria, List<Object> params) {
        Scope scope = new Scope(user);
        List<Object> select = new ArrayList<>();
        String identity = scope.identitySupplied(select);
        String identityAgain = scope.identitySupplied(select);
        String phoneSupplied = scope.contactPointSupplied(select);
        String emailSupplied = scope.contactPointSupplied(select);
        StringBuilder where = new StringBuilder(" where a.tenant_id = ?");
        List<Object> whereParams = new ArrayList<>(List.of(user.tenantId().value()));
        scope.append(where, whereParams);
        appendCriteria(where, whereParams, criteria, scope);
        params.addAll(select);
        params.addAll(whereParams);
        return "select a.*, c.code as creditor_code, d.name as debtor_name, " + "case when " + identity
                + " then d.national_id_enc end as national_id_enc, " + "case when " + identityAgain
                + " then d.national_id_last4 end as national_id_last4, "
                + "(select min(cp.contact_value) from contact_point cp where cp.tenant_id = a.tenant_id "
                + "and cp.debtor_id = a.debtor_id and cp.kind = 'PHONE' and " + phoneSupplied + ") as phone, "
                + "(select min(cp.contact_value) from contact_point cp where cp.tenant_id = a.tenant_id "
                + "and cp.debtor_id = a.debtor_id and cp.kind = 'EMAIL' and " + emailSupplied + ") as email " + FROM
                + where + " order by c.code, a.creditor_ref";
    }

    /**
     * The where-clause of one account within the user's scope (or unscoped when the user
     * is null), for queries over {@link #FROM}.
     */
    String oneAccount(io.recoverydesk.kernel.TenantId tenant, CurrentUser user, UUID id, List<Object> params) {
        StringBuilder where = new StringBuilder(" where a.tenant_id = ? and a.id = ?");
        params.add(tenant.value());
        params.add(id);
        if (user != null) {
            new Scope(user).append(where, params);
        }
        return where.toString();
    }

    /**
     * The conditions of a selection in the user's scope; empty when it names ids or refs
     * and the lists are empty (nothing matches).
     */
    private Optional<Conditions> conditions(CurrentUser user,
            io.recoverydesk.portfolio.AccountDirectory.Selection selection) {
        List<UUID> ids = selection.ids() == null ? null : List.copyOf(selection.ids());
        List<String> refs = selection.creditorRefs() == null ? null : List.copyOf(selection.creditorRefs());
        if ((ids != null || refs != null) && (ids == null || ids.isEmpty()) && (refs == null || refs.isEmpty())) {
            return Optional.empty();
        }
        Scope scope = new Scope(user);
        StringBuilder where = new StringBuilder(" where a.tenant_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(user.tenantId().value());
        scope.append(where, params);
        LocalDate today = today(user);
        if (ids != null || refs != null) {
            List<String> any = new ArrayList<>();
            if (ids != null && !ids.isEmpty()) {
                any.add("a.id in (" + SqlLists.marks(ids.size()) + ")");
                params.addAll(ids);
            }
            if (refs != null && !refs.isEmpty()) {
                any.add("a.creditor_ref in (" + SqlLists.marks(refs.size()) + ")");
                params.addAll(refs);
            }
            where.append(" and (").append(String.join(" or ", any)).append(")");
        }
        if (selection.creditorCode() != null && !selection.creditorCode().isBlank()) {
            where.append(" and c.code = ?");
            params.add(selection.creditorCode().trim());
        }
        if (selection.minBalance() != null) {
            where.append(" and (a.principal + a.interest + a.fees + a.penalty) >= ?");
            params.add(selection.minBalance());
        }
        if (selection.bucket() != null && !selection.bucket().isBlank()) {
            io.recoverydesk.portfolio.Bucket bucket = java.util.Arrays.stream(io.recoverydesk.portfolio.Bucket.values())
                .filter(b -> b.label().equalsIgnoreCase(selection.bucket().trim())
                        || b.name().equalsIgnoreCase(selection.bucket().trim()))
                .findFirst()
                .orElseThrow(() -> new io.recoverydesk.kernel.BadRequestException("unknown-bucket",
                        "Unknown bucket " + selection.bucket() + " (M0, M1 … M6, M6+)"));
            int k = bucket.ordinal();
            if (k == 0) {
                where.append(" and a.first_delinquency_date >= ?");
                params.add(today);
            }
            else if (bucket == io.recoverydesk.portfolio.Bucket.M6_PLUS) {
                where.append(" and a.first_delinquency_date < ?");
                params.add(today.minusDays(180));
            }
            else {
                where.append(" and a.first_delinquency_date >= ? and a.first_delinquency_date <= ?");
                params.add(today.minusDays(30L * k));
                params.add(today.minusDays(30L * (k - 1) + 1));
            }
        }
        return Optional.of(new Conditions(where.toString(), params, today));
    }

    private record Conditions(String where, List<Object> params, LocalDate today) {

        Object[] with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all.toArray();
        }

    }

    /** Accounts in the user's scope matching the selection, largest balance first. */
    List<io.recoverydesk.portfolio.AccountDirectory.Workable> select(CurrentUser user,
            io.recoverydesk.portfolio.AccountDirectory.Selection selection, int limit) {
        Optional<Conditions> found = conditions(user, selection);
        if (found.isEmpty()) {
            return List.of();
        }
        Conditions c = found.get();
        LocalDate today = c.today();
        return jdbc
            .sql("select a.id, a.creditor_ref, a.currency, a.status, a.first_delinquency_date, a.principal, a.interest,"
                    + " a.fees, a.penalty, c.code as creditor_code, d.name as debtor_name " + FROM + c.where()
                    + BY_BALANCE + " limit ?")
            .params(c.with(limit))
            .query((rs, n) -> {
                Delinquency delinquency = Delinquency.on(today, SqlValues.date(rs, "first_delinquency_date"));
                Balance balance = Balance.of(rs.getBigDecimal("principal"), rs.getBigDecimal("interest"),
                        rs.getBigDecimal("fees"), rs.getBigDecimal("penalty"));
                return new io.recoverydesk.portfolio.AccountDirectory.Workable(rs.getObject("id", UUID.class),
                        rs.getString("creditor_code"), rs.getString("creditor_ref"), rs.getString("debtor_name"),
                        rs.getString("currency"), balance.total(), delinquency.dpd(), delinquency.bucket().label(),
                        rs.getString("status"));
            })
            .list();
    }

    /**
     * What {@link #select} would list, ids and statuses only, {@code size} from
     * {@code offset} (no debtor join, no figures).
     */
    List<io.recoverydesk.portfolio.AccountDirectory.Ranked> rank(CurrentUser user,
            io.recoverydesk.portfolio.AccountDirectory.Selection selection, int offset, int size) {
        Optional<Conditions> found = conditions(user, selection);
        if (found.isEmpty()) {
            return List.of();
        }
        Conditions c = found.get();
        return jdbc
            .sql("select a.id, a.status from account a join creditor c on c.tenant_id = a.tenant_id"
                    + " and c.id = a.creditor_id" + c.where() + BY_BALANCE + " limit ? offset ?")
            .params(c.with(size, offset))
            .query((rs, n) -> new io.recoverydesk.portfolio.AccountDirectory.Ranked(rs.getObject("id", UUID.class),
                    rs.getString("status")))
            .list();
    }

    static String from() {
        return FROM;
    }

    /** The account in short when the user may see it: one indexed query. */
    Optional<AccountRef> ref(CurrentUser user, UUID id) {
        return refs(user, List.of(id)).stream().findFirst();
    }

    /**
     * The accounts among {@code ids} in the user's scope: one statement per
     * {@value SqlLists#CHUNK} distinct ids.
     */
    List<AccountRef> refs(CurrentUser user, java.util.Collection<UUID> ids) {
        List<AccountRef> refs = new ArrayList<>();
        for (List<UUID> chunk : SqlLists.chunks(new java.util.LinkedHashSet<>(ids))) {
            StringBuilder where = new StringBuilder(
                    " where a.tenant_id = ? and a.id in (" + SqlLists.marks(chunk.size()) + ")");
            List<Object> params = SqlLists.params(user.tenantId().value(), chunk);
            new Scope(user).append(where, params);
            refs.addAll(jdbc.sql("select a.id, a.debtor_id, c.code, a.creditor_ref, d.name " + FROM + where)
                .params(params)
                .query((rs, n) -> new AccountRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list());
        }
        return refs;
    }

    Optional<AccountDetail> find(CurrentUser user, UUID id) {
        Scope scope = new Scope(user);
        StringBuilder where = new StringBuilder(" where a.tenant_id = ? and a.id = ?");
        List<Object> params = new ArrayList<>();
        String identity = identityColumns(scope, params);
        params.addAll(List.of(user.tenantId().value(), id));
        scope.append(where, params);
        LocalDate today = today(user);
        return jdbc
            .sql("select a.*, c.code as creditor_code, c.name as creditor_name, d.name as debtor_name, "
                    + "d.debtor_type, d.language as debtor_language, p.file_name, p.created_at as placed_at, "
                    + identity + FROM + " left join placement p on p.tenant_id = a.tenant_id and p.id = a.placement_id"
                    + where)
            .params(params)
            .query((rs, n) -> {
                AccountRow r = row(rs, today);
                return new AccountDetail(r.id(), r.creditorCode(), rs.getString("creditor_name"), r.creditorRef(),
                        r.status(), r.currency(), r.dpd(), r.bucket(), r.balance(), rs.getBigDecimal("original_amount"),
                        r.product(), SqlValues.date(rs, "first_delinquency_date"),
                        SqlValues.date(rs, "charge_off_date"), SqlValues.date(rs, "last_payment_date"),
                        rs.getBigDecimal("last_payment_amount"), r.debtor(), SqlValues.date(rs, "birth_date"),
                        List.of(),
                        rs.getString("file_name") == null ? null
                                : new PlacementRef(rs.getObject("placement_id", UUID.class), rs.getString("file_name"),
                                        SqlValues.instant(rs, "placed_at")),
                        List.of());
            })
            .optional()
            .map(d -> new AccountDetail(d.id(), d.creditorCode(), d.creditorName(), d.creditorRef(), d.status(),
                    d.currency(), d.dpd(), d.bucket(), d.balance(), d.originalAmount(), d.product(),
                    d.firstDelinquencyDate(), d.chargeOffDate(), d.lastPaymentDate(), d.lastPaymentAmount(), d.debtor(),
                    d.debtorBirthDate(), contactPoints(user, d.debtor().id()), d.placement(),
                    otherAccounts(user, d.debtor().id(), d.id(), today)));
    }

    /** The debtor's contact points that a creditor in the user's scope supplied. */
    List<ContactPointView> contactPoints(CurrentUser user, UUID debtorId) {
        List<Object> params = new ArrayList<>(List.of(user.tenantId().value(), debtorId));
        String supplied = new Scope(user).contactPointSupplied(params);
        return jdbc
            .sql("select * from contact_point cp where cp.tenant_id = ? and cp.debtor_id = ? and " + supplied
                    + " order by kind desc, created_at, contact_value")
            .params(params)
            .query((rs, n) -> {
                String kind = rs.getString("kind");
                String value = rs.getString("contact_value");
                String zones = rs.getString("time_zones");
                return new ContactPointView(rs.getObject("id", UUID.class), kind,
                        "PHONE".equals(kind) ? Masking.phone(value, PhoneNormalizer.countryCodeOf(value)) : null,
                        "EMAIL".equals(kind) ? Masking.email(value) : null, "ADDRESS".equals(kind) ? value : null,
                        rs.getString("phone_type"),
                        zones == null || zones.isBlank() ? List.of() : List.of(zones.split(",")),
                        rs.getString("country"), rs.getString("province"), rs.getString("city"), rs.getBoolean("valid"),
                        !"ADDRESS".equals(kind));
            })
            .list();
    }

    private List<AccountRow> otherAccounts(CurrentUser user, UUID debtorId, UUID except, LocalDate today) {
        Scope scope = new Scope(user);
        StringBuilder where = new StringBuilder(" where a.tenant_id = ? and a.debtor_id = ? and a.id <> ?");
        List<Object> params = new ArrayList<>();
        String identity = identityColumns(scope, params);
        params.addAll(List.of(user.tenantId().value(), debtorId, except));
        scope.append(where, params);
        return jdbc
            .sql("select a.*, c.code as creditor_code, d.name as debtor_name, d.debtor_type, "
                    + "d.language as debtor_language, " + identity + FROM + where + " order by a.created_at")
            .params(params)
            .query((rs, n) -> row(rs, today))
            .list();
    }

    /**
     * True when the debtor's identity (national id, birth date) came with an account the
     * user may see.
     */
    boolean identityVisible(CurrentUser user, UUID debtorId) {
        Scope scope = new Scope(user);
        StringBuilder where = new StringBuilder(" where a.tenant_id = ? and a.debtor_id = ?");
        List<Object> params = new ArrayList<>(List.of(user.tenantId().value(), debtorId));
        scope.append(where, params);
        where.append(" and ").append(scope.identitySupplied(params));
        return jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single() > 0;
    }

    /**
     * True when the contact point belongs to a debtor with an account the user may see
     * and a creditor in the user's scope supplied it.
     */
    boolean contactPointVisible(CurrentUser user, UUID debtorId, UUID contactPointId) {
        Scope scope = new Scope(user);
        StringBuilder where = new StringBuilder(" where a.tenant_id = ? and a.debtor_id = ?");
        List<Object> params = new ArrayList<>(List.of(user.tenantId().value(), debtorId));
        scope.append(where, params);
        where.append(" and exists (select 1 from contact_point cp where cp.tenant_id = a.tenant_id and cp.id = ? and ");
        params.add(contactPointId);
        where.append(scope.contactPointSupplied(params)).append(")");
        return jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single() > 0;
    }

    /** The debtor's national id last 4 and birth date, blank unless supplied in scope. */
    private static String identityColumns(Scope scope, List<Object> params) {
        String supplied = scope.identitySupplied(params);
        String again = scope.identitySupplied(params);
        return "case when " + supplied + " then d.national_id_last4 end as national_id_last4, case when " + again
                + " then d.birth_date end as birth_date ";
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(tenants.get(user.tenantId()).zone()));
    }

    private static AccountRow row(ResultSet rs, LocalDate today) throws SQLException {
        Delinquency delinquency = Delinquency.on(today, SqlValues.date(rs, "first_delinquency_date"));
        String last4 = rs.getString("national_id_last4");
        return new AccountRow(rs.getObject("id", UUID.class), rs.getString("creditor_code"),
                rs.getString("creditor_ref"), rs.getString("status"), rs.getString("currency"), delinquency.dpd(),
                delinquency.bucket().label(),
                Balance.of(rs.getBigDecimal("principal"), rs.getBigDecimal("interest"), rs.getBigDecimal("fees"),
                        rs.getBigDecimal("penalty")),
                new DebtorRef(rs.getObject("debtor_id", UUID.class), rs.getString("debtor_name"),
                        rs.getString("debtor_type"), Masking.nationalId(last4), rs.getString("debtor_language")),
                rs.getString("product"));
    }

    /**
     * The creditor scope as SQL conditions: on the account's creditor, and on who
     * supplied a debtor's identity or a contact point (a debtor may be shared by
     * creditors).
     */
    private record Scope(CurrentUser user) {

        void append(StringBuilder where, List<Object> params) {
            if (user.seesAllCreditors()) {
                return;
            }
            where.append(" and a.creditor_id in ").append(creditorIds(params));
        }

        /** The creditor ids in scope as a subquery; tenant-bound. */
        private String creditorIds(List<Object> params) {
            params.add(user.tenantId().value());
            if (user.creditorScope().isEmpty()) {
                return "(select id from creditor where tenant_id = ? and 1 = 0)";
            }
            params.addAll(user.creditorScope().stream().sorted().toList());
            return "(select id from creditor where tenant_id = ? and code in ("
                    + SqlLists.marks(user.creditorScope().size()) + "))";
        }

        /** A contact point {@code cp} that a creditor in scope supplied. */
        String contactPointSupplied(List<Object> params) {
            if (user.seesAllCreditors()) {
                return "1 = 1";
            }
            String first = "cp.creditor_id in " + creditorIds(params);
            return "(" + first + " or exists (select 1 from contact_point_creditor l where l.tenant_id = cp.tenant_id"
                    + " and l.contact_point_id = cp.id and l.creditor_id in " + creditorIds(params) + "))";
        }

        /**
         * The identity of debtor {@code d} (national id, birth date) as supplied with
         * account {@code a}.
         */
        String identitySupplied(List<Object> params) {
            if (user.seesAllCreditors()) {
                return "1 = 1";
            }
            return "(a.nid_supplied = true or d.creditor_id in " + creditorIds(params) + ")";
        }

    }

}
