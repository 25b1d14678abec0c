/**
 * Tenants, users, roles, teams and creditor scopes; login, sessions, HTTP Basic and
 * personal access tokens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "audit" })
package io.recoverydesk.identity;
