package io.recoverydesk.identity;

import io.recoverydesk.kernel.TenantId;

/**
 * Implemented by the portfolio module: lets identity check the creditor codes in scopes
 * without depending on it.
 */
public interface CreditorDirectory {

    boolean exists(TenantId tenant, String creditorCode);

}
