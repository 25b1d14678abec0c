/**
 * The compliance door: every contact with a debtor or a third party is checked against
 * the rule pack before and recorded in the contact ledger after; holds, alerts on
 * violations and the tenant's tightenings of the packs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "identity", "audit", "portfolio" })
package io.recoverydesk.compliance;
