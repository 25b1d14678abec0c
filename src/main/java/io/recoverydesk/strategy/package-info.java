/**
 * Strategy: versioned segment tables and treatment paths, the priority of each account,
 * and the run that applies them to every open account — nightly and on demand, one run
 * per tenant at a time, resumable after a crash.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "identity", "audit", "portfolio",
        "compliance", "compliance::policy", "casework", "scoring", "payments", "allocation" })
package io.recoverydesk.strategy;
