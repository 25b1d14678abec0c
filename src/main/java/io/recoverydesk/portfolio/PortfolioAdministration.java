package io.recoverydesk.portfolio;

import java.io.IOException;
import java.io.InputStream;

import io.recoverydesk.kernel.TenantId;

/**
 * Creating creditors and importing placement files on behalf of the system (bootstrap,
 * demo seed, batch jobs).
 */
public interface PortfolioAdministration {

    void createCreditor(TenantId tenant, String actor, String code, String name);

    ImportSummary importPlacement(TenantId tenant, String actor, String creditorCode, String fileName,
            InputStream content) throws IOException;

    long accountCount(TenantId tenant);

    /**
     * Up to {@code limit} account ids of a creditor, by creditor ref (demo seed, batch
     * jobs).
     */
    java.util.List<java.util.UUID> accountIds(TenantId tenant, String creditorCode, int limit);

    /** The outcome of a system import. */
    record ImportSummary(String status, int rowsTotal, int rowsAccepted, int accountsCreated, int debtorsCreated,
            int errors) {
    }

}
