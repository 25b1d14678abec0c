/**
 * Casework: work queues (assignments of accounts to agents, the next case with a lease).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "kernel", "identity", "audit", "portfolio", "compliance", "compliance::policy" })
package io.recoverydesk.casework;
