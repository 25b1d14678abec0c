/**
 * Allocation: who works which account. So far the engine ({@code engine}): skills,
 * capacity scaled by scheduled hours, debtor continuity, a fairness band on expected
 * recoverable value, rebalancing of absent agents' accounts, manual overrides, and a plan
 * that explains every assignment. Wiring it to agents' schedules and to casework's
 * assignments is the next step (issue 5 §6).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel" })
package io.recoverydesk.allocation;
