package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.PortfolioAdministration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class SystemPortfolioAdministration implements PortfolioAdministration {

    private static final UUID SYSTEM_USER = new UUID(0, 0);

    private final Creditors creditors;

    private final PlacementImporter importer;

    private final JdbcClient jdbc;

    SystemPortfolioAdministration(Creditors creditors, PlacementImporter importer, JdbcClient jdbc) {
        this.creditors = creditors;
        this.importer = importer;
        this.jdbc = jdbc;
    }

    @Override
    public void createCreditor(TenantId tenant, String actor, String code, String name) {
        creditors.create(tenant, actor, code, name);
    }

    @Override
    public ImportSummary importPlacement(TenantId tenant, String actor, String creditorCode, String fileName,
            InputStream content) throws IOException {
        CurrentUser system = new CurrentUser(tenant, SYSTEM_USER, actor, actor, EnumSet.of(Role.ADMIN), null, null);
        PlacementFile file = PlacementFile.save(content, fileName);
        try {
            ImportReport r = importer.importFile(system, creditors.visible(system, creditorCode), file,
                    new PlacementImporter.Request(creditorCode, "lenient", null, null));
            return new ImportSummary(r.status(), r.rowsTotal(), r.rowsAccepted(), r.accountsCreated(),
                    r.debtorsCreated(), r.errorsTotal());
        }
        finally {
            file.delete();
        }
    }

    @Override
    public java.util.List<java.util.UUID> accountIds(TenantId tenant, String creditorCode, int limit) {
        return jdbc.sql("""
                select a.id from account a join creditor c on c.tenant_id = a.tenant_id and c.id = a.creditor_id
                where a.tenant_id = ? and c.code = ? order by a.creditor_ref limit ?""")
            .params(tenant.value(), creditorCode, limit)
            .query(java.util.UUID.class)
            .list();
    }

    @Override
    public long accountCount(TenantId tenant) {
        return jdbc.sql("select count(*) from account where tenant_id = ?")
            .param(tenant.value())
            .query(Long.class)
            .single();
    }

}
