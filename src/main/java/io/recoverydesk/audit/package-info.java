/**
 * Append-only, hash-chained audit log: every state change and every reveal of full
 * personal data, and the verification that nobody altered the chain.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "kernel")
package io.recoverydesk.audit;
