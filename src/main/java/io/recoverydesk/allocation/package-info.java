/**
 * Allocation: who works which account. The engine ({@code engine}) places accounts by
 * manual overrides, skills, capacity scaled by scheduled hours, debtor continuity and a
 * fairness band on expected recoverable value, explaining every placement; the run
 * ({@link io.recoverydesk.allocation.Allocations}) feeds it the open accounts that need a
 * person (as the strategy's {@link io.recoverydesk.allocation.WorkDemands} say), the
 * team's roster and today's queues, writes the plan into the queues and keeps the report.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "kernel", "identity", "audit", "portfolio", "casework", "scoring", "team" })
package io.recoverydesk.allocation;
