package io.recoverydesk.portfolio.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.AccountDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link AccountDirectory} over the portfolio tables. */
@Component
class JdbcAccountDirectory implements AccountDirectory {

    private final JdbcClient jdbc;

    private final AccountQueries accounts;

    private final io.recoverydesk.audit.AuditLog audit;

    private final Creditors creditors;

    JdbcAccountDirectory(JdbcClient jdbc, AccountQueries accounts, io.recoverydesk.audit.AuditLog audit,
            Creditors creditors) {
        this.creditors = creditors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public java.util.List<Workable> select(CurrentUser user, Selection selection, int limit) {
        return accounts.select(user, selection, limit);
    }

    @Override
    public java.util.List<Ranked> rank(CurrentUser user, Selection selection, int offset, int size) {
        return accounts.rank(user, selection, offset, size);
    }

    @Override
    public Optional<AccountRef> visible(CurrentUser user, UUID accountId) {
        return accounts.ref(user, accountId);
    }

    @Override
    public java.util.Map<UUID, AccountRef> visible(CurrentUser user, java.util.Collection<UUID> accountIds) {
        return accounts.refs(user, accountIds)
            .stream()
            .collect(java.util.stream.Collectors.toMap(AccountRef::id, ref -> ref));
    }

    @Override
    public Optional<AccountFigures> figures(CurrentUser user, UUID accountId) {
        return accounts.find(user, accountId)
            .map(a -> new AccountFigures(a.id(), a.creditorName(), a.currency(), a.balance().total(), a.dpd()));
    }

    @Override
    public java.util.List<PointLabel> visibleContactPoints(CurrentUser user, UUID accountId) {
        // the short visibility check, not the whole account detail (other accounts,
        // placement)
        return accounts.ref(user, accountId)
            .map(a -> accounts.contactPoints(user, a.debtorId())
                .stream()
                .map(cp -> new PointLabel(cp.id(), cp.kind(),
                        cp.kind().equals("PHONE") ? cp.e164() : cp.kind().equals("EMAIL") ? cp.email() : cp.address(),
                        cp.valid()))
                .toList())
            .orElse(java.util.List.of());
    }

    @Override
    public void markContactPointInvalid(CurrentUser user, UUID accountId, UUID contactPointId, String why) {
        Optional<AccountRef> account = visible(user, accountId);
        if (account.isEmpty()) {
            return;
        }
        int changed = jdbc.sql("""
                update contact_point set valid = false
                where tenant_id = ? and id = ? and debtor_id = ? and valid = true""")
            .params(user.tenantId().value(), contactPointId, account.get().debtorId())
            .update();
        if (changed > 0) {
            audit.record(user.tenantId(), user.username(), "CONTACT_POINT_INVALIDATED", "contact_point",
                    contactPointId.toString(), why);
        }
    }

    @Override
    public Optional<ContactFacts> contactFacts(TenantId tenant, UUID accountId) {
        return facts(tenant, null, accountId);
    }

    @Override
    public Optional<ContactFacts> contactFacts(CurrentUser user, UUID accountId) {
        return facts(user.tenantId(), user, accountId);
    }

    /**
     * One round trip: the account's row (within the user's scope when a user is given),
     * with each of the debtor's contact points.
     */
    private Optional<ContactFacts> facts(TenantId tenant, CurrentUser user, UUID accountId) {
        record Row(UUID debtorId, String creditorCode, ContactPoint point) {
        }
        java.util.List<Object> params = new java.util.ArrayList<>();
        String where = accounts.oneAccount(tenant, user, accountId, params);
        java.util.List<Row> rows = jdbc
            .sql("select a.debtor_id, c.code, cp.id as cp_id, cp.kind, cp.contact_value, cp.valid, cp.country, "
                    + "cp.province " + AccountQueries.from()
                    + " left join contact_point cp on cp.tenant_id = a.tenant_id and cp.debtor_id = a.debtor_id" + where
                    + " order by cp.created_at, cp.id")
            .params(params)
            .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                    rs.getObject(3, UUID.class) == null ? null
                            : new ContactPoint(rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                                    rs.getBoolean(6), rs.getString(7), rs.getString(8))))
            .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContactFacts(accountId, rows.get(0).debtorId(), rows.get(0).creditorCode(),
                rows.stream().map(Row::point).filter(java.util.Objects::nonNull).toList()));
    }

    @Override
    public List<CreditorName> creditors(CurrentUser user) {
        return creditors.list(user).stream().map(c -> new CreditorName(c.code(), c.name())).toList();
    }

}
