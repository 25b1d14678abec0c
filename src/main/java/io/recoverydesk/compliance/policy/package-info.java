/**
 * The contact rules in plain Java: rule packs, the rules, and the engine that decides a
 * contact from the ledger slice. Exposed so that modules planning contacts speak the same
 * channels and outcomes.
 */
@org.springframework.modulith.NamedInterface("policy")
package io.recoverydesk.compliance.policy;
