/**
 * Payments: posting with idempotency keys, allocation to balance parts, credits,
 * reversals, payment files with manual matching, write-offs after settlements and the
 * daily reconciliation per creditor.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "identity", "audit", "portfolio" })
package io.recoverydesk.payments;
