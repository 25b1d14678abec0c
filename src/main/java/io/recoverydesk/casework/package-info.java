/**
 * Casework: work queues (assignments of accounts to agents, the next case with a lease),
 * the case view, tasks, notes, promises to pay, payment plans, settlements and approvals.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "identity", "audit", "portfolio",
        "compliance", "compliance::policy", "payments" })
package io.recoverydesk.casework;
